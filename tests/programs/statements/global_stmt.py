# global statements and module-level state.
counter = 0
config = {"debug": False}
def bump():
    global counter
    counter += 1
    return counter
def reset():
    global counter, created
    counter = 0
    created = "made inside a function"
bump(); bump()
print(counter)
reset()
print(counter, created)
def mutate_without_global():
    config["debug"] = True
mutate_without_global()
print(config)
def read_global():
    return counter + 100
print(read_global())
def local_shadow():
    counter = -1
    return counter
print(local_shadow(), counter)
def nested_global():
    def inner():
        global counter
        counter = 42
    inner()
    return counter
print(nested_global(), counter)
def unbound_local():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 1
unbound_local()
def delete_global():
    global created
    del created
delete_global()
print("created" in globals())
try:
    print(created)
except NameError as e:
    print("NameError:", e)
x = "module x"
class K:
    x = "class x"
    y = x + "!"
    def method(self):
        return x
    global z
    z = "global from class"
print(K.y, K().method(), z)
def uses_builtin():
    return len("four")
len_backup = len
def shadow_builtin():
    global len
    len = lambda s: -1
shadow_builtin()
print(uses_builtin())
del len
print(uses_builtin(), len is len_backup)
exec("g_exec = 5")
print(g_exec)
