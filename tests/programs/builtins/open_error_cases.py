# open() failures and misuse: missing files, bad modes, closed files, wrong direction, types.
try:
    open("tmp_definitely_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print("  errno/strerror/filename:", e.errno, e.strerror, e.filename, isinstance(e, OSError))
try:
    open("tmp_no_such_dir/inner.txt", "w")
except FileNotFoundError as e:
    print("missing directory:", e)
for mode in ["z", "rw", "rr", "", "wa", "bt", "r++"]:
    try:
        open(__file__, mode)
    except ValueError as e:
        print(f"mode {mode!r}: ValueError: {e}")
try:
    open(__file__, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
try:
    open(__file__, "rb", newline="")
except ValueError as e:
    print("ValueError:", e)
try:
    open(3.5)
except TypeError as e:
    print("TypeError:", e)
try:
    open(__file__, 5)
except TypeError as e:
    print("TypeError:", e)
f = open(__file__)
f.close()
for action, call in [("read", lambda: f.read()), ("readline", lambda: f.readline()), ("iterate", lambda: next(iter(f))), ("write", lambda: f.write("x"))]:
    try:
        call()
    except ValueError as e:
        print(f"closed file {action}: ValueError: {e}")
try:
    with f:
        pass
except ValueError as e:
    print("with on closed file: ValueError:", e)
with open("tmp_open_error_cases.txt", "w") as w:
    try:
        w.read()
    except OSError as e:
        print("read on write-only file:", type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
with open("tmp_open_error_cases.txt") as r:
    try:
        r.write("x")
    except OSError as e:
        print("write on read-only file:", type(e).__name__, e)
try:
    with open("tmp_definitely_missing_file.txt") as missing:
        print("never")
except OSError as e:
    print("caught as OSError:", type(e).__name__, e.errno)
try:
    open("tmp_definitely_missing_file.txt", "r", encoding="no-such-codec")
except (LookupError, FileNotFoundError) as e:
    print(type(e).__name__ + ":", e)
try:
    open(__file__, encoding="no-such-codec")
except LookupError as e:
    print("LookupError:", e)
