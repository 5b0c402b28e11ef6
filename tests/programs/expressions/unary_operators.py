# Unary -, + and ~ on ints, floats and bools; errors for other types.
print("int:", -5, +5, ~5, -(-5), ~~5, -~5, ~-5, - - -5)
print("zero:", -0, +0, ~0, -0.0, +(-0.0), 0.0 == -0.0)
print("float:", -1.5, +1.5, -float("inf"), -(float("nan")) != -(float("nan")))
print("bool:", -True, +True, ~True, ~False, -False, type(-True).__name__, type(+True).__name__)
print("big:", -(10**30), ~(10**30), ~-(10**30), -(-(2**100)))
print("not:", not 0, not 1, not "", not "a", not [], not None, not not 5)
print("precedence:", -3 ** 2, (-3) ** 2, -3 * -3, not 1 == 2, ~1 + 1, -1 - -1)
x = 7
print("on names:", -x, +x, ~x, -x ** 2)
for expr in ["-'a'", "+'a'", "~'a'", "~1.5", "-[1]", "+None", "~None", "-{}"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "-> TypeError:", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(self.v + 0.5)
    def __invert__(self):
        return "inverted"
    def __repr__(self):
        return f"Num({self.v})"
n = Num(3)
print("user class:", -n, +n, ~n, -(-n))
class NoOps:
    pass
try:
    -NoOps()
except TypeError as e:
    print("TypeError:", e)
