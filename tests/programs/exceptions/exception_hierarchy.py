# The built-in exception hierarchy and exception object protocol.
names = [
    "BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "OverflowError",
    "LookupError", "IndexError", "KeyError", "ValueError", "TypeError", "AttributeError",
    "NameError", "UnboundLocalError", "StopIteration", "RuntimeError", "RecursionError",
    "NotImplementedError", "AssertionError", "ImportError", "ModuleNotFoundError", "OSError",
    "FileNotFoundError", "TimeoutError", "EOFError", "MemoryError", "KeyboardInterrupt",
    "SystemExit", "GeneratorExit", "SyntaxError", "IndentationError", "TabError",
    "UnicodeError", "UnicodeEncodeError", "UnicodeDecodeError",
]
for name in names:
    cls = eval(name)
    print(f"{name:22} <- {cls.__base__.__name__ if cls.__base__ else None}")
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(ModuleNotFoundError, ImportError), issubclass(TabError, SyntaxError))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError), issubclass(TimeoutError, OSError))
e = KeyError("k", 2)
print(e.args, len(e.args), isinstance(e, LookupError))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit("msg").code)
err = OSError(2, "No such file")
print(err.errno, err.strerror, str(err), type(OSError(2, "x")).__name__)
print(str(FileNotFoundError(2, "gone", "f.txt")))
ime = ImportError("cannot import", name="mod")
print(ime.name, ime.args, str(ime))
se = SyntaxError("bad syntax", ("file.py", 3, 5, "x = = 1\n"))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text))
ex = ValueError("v")
ex.extra = "custom attribute"
print(ex.extra, vars(ex) if hasattr(ex, "__dict__") else {})
try:
    raise NotImplementedError
except RuntimeError as caught:
    print("NotImplementedError caught as RuntimeError:", repr(caught))
try:
    raise TimeoutError("took too long")
except OSError as caught:
    print(type(caught).__name__, caught)
try:
    raise EOFError
except Exception as caught:
    print(repr(caught))
b = BaseException("base")
print(repr(b), str(b), b.args, isinstance(b, Exception))
print(Exception.__mro__[-1].__name__, [c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print(repr(Exception("a", 1)), str(Exception("a", 1)), str(Exception(None)))
