# Ints that fit in 64 bits are formatted without a big int; every spec
# must still come out as CPython's, at the edges too.
values = [0, 7, -7, 255, -256, 1234567, -1234567, 2**63 - 1, -2**63, 2**64, True, False]
specs = ["", "d", "5d", "<8", ">8", "^9", "=+10", "+", " ", "-", "_", ",", "08", "08,", "#x", "#X", "#o", "#b",
         "x", "b", "o", "_b", "_x", "#010x", "n", "*^12,", "e", ".2f", "%"]
for v in values:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(repr(v), row)
for bad in [".3d", "z", "zd", "s", "=c", "+c"]:
    try:
        print(format(42, bad))
    except ValueError as e:
        print("ValueError:", e)
print([format(v, "c") for v in [65, 0x1F600, 10]], format(65, "^5c"))
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
n = 12345
print(f"{n:>10,}|{n:<#10x}|{-n:010}|{n:_o}")
