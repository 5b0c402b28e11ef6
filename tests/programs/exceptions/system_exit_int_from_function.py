# Ends with sys.exit(4) deep inside calls, through finally blocks and an except Exception that
# must not catch it: exit status 4, nothing on stderr.
import sys
def inner():
    try:
        sys.exit(4)
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
try:
    sys.exit(True)
except SystemExit as e:
    print("sys.exit(True) code:", e.code)
try:
    sys.exit(256)
except SystemExit as e:
    print("sys.exit(256) code:", e.code)
outer()
print("never printed")
