# bytes and bytearray of a size no machine has: MemoryError (or CPython's
# OverflowError for a size that does not fit in a C ssize_t), and the
# program goes on.
def attempt(label, make):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, repr(str(e)))
    else:
        print(label, "no error")


attempt("bytearray(10**15)", lambda: bytearray(10**15))
attempt("bytes(10**15)", lambda: bytes(10**15))
attempt("bytearray(2**62)", lambda: bytearray(2**62))
attempt("bytearray(2**63 - 1)", lambda: bytearray(2**63 - 1))
attempt("bytes(2**63)", lambda: bytes(2**63))
attempt("bytearray(2**64)", lambda: bytearray(2**64))
attempt("bytes(range(10**15))", lambda: bytes(range(10**15)))
attempt("b'a' * 10**15", lambda: b"a" * 10**15)
attempt("b'ab' * 2**62", lambda: b"ab" * 2**62)
attempt("bytearray(b'ab') * 10**15", lambda: bytearray(b"ab") * 10**15)

b = bytearray(b"ab")
try:
    b *= 10**15
except MemoryError as e:
    print("b *= 10**15", type(e).__name__)
print("b is unchanged:", b)

try:
    b.extend(bytes(10**15))
except MemoryError as e:
    print("b.extend(bytes(10**15))", type(e).__name__)
print("b is unchanged:", b)

# A size that fits is still fine afterwards, and so is everything else.
print(len(bytearray(10)), bytes(3), bytearray(b"xy") * 3)
print("still running:", sum(range(100)))
