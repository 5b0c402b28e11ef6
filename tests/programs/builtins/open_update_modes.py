# open() beyond plain read/write, on tmp_open_update_modes.* beside the program: '+' modes,
# seek/tell/truncate, readline(limit)/readlines(hint), newline= on read, non-UTF-8 encodings
# with BOMs, the binary classes and their closed-file messages, and text seek restrictions.
import io
TXT, BIN = "tmp_open_update_modes.txt", "tmp_open_update_modes.bin"
def attempt(label, call):
    try:
        print(label, repr(call()))
    except (OSError, ValueError, TypeError, LookupError) as e:
        print(label, type(e).__name__ + ":", e)
with open(TXT, "w") as f:
    f.write("line1\nline2\r\nline3\rline4")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(TXT, newline=nl) as f:
        print("newline", repr(nl), list(f))
    with open(TXT, newline=nl) as f:
        print("  read(7)/readline(3):", repr(f.read(7)), repr(f.readline(3)), f.tell(), repr(f.read()))
with open(TXT) as f:
    print("readlines(hint=8):", f.readlines(8), "| rest:", f.readlines())
with open(TXT, "r+") as f:
    print("r+ read(3):", f.read(3), f.tell())
    f.write("XY")
    print("write after read lands at the end of the read-ahead:", f.tell())
    f.seek(0)
    print(repr(f.read()))
    attempt("seek(0, 2):", lambda: f.seek(0, 2))
    attempt("seek(2, 1):", lambda: f.seek(2, 1))
    attempt("seek(-2):", lambda: f.seek(-2))
    attempt("seek(0, 5):", lambda: f.seek(0, 5))
    attempt("truncate(4):", lambda: f.truncate(4))
    f.seek(0)
    print("after truncate:", repr(f.read()))
with open(TXT, "a+") as f:
    print("a+ starts at the end:", f.tell())
    f.seek(0)
    print("a+ read:", repr(f.read(2)))
    f.write("!")
    print("a+ writes at the end:", f.tell())
with open(TXT, "w+") as f:
    f.write("hello\nworld\n")
    f.seek(0)
    print("w+ readline:", repr(f.readline()))
    print("w+ tell/mode/repr:", f.tell(), f.mode, repr(f))
with open(BIN, "w+b") as f:
    print("w+b:", type(f).__name__, f.mode, repr(f))
    f.write(b"abcdef")
    f.seek(2)
    print("seek/read/tell:", f.read(2), f.tell())
    f.seek(-1, 2)
    print("from the end:", f.read())
    f.seek(-2, 1)
    print("relative:", f.read())
    attempt("seek(-10):", lambda: f.seek(-10))
    attempt("seek(-10, 1):", lambda: f.seek(-10, 1))
    f.seek(0)
    print("peek/read1/readline(2)/readlines(1):", f.peek()[:3], f.read1(2), f.readline(2), f.readlines(1))
    attempt("read(-3):", lambda: f.read(-3))
    attempt("read('a'):", lambda: f.read("a"))
    attempt("truncate(3):", lambda: f.truncate(3))
    f.seek(0)
    print("after truncate:", f.read())
for mode in ["rb", "wb", "ab", "r+b"]:
    f = open(BIN, mode)
    print(mode, type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())
    f.close()
    attempt("  closed read:", lambda: f.read())
    attempt("  closed write:", lambda: f.write(b"x"))
    attempt("  closed seek:", lambda: f.seek(0))
    attempt("  closed tell:", lambda: f.tell())
    attempt("  closed readable:", lambda: f.readable())
with open(BIN, "rb", buffering=0) as f:
    print("unbuffered:", type(f).__name__, repr(f))
    attempt("  write:", lambda: f.write(b"x"))
print("closed unbuffered:", repr(f))
attempt("unbuffered text:", lambda: open(TXT, "r", buffering=0))
attempt("illegal newline:", lambda: open(TXT, newline="x"))
attempt("newline type:", lambda: open(TXT, newline=5))
attempt("errors in binary:", lambda: open(BIN, "rb", errors="strict"))
attempt("closefd=False:", lambda: open(TXT, closefd=False))
attempt("directory:", lambda: open("."))
with open(TXT, "w") as f:
    attempt("read on w:", lambda: f.read())
    attempt("truncate on w:", lambda: f.truncate())
with open(TXT) as f:
    attempt("truncate on r:", lambda: f.truncate())
    print("text attributes:", f.encoding, f.errors, f.newlines, f.line_buffering, f.seekable())
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "latin-1", "cp1252", "utf-32"]:
    with open(TXT, "w", encoding=enc) as f:
        f.write("héllo\nwörld €\n" if enc != "latin-1" else "héllo\nwörld\n")
    with open(TXT, "rb") as f:
        print(enc, f.read())
    with open(TXT, encoding=enc) as f:
        print("  ", repr(f.readline()), repr(f.read(3)), repr(f.read()), f.encoding, repr(f)[-20:])
attempt("unencodable:", lambda: open(TXT, "w", encoding="ascii").write("é"))
with open(TXT, "w", encoding="ascii", errors="replace") as f:
    f.write("é€x")
with open(TXT, "a", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("é€x")
with open(TXT) as f:
    print("error handlers on write:", f.read())
with open(BIN, "wb") as f:
    f.write(b"ab\xe9cd")
for errors in ["strict", "ignore", "replace", "backslashreplace"]:
    attempt("decode " + errors + ":", lambda: open(BIN, errors=errors).read())
class PathLike:
    def __fspath__(self):
        return BIN
attempt("__fspath__:", lambda: open(PathLike(), "rb").read())
attempt("bytes name:", lambda: open(BIN.encode(), "rb").name)
print("UnsupportedOperation:", io.UnsupportedOperation.__mro__)
with open(TXT, "w") as f:
    f.write("left in place for the next run\n")
with open(BIN, "wb") as f:
    f.write(b"left in place for the next run\n")
