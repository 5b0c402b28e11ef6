# Binary operators between unsupported types: exact TypeError messages; supported mixes.
exprs = [
    "1 + 'a'", "'a' + 1", "[1] + (1,)", "(1,) + [1]", "{} + {}", "None + 1", "1 - 'a'",
    "'a' * 'b'", "'a' * 1.5", "[1] * 2.0", "'abc' - 'a'", "{1} + {2}", "b'a' + 'a'", "'a' + b'a'",
    "1 / 'a'", "[] // 2", "'%d' % 'x'", "1 % 'a'", "2 ** 'a'", "1 @ 2", "[1] < 1",
    "len + 1", "1 & 1.0", "{1: 2} | [1]", "{1} | [1]", "bytearray(b'a') + 'a'",
    "range(3) + range(3)", "(1, 2) * (1, 2)", "1 + None", "3.0 // 'x'",
]
for e in exprs:
    try:
        r = eval(e)
        print(e, "->", r)
    except TypeError as err:
        print(e, "-> TypeError:", err)
print("supported mixes:", 1 + 2.0, True + 1, 2 * "ab", [0] * 3, (1,) * 2, b"ab" * 2, 3 * [None])
print("bytes + bytearray:", b"a" + bytearray(b"b"), bytearray(b"a") + b"b")
print("negative repeat:", "ab" * -1, [1] * 0, (1,) * -5)
print("bool repeat:", "ab" * True, [1] * False)
print("dict merge:", {1: 2} | {3: 4}, {1} | {2}, frozenset({1}) & {1, 2})
x = [1]
try:
    x += 5
except TypeError as err:
    print("list += int -> TypeError:", err)
x += "ab"
print("list += str extends:", x)
s = "a"
try:
    s += 1
except TypeError as err:
    print("str += int -> TypeError:", err)
t = (1,)
try:
    t += [2]
except TypeError as err:
    print("tuple += list -> TypeError:", err)
try:
    "abc" * (10 ** 20)
except OverflowError as err:
    print("OverflowError:", err)
