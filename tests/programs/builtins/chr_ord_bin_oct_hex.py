# chr/ord round trips and limits; bin/oct/hex of negatives, bools, big ints, __index__; errors.
print("chr:", chr(65), chr(97), chr(0x20AC), chr(0x1F600), repr(chr(0)), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff")
print("ord:", ord("A"), ord("€"), ord("😀"), ord("\n"), ord(b"A"), ord(bytearray(b"z")), ord("\x00"))
print("round trip:", all(ord(chr(i)) == i for i in range(0, 0x110000, 997) if not 0xD800 <= i <= 0xDFFF))
for bad in [-1, 0x110000, 2 ** 40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(f"chr({bad}): {type(e).__name__}: {e}")
for bad in ["", "ab", b"ab", 5, None]:
    try:
        ord(bad)
    except TypeError as e:
        print(f"ord({bad!r}): TypeError: {e}")
try:
    chr(65.0)
except TypeError as e:
    print("TypeError:", e)
try:
    chr("A")
except TypeError as e:
    print("TypeError:", e)
for n in [0, 1, 5, -5, 255, -256, True, 2 ** 64, -(2 ** 64) + 1]:
    print(f"{n!r}: bin={bin(n)} oct={oct(n)} hex={hex(n)}")
class I:
    def __index__(self):
        return 42
print("__index__:", bin(I()), oct(I()), hex(I()))
for bad in [1.5, "10", None, [1]]:
    try:
        hex(bad)
    except TypeError as e:
        print(f"hex({bad!r}): TypeError: {e}")
try:
    bin(2.0)
except TypeError as e:
    print("TypeError:", e)
print("parse back:", int(bin(-37), 2), int(oct(511), 8), int(hex(-4096), 16), int(hex(2 ** 100), 0))
print("format alternatives:", format(255, "b"), format(255, "#o"), format(255, "X"), f"{255:#x}", "%x %o %X" % (255, 8, 171))
print("hex of bytes:", b"\x00\xff".hex(), bytes.fromhex("00ff 10"), bytearray(b"ab").hex(), b"abc".hex("-"), b"abcd".hex(":", 2))
