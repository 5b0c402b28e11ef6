# Comprehension scoping: own scope, no leaking, and the class-body quirk.
x = "global x"
squares = [x for x in range(3)]
print("loop var does not leak:", x, squares)
class C:
    factor = 10
    items = [1, 2, 3]
    first_iterable_sees_class = [i for i in items]
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        error = str(e)
    lam_factor = (lambda factor=factor: [i * factor for i in range(3)])()
print("first iterable evaluated in class scope:", C.first_iterable_sees_class)
print("class names invisible in body:", C.error)
print("default arg workaround:", C.lam_factor)
class D:
    n = 3
    try:
        pairs = [(i, j) for i in range(n) for j in range(n)]
    except NameError as e:
        pairs = "NameError: " + str(e)
print("second for does not see class var:", D.pairs)
def outer():
    y = 5
    return [y * i for i in range(3)], {i: y for i in range(2)}, list(y + i for i in range(2))
print("function scope is visible:", outer())
def shadow():
    i = "outer i"
    r = [i for i in "ab"]
    return i, r
print("shadowing:", shadow())
print("nested comprehensions:", [[i * j for j in range(i)] for i in range(4)])
print("inner refers to outer var:", [(i, j) for i in range(3) for j in range(i)])
funcs = [lambda: i for i in range(3)]
print("closures in comprehension share the cell:", [f() for f in funcs])
funcs = [(lambda i: lambda: i)(i) for i in range(3)]
print("closure per iteration:", [f() for f in funcs])
g = (i for i in range(3))
i = "unchanged"
print("genexpr own scope:", list(g), i)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
try:
    [z for z in range(3) if z > undefined_w]
except NameError as e:
    print("NameError:", e)
def late():
    gen = (k * m for k in range(3))
    m = 10
    return list(gen)
print("genexpr late binding of free var:", late())
def eager_first_iterable():
    try:
        (x for x in undefined_iterable)
    except NameError as e:
        return "first iterable evaluated eagerly: " + str(e)
print(eager_first_iterable())
print("dict comp key/value order:", {k: v for k, v in zip("abc", range(3))})
print("set comp of ints:", {n % 5 for n in range(20)})
