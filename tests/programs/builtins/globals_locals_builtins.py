# globals() and locals(): module vs function vs class scope, writes, snapshots, comprehensions.
g = globals()
print("globals is module dict:", type(g).__name__, g["__name__"], "g" in g)
g["created_via_globals"] = "hello"
print("write through globals():", created_via_globals)
def read_global():
    return globals()["created_via_globals"]
print("function sees same globals:", read_global(), globals() is g)
print("locals at module level is globals:", locals() is globals())
def func(a, b=2):
    c = a + b
    snapshot = locals()
    return sorted(snapshot.items(), key=lambda kv: kv[0])
print("function locals:", func(1))
def write_locals():
    y = 1
    locals()["y"] = 100
    return y
print("writing locals() does not change the variable:", write_locals())
def closure_locals():
    free = "free var"
    def inner():
        return sorted(locals())
    def inner_using():
        free
        return sorted(locals())
    return inner(), inner_using()
print("free variables appear when used:", closure_locals())
class K:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    has_module = "__module__" in locals()
print("class body locals:", K.names, K.has_module)
def comprehension():
    outer = 5
    return [k for k in sorted(locals())]
print("locals() evaluated in comprehension's first iterable:", comprehension())
print("globals() keys include builtins entry:", "__builtins__" in g, "__name__" in g, "__doc__" in g)
def set_global_dynamically(name, value):
    globals()[name] = value
set_global_dynamically("dynamic_name", 99)
print("dynamic global:", dynamic_name)
def eval_with_locals():
    q = 7
    return eval("q * 6", globals(), locals())
print("eval with explicit namespaces:", eval_with_locals())
del globals()["dynamic_name"]
print("deleted via globals():", "dynamic_name" in globals())
