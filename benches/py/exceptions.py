"""Exceptions: raising and catching in loops, user exception classes,
try/finally, else clauses, re-raise and chaining.

Measures raise of built-in and user-defined exceptions, matching except
clauses (single class, tuple, base class), `except E as e` with access to
args, unwinding through several frames, try/finally on both the normal
and the exceptional path, `raise X from Y`, and try blocks that never raise.
"""


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


class Invalid(AppError):
    pass


def lookup(table, key):
    if key not in table:
        raise NotFound(key)
    v = table[key]
    if v < 0:
        raise Invalid("negative", key)
    return v


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1) + 1


def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise Invalid(s) from e


def main():
    table = {}
    for i in range(0, 300, 3):
        table[i] = i - 150 if i % 2 else i
    found = missing = invalid = finals = elses = chained = 0
    keyerrors = zerodiv = deepcaught = 0
    for rep in range(32000):
        for k in range(0, 300, 7):
            try:
                found += lookup(table, k)
            except NotFound as e:
                missing += 1 if e.key == k else 0
            except Invalid as e:
                invalid += len(e.args)
            finally:
                finals += 1
        for k in range(20):
            try:
                x = table[k * 5]
            except KeyError:
                keyerrors += 1
            else:
                elses += x & 1
            try:
                y = 10 // (k % 4)
            except (ZeroDivisionError, OverflowError):
                zerodiv += 1
        try:
            deep(30)
        except ValueError as e:
            deepcaught += len(str(e))
        for s in ("12", "x3", "45", "?"):
            try:
                found += convert(s)
            except AppError as e:
                if isinstance(e.__cause__, ValueError):
                    chained += 1
        try:
            try:
                raise RuntimeError("inner")
            except RuntimeError:
                raise
        except RuntimeError:
            finals += 1
    print("exceptions", found, missing, invalid, finals, elses, chained, keyerrors, zerodiv, deepcaught)


if __name__ == "__main__":
    main()
