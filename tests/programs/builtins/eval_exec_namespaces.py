# eval/exec with explicit globals and locals: where names are read and written, builtins injection.
g = {"x": 1}
l = {"x": 2, "y": 3}
print("eval prefers locals:", eval("x + y", g, l), eval("x", g), eval("x", g, {}))
exec("z = x * 100", g, l)
print("exec writes to locals mapping:", l["z"], "z" in g)
exec("z = x * 100", g)
print("without locals, writes to globals:", g["z"])
print("__builtins__ injected:", "__builtins__" in g, "__builtins__" in l)
ns = {}
exec("def f():\n    return helper * 2\nhelper = 21", ns)
print("functions defined by exec use its globals:", ns["f"]())
ns2 = {}
loc2 = {}
exec("def f():\n    return helper\nhelper = 'in locals'", ns2, loc2)
try:
    loc2["f"]()
except NameError as e:
    print("function globals are the globals dict, not locals:", e)
restricted = {"__builtins__": {}}
try:
    eval("len('abc')", restricted)
except NameError as e:
    print("no builtins:", e)
print("eval sees enclosing globals by default:", eval("__name__"), eval("len([1, 2])"))
def scoped():
    secret = "local secret"
    return eval("secret"), eval("secret", {"secret": "explicit"})
print("eval in function sees locals:", scoped())
def exec_in_function():
    exec("new_local = 5")
    try:
        return new_local
    except NameError as e:
        return "exec cannot create function locals: " + str(e)
print(exec_in_function())
def exec_into_dict():
    d = {}
    exec("a = 1; b = a + 1", None, d)
    return d
print("exec(..., None, d):", exec_into_dict())
print("eval returns values, exec returns None:", eval("[1, 2][-1]"), exec("3 + 4"))
try:
    eval("[v * k for v in range(3)]", {}, {"k": 10})
except NameError as e:
    print("comprehension in eval cannot see the locals mapping:", e)
print("but its first iterable can:", eval("[v for v in range(k)]", {}, {"k": 3}))
class Mapping(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("locals may be any mapping:", eval("undefined_a + undefined_b", {}, Mapping()))
errors = [lambda: eval("x = 1"), lambda: eval("import math"), lambda: exec("1 +"), lambda: eval(5),
          lambda: eval("1", []), lambda: exec("x", {}, 5), lambda: eval(""), lambda: eval("undefined_q")]
for bad in errors:
    try:
        bad()
    except (SyntaxError, TypeError, NameError) as e:
        print(type(e).__name__ + ":", e)
code = compile("total = a + b", "<calc>", "exec")
for a, b in [(1, 2), (10, 20)]:
    env = {"a": a, "b": b}
    exec(code, env)
    print("reused code object:", env["total"])
print("eval of bytes source:", eval(b"1 + 1"), "eval strips whitespace:", eval("\t 2 * 3 \n"))
exec("import math as m_alias\nroot = m_alias.sqrt(16)", g)
print("imports inside exec land in the namespace:", g["root"], "m_alias" in g)
print("nested eval:", eval("eval('1 + 2') * 2"))
