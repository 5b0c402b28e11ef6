# Lists, tuples and strings repeated to a length no machine can hold:
# MemoryError (OverflowError where the length does not fit in a C ssize_t),
# and the program goes on with the originals unchanged.
def attempt(label, make):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, repr(str(e)))
    else:
        print(label, "no error")


attempt("[None] * 2**60", lambda: [None] * 2**60)
attempt("[None] * 10**15", lambda: [None] * 10**15)
attempt("[1, 2] * 2**59", lambda: [1, 2] * 2**59)
attempt("[0] * (2**63 - 1)", lambda: [0] * (2**63 - 1))
attempt("[0] * 2**63", lambda: [0] * 2**63)
attempt("(None,) * 2**60", lambda: (None,) * 2**60)
attempt("2**60 * (1, 2)", lambda: 2**60 * (1, 2))
attempt("'ab' * 2**60", lambda: "ab" * 2**60)
attempt("'a' * 10**15", lambda: "a" * 10**15)
attempt("10**15 * 'a'", lambda: 10**15 * "a")
attempt("'x' * 2**63", lambda: "x" * 2**63)
attempt("'\\u20ac' * 10**15", lambda: "\u20ac" * 10**15)

xs = [1, 2, 3]
try:
    xs *= 2**60
except MemoryError as e:
    print("xs *= 2**60", type(e).__name__)
print("xs is unchanged:", xs)

s = "abc"
try:
    s *= 10**15
except MemoryError as e:
    print("s *= 10**15", type(e).__name__)
print("s is unchanged:", s)

print([0] * 3, (1,) * 2, "ab" * 2)
print("still running:", sum(range(100)))
