# str and bytes methods whose result size the program chooses: join, center,
# ljust, rjust, zfill, expandtabs, int.to_bytes. A result no machine can
# hold raises MemoryError (OverflowError where the argument does not fit
# CPython's C type), and the program goes on.
def attempt(label, make):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, repr(str(e)))
    else:
        print(label, "no error")


# 2**20 pieces of 16 MiB: 16 TiB, built from 16 MiB of data.
big = "x" * 2**24
attempt("''.join([big] * 2**20)", lambda: "".join([big] * 2**20))
attempt("big.join([''] * 2**20)", lambda: big.join([""] * 2**20))
bbig = b"x" * 2**24
attempt("b''.join([bbig] * 2**16)", lambda: b"".join([bbig] * 2**16))
attempt("bbig.join([b''] * 2**16)", lambda: bbig.join([b""] * 2**16))
big = bbig = None

attempt("'x'.center(10**15)", lambda: "x".center(10**15))
attempt("'x'.center(2**62)", lambda: "x".center(2**62))
attempt("'x'.center(2**63)", lambda: "x".center(2**63))
attempt("'x'.ljust(10**15)", lambda: "x".ljust(10**15))
attempt("'x'.rjust(10**15, '*')", lambda: "x".rjust(10**15, "*"))
attempt("'x'.zfill(10**15)", lambda: "x".zfill(10**15))
attempt("'x'.zfill(2**63 - 1)", lambda: "x".zfill(2**63 - 1))
attempt("b'x'.center(10**15)", lambda: b"x".center(10**15))
attempt("b'x'.ljust(10**15)", lambda: b"x".ljust(10**15))
attempt("b'x'.zfill(10**15)", lambda: b"x".zfill(10**15))

attempt("('\\t' * 1000).expandtabs(2**30)", lambda: ("\t" * 1000).expandtabs(2**30))
attempt("('a\\t' * 1000).expandtabs(2**31 - 1)", lambda: ("a\t" * 1000).expandtabs(2**31 - 1))
attempt("(b'\\t' * 1000).expandtabs(2**30)", lambda: (b"\t" * 1000).expandtabs(2**30))
attempt("'\\t'.expandtabs(10**15)", lambda: "\t".expandtabs(10**15))

attempt("(1).to_bytes(10**15, 'big')", lambda: (1).to_bytes(10**15, "big"))
attempt("(255).to_bytes(2**62, 'little')", lambda: (255).to_bytes(2**62, "little"))
attempt("(-1).to_bytes(10**15, 'big', signed=True)", lambda: (-1).to_bytes(10**15, "big", signed=True))
attempt("(1).to_bytes(2**63, 'big')", lambda: (1).to_bytes(2**63, "big"))

print("x".center(5, "*"), "-".join("abc"), "\tx".expandtabs(4), (1).to_bytes(2, "big"))
print("still running:", sum(range(100)))
