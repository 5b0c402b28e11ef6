# Ends with sys.exit("...") from inside a function: the message goes to stderr, exit status 1.
import sys
def check_config(cfg):
    missing = [k for k in ("host", "port") if k not in cfg]
    if missing:
        sys.exit(f"fatal: missing config keys: {', '.join(missing)}")
    return True
print(check_config({"host": "h", "port": 1}))
try:
    check_config({"host": "h"})
except SystemExit as e:
    print("caught once:", e.code, type(e.code).__name__)
def cleanup_order():
    try:
        sys.exit(0)
    except SystemExit as e:
        return f"exit code {e.code} intercepted"
    finally:
        print("finally in cleanup_order")
print(cleanup_order())
print("checking an incomplete config")
try:
    check_config({})
finally:
    print("finally still runs")
print("never printed")
