# Operator precedence and associativity across the whole expression grammar.
print("mul before add:", 2 + 3 * 4, (2 + 3) * 4, 10 - 4 - 3, 10 - (4 - 3))
print("div left assoc:", 100 / 10 / 5, 100 // 7 // 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print("unary vs power:", -2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -1, ~2 ** 2, not -1)
print("mod and mul same level:", 7 % 3 * 2, 7 * 3 % 2, 2 * 7 // 3, 2 * (7 // 3))
print("shift vs add:", 1 << 2 + 1, (1 << 2) + 1, 16 >> 2 - 1)
print("bitand vs shift:", 6 & 3 << 1, (6 & 3) << 1, 1 | 2 & 3, 1 ^ 3 & 1, 1 | 2 ^ 3)
print("comparison vs bitwise:", 1 | 2 == 3, (1 | 2) == 3, 1 < 2 & 3)
print("not vs and/or:", not True and False, not (True and False), True or False and False, (True or False) and False)
print("not vs comparison:", not 1 == 2, not 1 in [1], 1 not in [2])
print("in vs arithmetic:", 1 + 1 in [2], "a" + "b" in "abc")
print("ternary lowest but lambda:", 1 if True else 2 + 10, (lambda: 1 if False else 2)())
print("lambda captures ternary:", (lambda x: x + 1 if x else 0)(5))
print("walrus binds loosest:", (y := 1 + 2), y, [z := 3 > 2, z])
print("string ops:", "a" + "b" * 3, ("a" + "b") * 3, "%s" % "x" + "y", "%s" % ("x" + "y"))
print("subscript/call/attr bind tightest:", -[1, 2][0], -abs(-3), 2 ** [1, 2][1], "ab".upper()[::-1])
print("await-free power chain:", 2 ** 2 ** 0, -(2 ** 2) ** 2)
print("comparison chains with ops:", 1 + 1 == 2 < 3 * 1, 0 < 1 + 1 < 3)
print("bool arithmetic:", True + True * 2, (True + True) * 2, -True ** 2)
print("conditional nesting:", 1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 1 else 3)
a, b = 5, 3
a *= b + 1
print("augmented rhs evaluated first:", a)
x = 10
x -= 2 * 3
print("augmented:", x)
print("tuple commas lower than everything:", (1, 2 + 3), [1 == 1, 2])
print("star in call with expression:", max(*[1, 2] * 2))
print("floats:", 1.5 * 2 ** 2, -1.5 ** 2, 0.5 + 0.25 * 2)
