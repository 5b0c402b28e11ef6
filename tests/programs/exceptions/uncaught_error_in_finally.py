# Ends with an exception raised in a finally block while another propagates: the new one is reported last.
def process(items):
    try:
        for item in items:
            print("processing", item)
            if item == "bad":
                raise ValueError(f"cannot process {item!r}")
    finally:
        print("cleanup")
        raise RuntimeError("cleanup failed")
process(["ok", "bad", "never"])
