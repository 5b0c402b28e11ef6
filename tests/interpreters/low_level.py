# The low-level modules, as CPython 3.12 scripts use them.
import _xxsubinterpreters as subinterpreters
import _interpreters

print(subinterpreters.create is _interpreters.create or subinterpreters.__name__)
main = subinterpreters.get_main()
print(main, subinterpreters.get_current() == main, subinterpreters.list_all() == [main])
a = subinterpreters.create()
print(type(a).__name__, subinterpreters.list_all() == [main, a], subinterpreters.is_running(a))
subinterpreters.run_string(a, "x = 6 * 7\nprint('run_string:', x)")
subinterpreters.run_string(a, "print('shared:', greeting, n)", shared={"greeting": "hi", "n": 3})
subinterpreters.run_string(a, "print('still there:', x)")
try:
    subinterpreters.run_string(a, "raise ValueError('nope')")
except subinterpreters.RunFailedError as e:
    print(type(e).__name__, isinstance(e, RuntimeError), e)
try:
    subinterpreters.run_string(a, "pass", shared={"bad": [1]})
except ValueError as e:
    print(type(e).__name__)
subinterpreters.destroy(a)
print(subinterpreters.list_all() == [main])
for call in [lambda: subinterpreters.destroy(a), lambda: subinterpreters.run_string(a, "pass"),
             lambda: subinterpreters.is_running(a)]:
    try:
        call()
    except _interpreters.InterpreterNotFoundError as e:
        print("not found:", e == e, isinstance(e, _interpreters.InterpreterError))
try:
    subinterpreters.destroy(main)
except _interpreters.InterpreterError as e:
    print(e)
try:
    subinterpreters.run_string("zero", "pass")
except TypeError as e:
    print("TypeError")
print(subinterpreters.is_shareable(1), subinterpreters.is_shareable([]))
