# An uncaught exception in the target becomes ExecutionFailed in the caller,
# built as CPython 3.14 builds it; the target's state survives.
import interpreters

interp = interpreters.create()
try:
    interp.exec("x = 1\n1 / 0")
except interpreters.ExecutionFailed as e:
    info = e.excinfo
    print(type(e).__name__, isinstance(e, interpreters.InterpreterError))
    print(info.type.__name__, info.type.__qualname__, info.type.__module__)
    print(repr(info.msg))
    print(repr(info.formatted))
    print(info.errdisplay)
    print("--- str(e)")
    print(str(e))
    print("--- args")
    print(e.args)
interp.exec("print('x survived:', x)")

# A user-defined exception class keeps its qualified name and module.
try:
    interp.exec("""
class Outer:
    class Boom(Exception):
        pass

def deeper():
    raise Outer.Boom('deep', 2)

deeper()
""")
except interpreters.ExecutionFailed as e:
    print(e.excinfo.type.__name__, e.excinfo.type.__qualname__, e.excinfo.type.__module__)
    print(e.excinfo.formatted)
    print(e.excinfo.errdisplay)

# sys.exit() ends only that exec.
try:
    interp.exec("import sys\nsys.exit(3)")
except interpreters.ExecutionFailed as e:
    print("exit:", e.excinfo.type.__name__, repr(e.excinfo.msg))
print("main goes on")

# A syntax error in the code.
try:
    interp.exec("def f(:\n    pass")
except interpreters.ExecutionFailed as e:
    print("syntax:", e.excinfo.type.__name__)

# An exception with no message.
try:
    interp.exec("raise KeyError")
except interpreters.ExecutionFailed as e:
    print(repr(e.excinfo.msg), repr(e.excinfo.formatted))

# Chained exceptions are displayed with their cause.
try:
    interp.exec("""
try:
    {}['k']
except KeyError as err:
    raise ValueError('bad key') from err
""")
except interpreters.ExecutionFailed as e:
    print(e.excinfo.errdisplay)

# exec of a function runs its code in the target's __main__.
def body():
    print("body runs in", __name__, "with x =", x)

interp.exec(body)

def needs_args(a):
    pass

try:
    interp.exec(needs_args)
except ValueError as e:
    print("ValueError:", e)
try:
    interp.exec(42)
except TypeError as e:
    print("TypeError")

# exec in the interpreter that is running is refused.
interp.prepare_main(myid=interp.id)
interp.exec("""
import interpreters
try:
    interpreters.Interpreter(myid).exec('pass')
except interpreters.InterpreterError as e:
    print('nested:', e)
""")
interp.close()
