# Containers built from a range whose length no machine can hold: the size
# is known in advance, so the request fails at once with MemoryError.
def attempt(label, make):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, repr(str(e)))
    else:
        print(label, "no error")


attempt("list(range(2**60))", lambda: list(range(2**60)))
attempt("list(range(10**15))", lambda: list(range(10**15)))
attempt("tuple(range(10**15))", lambda: tuple(range(10**15)))
attempt("[*range(10**15)]", lambda: [*range(10**15)])
attempt("sorted(range(10**15))", lambda: sorted(range(10**15)))

xs = [1, 2]
try:
    xs.extend(range(10**15))
except MemoryError as e:
    print("xs.extend(range(10**15))", type(e).__name__)
print("xs is unchanged:", xs)

print(list(range(5)), tuple(range(3)))
print("still running:", sum(range(100)))
