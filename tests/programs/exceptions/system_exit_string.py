# Ends with raise SystemExit("message"): the message is printed to stderr and the exit status is 1.
def main():
    print("validating input")
    errors = ["missing name", "bad age"]
    if errors:
        raise SystemExit("fatal: " + "; ".join(errors))
    print("never printed")
try:
    raise SystemExit("caught first")
except SystemExit as e:
    print("caught:", e.code, "| str:", str(e))
main()
