# Ends with SystemExit(3): exit status 3 and nothing on stderr.
def main(argv):
    try:
        print("working on", argv)
        if not argv:
            return 3
        return 0
    finally:
        print("cleanup before exit")
try:
    raise SystemExit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
try:
    try:
        raise SystemExit(5)
    except Exception:
        print("not caught by except Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
code = main([])
print("exiting with", code)
raise SystemExit(code)
print("never printed")
