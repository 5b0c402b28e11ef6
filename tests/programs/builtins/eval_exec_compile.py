# eval, exec and compile of source strings, with globals/locals dicts.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("'a' + 'b'"))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 3, "y": 4}), eval("x", {"x": "global"}, {"x": "local"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if not k.startswith("__")))
exec("z_module = 'set at module level'")
print(z_module)
code = compile("result = sum(range(n))", "<snippet>", "exec")
env = {"n": 101}
exec(code, env)
print(env["result"], type(code).__name__)
expr = compile("p ** 2 + q", "<expr>", "eval")
print([eval(expr, {"p": p, "q": 1}) for p in range(4)])
single = compile("40 + 2", "<single>", "single")
exec(single)
src = """
class Shape:
    def __init__(self, n):
        self.n = n
    def describe(self):
        return f"shape with {self.n} sides"
shapes = [Shape(k).describe() for k in (3, 4)]
"""
g = {}
exec(src, g)
print(g["shapes"])
loc = {}
exec("inner = 1\nouter_total = inner + 100", {}, loc)
print(loc)
print(eval("len(s)", {"s": "hello"}), eval("abs(-3)", {}), eval("__name__", {"__name__": "custom"}))
for bad in ["1 +", "def", "x = = 1", "(1, 2"]:
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "| line", e.lineno)
try:
    eval("a = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(eval("  7  "), eval("(lambda v: v + 1)(1)"), eval("{'k': [1, 2]}['k'][-1]"))
counter = {"n": 0}
exec("for i in range(5):\n    n += i", counter)
print(counter["n"])
def run_in_function():
    local_var = 3
    return eval("local_var * 2")
print(run_in_function())
print(exec("pass"), eval("None"))
