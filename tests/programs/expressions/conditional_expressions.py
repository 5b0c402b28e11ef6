# Conditional expressions: precedence, nesting, laziness, in many contexts.
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print("nested:", [sign(n) for n in (-2, 0, 3)])
print("precedence with or:", 1 if 0 or 1 else 2, (1 if 0 else 0) or 9)
print("lambda body:", (lambda x: "even" if x % 2 == 0 else "odd")(4))
print("in arguments:", max(1 if True else 100, 2), str(5 if False else 6))
print("in comprehension:", [x if x % 2 else -x for x in range(5)], [x for x in range(5) if x if x > 2])
print("in f-string:", f"{'yes' if 3 > 2 else 'no'}", f"{(1 if 0 else 2):>3}")
evaluated = []
def mark(v):
    evaluated.append(v)
    return v
r = mark("a") if mark(True) else mark("b")
print("only one branch evaluated:", r, evaluated)
evaluated.clear()
r = mark("a") if mark(0) else mark("b")
print("else branch:", r, evaluated)
print("right associative:", "A" if False else "B" if False else "C")
print("with arithmetic:", 1 + (2 if True else 3) * 4, 1 + 2 if False else 3 * 4)
print("as dict value:", {"k": 1 if True else 2}, [0 if i else "zero" for i in range(3)])
x = 10
y = x if x > 5 else None
print("assignment:", y)
z = (yield_value := 5) if x else 0
print("walrus in ternary:", z, yield_value)
print("truthiness of branches:", [] if [] else "empty", "kept" if [0] else "never")
print("tuple needs parens:", (1, 2) if True else (3, 4), (1 if True else 3, 4))
