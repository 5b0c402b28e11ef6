# The Interpreter object and the module-level calls around it.
import interpreters
from concurrent import interpreters as ci
import concurrent.interpreters

print(ci is interpreters or ci.create is interpreters.create)
print(concurrent.interpreters.Interpreter is interpreters.Interpreter)

main = interpreters.get_main()
print(main, main.id, repr(main))
print(main == interpreters.main(), main == interpreters.get_current())
print(main.is_running())

a = interpreters.create()
b = interpreters.create()
print(a.id > 0, b.id > a.id)
print([i == main for i in interpreters.list_all()][:1], len(interpreters.list_all()))
print(interpreters.list_all()[0] == main)
print(a in interpreters.list_all(), b in interpreters.list_all())
print(interpreters.Interpreter(a.id) == a, hash(interpreters.Interpreter(a.id)) == hash(a))
print(a != b, {a, b, interpreters.Interpreter(a.id)} == {a, b})
print(a.is_running())

# get_current() inside another interpreter.
a.prepare_main(expected=a.id)
a.exec("""
import interpreters
me = interpreters.get_current()
print('inside:', me.id == expected, me == interpreters.Interpreter(expected))
print('inside main:', interpreters.get_main().id)
print('inside running:', me.is_running())
""")

# Errors.
for bad in ["x", -1, 1.5]:
    try:
        interpreters.Interpreter(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)

try:
    main.close()
except interpreters.InterpreterError as e:
    print("close main:", type(e).__name__, e)

a.exec("""
import interpreters
try:
    interpreters.get_current().close()
except interpreters.InterpreterError as e:
    print('close current:', e)
try:
    interpreters.get_main().close()
except interpreters.InterpreterError as e:
    print('close main from a:', e)
""")

a.close()
print(a in interpreters.list_all(), len(interpreters.list_all()))
for action in ["exec", "close", "is_running", "prepare_main"]:
    try:
        if action == "exec":
            a.exec("pass")
        elif action == "close":
            a.close()
        elif action == "is_running":
            a.is_running()
        else:
            a.prepare_main(x=1)
    except interpreters.InterpreterNotFoundError as e:
        print(action, "->", type(e).__name__, isinstance(e, interpreters.InterpreterError))

print(issubclass(interpreters.InterpreterNotFoundError, interpreters.InterpreterError))
print(issubclass(interpreters.ExecutionFailed, interpreters.InterpreterError))
print(issubclass(interpreters.NotShareableError, ValueError))
print(issubclass(interpreters.InterpreterError, Exception))

# Interpreters are shareable: an Interpreter object crosses as itself.
print(interpreters.is_shareable(b))
r, s = interpreters.create_channel()
s.send(b)
got = r.recv()
print(type(got).__name__, got == b)

try:
    interpreters.create(bogus=1)
except TypeError as e:
    print(e)
b.close()
print(len(interpreters.list_all()))
