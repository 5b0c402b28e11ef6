# Ends with SystemExit(None) raised from nested code: exit status 0 and nothing on stderr.
import sys
def shutdown():
    try:
        print("shutting down")
        sys.exit()
    finally:
        print("finally runs during sys.exit()")
try:
    raise SystemExit(None)
except SystemExit as e:
    print("code of SystemExit(None):", e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print("sys.exit(0) code:", e.code, type(e.code).__name__)
shutdown()
print("never printed")
