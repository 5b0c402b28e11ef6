# Integer results whose size the program chooses: shifting by a huge count
# asks for more memory than any machine has (MemoryError), or more digits
# than an int may have (OverflowError); the program goes on.
def attempt(label, make):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, repr(str(e)))
    else:
        print(label, "no error")


attempt("1 << 10**15", lambda: 1 << 10**15)
attempt("1 << 8 * 10**15", lambda: 1 << 8 * 10**15)
attempt("-1 << 10**15", lambda: -1 << 10**15)
attempt("8 << 10**18", lambda: 8 << 10**18)
attempt("1 << 2**63", lambda: 1 << 2**63)
attempt("1 << 2**64", lambda: 1 << 2**64)
attempt("1 << 2**100", lambda: 1 << 2**100)
attempt("(2**100) << 10**15", lambda: (2**100) << 10**15)

n = 1
try:
    n <<= 10**15
except MemoryError as e:
    print("n <<= 10**15", type(e).__name__)
print("n is unchanged:", n)

# Shifting right, or a zero, by the same counts is cheap and fine.
print(1 >> 10**15, (2**100) >> 2**64, 0 << 10**15)
print(1 << 100, (1 << 100).bit_length())
print("still running:", sum(range(100)))
