# tuple: construction, count/index, immutability, hashing, comparisons, packing, and errors.
t = (1, 2, 3, 2, 1)
print("count/index:", t.count(2), t.count(9), t.index(2), t.index(2, 2), t.index(1, -1), t.index(3, 0, 3))
print("constructors:", tuple(), tuple("ab"), tuple([1, 2]), tuple({"k": 1}), tuple(range(3)), tuple(x * x for x in range(3)))
print("single-element syntax:", (1,), type((1)).__name__, type((1,)).__name__, ())
print("packing:", (lambda: (1, 2))(), (lambda *a: a)(1, 2), tuple([[]]))
print("ops:", (1, 2) + (3,), (0,) * 3, 2 * ("a",), (1, 2) * 0, () + ())
print("slicing returns tuple:", t[1:3], t[::-1], t[::2], type(t[:]).__name__, t[:] == t)
print("comparisons:", (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9), (1, 2) == (1.0, 2.0), (1, 2) != [1, 2])
print("hash equality:", hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), {(1, 2): "key"}[(1, 2)])
print("contains mutable:", ([1],)[0], ([1],) == ([1],))
holder = ([1, 2],)
holder[0].append(3)
print("mutable element inside immutable tuple:", holder)
print("nested unpack:", (lambda a, b: (b, a))(*(1, 2)), [(x, y) for (x, y) in ((1, 2), (3, 4))])
print("min/max/sum/sorted:", min(t), max(t), sum(t), sorted(t), len(t))
print("repr nesting:", ((),), ((1,),), (1, (2, (3,))), (None, ...))
print("tuple of one tuple vs tuple():", tuple(((1, 2),)), tuple((1, 2)))
errors = [
    lambda: t.index(9), lambda: t.__setitem__(0, 5), lambda: t.__delitem__(0), lambda: (1,) + [2],
    lambda: (1,) * 1.5, lambda: t[10], lambda: t["a"], lambda: tuple(5), lambda: hash(([1],)),
    lambda: (1, "a") < (1, 2), lambda: t.count(), lambda: t.append(1), lambda: tuple(1, 2),
]
for bad in errors:
    try:
        bad()
    except (ValueError, TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
x = (1, 2)
y = x
x += (3,)
print("+= makes a new tuple:", x, y, x is y)
