# Retry loops with chained causes, exceptions from else blocks, re-raising stored exceptions.
def retry(fn, attempts):
    last = None
    for i in range(attempts):
        try:
            return fn(i)
        except ZeroDivisionError as e:
            last = e
            print("attempt", i, "failed:", e)
    raise RuntimeError("all attempts failed") from last
try:
    retry(lambda i: 1 / 0, 3)
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
print(retry(lambda i: 10 / (i - 1) if i else 1 / 0, 3))
def exc_in_else():
    try:
        pass
    except ValueError:
        pass
    else:
        raise ValueError("from else is not caught by sibling except")
try:
    exc_in_else()
except ValueError as e:
    print(e)
err = None
try:
    try:
        raise KeyError("kept")
    except KeyError as e:
        err = e
    raise err
except KeyError as again:
    print("raised stored exception:", again is err)
