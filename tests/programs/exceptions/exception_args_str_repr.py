# Exception objects: args, str() and repr() for 0/1/many args, special cases per class.
for exc in [Exception(), Exception("one"), Exception("a", 2), Exception(None), Exception(""), ValueError(3.5),
            KeyError(), KeyError("k"), KeyError("a", "b"), KeyError(1), IndexError("i"), LookupError(("t",)),
            StopIteration(), StopIteration(7), StopIteration(1, 2), SystemExit(), SystemExit(0), SystemExit("bye"),
            SystemExit(1, 2), AttributeError("attr"), NameError("n"), RuntimeError([1, 2])]:
    print(f"{type(exc).__name__}: args={exc.args!r} str={str(exc)!r} repr={exc!r}")
print("StopIteration.value:", StopIteration().value, StopIteration(7).value, StopIteration(1, 2).value)
print("SystemExit.code:", SystemExit().code, SystemExit(0).code, SystemExit("bye").code, SystemExit(1, 2).code)
ose = OSError(2, "No such file or directory")
print("OSError 2 args:", type(ose).__name__, ose.errno, ose.strerror, ose.filename, str(ose))
ose3 = OSError(2, "No such file or directory", "data.txt")
print("OSError 3 args:", type(ose3).__name__, ose3.filename, str(ose3), ose3.args)
print("OSError 1 arg:", OSError("plain").errno, str(OSError("plain")), repr(OSError("plain")))
print("OSError errno mapping:", type(OSError(2, "t")).__name__, type(OSError(99999, "x")).__name__)
fnf = FileNotFoundError("f")
print("FileNotFoundError:", fnf.errno, str(fnf), isinstance(fnf, OSError))
ude = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print("UnicodeDecodeError:", ude.encoding, ude.object, ude.start, ude.end, ude.reason, "|", str(ude))
uee = UnicodeEncodeError("ascii", "héllo", 1, 2, "ordinal not in range(128)")
print("UnicodeEncodeError:", uee.encoding, uee.object, uee.start, uee.end, "|", str(uee))
se = SyntaxError("invalid thing", ("prog.py", 4, 2, "x y\n", 4, 3))
print("SyntaxError:", se.msg, se.filename, se.lineno, se.offset, repr(se.text), str(se))
print("SyntaxError bare:", str(SyntaxError("msg only")), SyntaxError().msg)
ie = ImportError("cannot import name 'x'", name="mod", path="/p")
print("ImportError:", ie.name, ie.path, str(ie), repr(ie))
mnf = ModuleNotFoundError("No module named 'zz'", name="zz")
print("ModuleNotFoundError:", mnf.name, str(mnf))
ne = NameError("name 'q' is not defined")
print("NameError name attr:", getattr(ne, "name", "absent"))
ae = AttributeError("msg", name="n", obj=5)
print("AttributeError name/obj:", ae.name, ae.obj)
e = ValueError("x")
e.args = ("replaced", 2)
print("args assignable:", e.args, str(e))
e.note = "attribute"
print("arbitrary attributes:", e.note)
print("with_traceback returns self:", e.with_traceback(None) is e)
print("exception equality is identity:", ValueError("a") == ValueError("a"))
print("exception in containers:", [ValueError("a"), KeyError("b")])
class Custom(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
print("custom:", Custom(404, "nf").args, str(Custom(404, "nf")), repr(Custom(404, "nf")))
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
print("no super().__init__:", NoSuper(5).args, repr(NoSuper(5)), str(NoSuper(5)))
print("BaseException args tuple type:", type(BaseException(1).args).__name__)
try:
    raise KeyError("quoted in str")
except KeyError as err:
    print("KeyError str uses repr of key:", str(err), "|", err.args[0])
