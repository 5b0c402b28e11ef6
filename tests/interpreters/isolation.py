# Names, modules, builtins and sys state are per interpreter: nothing set in
# one is visible in another.
import interpreters
import builtins
import json
import sys

a = interpreters.create()
b = interpreters.create()

a.exec("x = 'a'")
b.exec("x = 'b'")
a.exec("print('a sees', x)")
b.exec("print('b sees', x)")
print("main has x:", "x" in globals())

# Module state: the same module is a separate object in each interpreter.
json.marker = "main"
a.exec("import json\nprint('a json.marker:', getattr(json, 'marker', None))")
a.exec("json.marker = 'a'")
print("main json.marker:", json.marker)

# builtins too.
builtins.shared_secret = 1
a.exec("print('a has shared_secret:', hasattr(__builtins__, 'shared_secret') if not isinstance(__builtins__, dict) else 'shared_secret' in __builtins__)")
del builtins.shared_secret

# sys is per interpreter.
sys.isopy_flag = True
a.exec("import sys\nprint('a sys.isopy_flag:', getattr(sys, 'isopy_flag', None))")
a.exec("sys.setrecursionlimit(300)")
print("main recursion limit:", sys.getrecursionlimit())
a.exec("print('a recursion limit:', sys.getrecursionlimit())")

# A module imported in one interpreter is not imported in another.
a.exec("import textwrap")
print("main has textwrap loaded:", "textwrap" in sys.modules)
a.exec("print('a has textwrap loaded:', 'textwrap' in sys.modules)")
b.exec("import sys\nprint('b has textwrap loaded:', 'textwrap' in sys.modules)")

# __name__ of the sub-interpreter's main module.
a.exec("print('a __name__:', __name__)")

# Mutable objects never cross: sending a list is refused; what a channel
# delivers is a new object of the receiver.
r, s = interpreters.create_channel()
try:
    s.send([1, 2])
except interpreters.NotShareableError as e:
    print("list:", type(e).__name__, isinstance(e, ValueError))
try:
    s.send((1, [2]))
except interpreters.NotShareableError as e:
    print("tuple holding a list:", type(e).__name__)
print("nothing was queued:", r.recv_nowait(None))

a.prepare_main(sid=s.id)
a.exec("""
import interpreters
data = [1, 2, 3]
interpreters.SendChannel(sid).send(tuple(data))
data.append(4)
""")
got = r.recv()
print("received", got, type(got).__name__)
a.exec("print('a still has', data)")

a.close()
b.close()
print("done")
