# global and nonlocal declarations: creation, shadowing, UnboundLocalError, syntax errors.
g = "module"
def read_global():
    return g
def write_global():
    global g
    g = "rebound by function"
def create_global():
    global created_here
    created_here = 42
print("read:", read_global())
write_global()
print("after write:", g)
create_global()
print("created:", created_here)
def local_shadows():
    g = "local"
    return g
print("shadow:", local_shadows(), g)
def unbound():
    print(g)
    g = "too late"
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def unbound_in_loop():
    for _ in range(2):
        try:
            total += 1
        except UnboundLocalError as e:
            return str(e)
print("augmented before assignment:", unbound_in_loop())
def global_in_nested():
    def inner():
        global g
        g = "from nested"
    inner()
    return g
print("nested global:", global_in_nested(), g)
def nonlocal_chain():
    a = 0
    def one():
        nonlocal a
        a += 1
        def two():
            nonlocal a
            a += 10
        two()
    one()
    one()
    return a
print("nonlocal chain:", nonlocal_chain())
def global_and_local_same_name():
    x = "enclosing"
    def inner():
        global x
        x = "global x"
        return x
    inner()
    return x
print("global skips enclosing:", global_and_local_same_name(), x)
counter = 0
def bump(times):
    global counter
    for _ in range(times):
        counter += 1
bump(3); bump(2)
print("counter:", counter)
bad_sources = {
    "nonlocal missing": "def f():\n    nonlocal q\n",
    "nonlocal at module": "nonlocal q\n",
    "use before global": "def f():\n    print(v)\n    global v\n",
    "assign before global": "v = 1\nglobal v\n",
    "param is global": "def f(a):\n    global a\n",
    "param is nonlocal": "def f(a):\n    nonlocal a\n",
    "nonlocal and global": "def o():\n    y = 1\n    def f():\n        global y\n        nonlocal y\n",
}
for label, src in bad_sources.items():
    try:
        compile(src, "<decl>", "exec")
        print(label, "-> compiled")
    except SyntaxError as e:
        print(label, "-> SyntaxError:", e.msg)
class C:
    global from_class
    from_class = "class body global"
print("global from class body:", from_class)
def del_global():
    global created_here
    del created_here
del_global()
print("deleted global:", "created_here" in globals())
