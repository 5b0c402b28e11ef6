# compile(): 'exec', 'eval' and 'single' modes, code objects, filename in errors, flags misuse.
c_exec = compile("a = 1\nb = a + 1\n", "<exec>", "exec")
ns = {}
print("exec mode returns None:", exec(c_exec, ns), ns["b"], type(c_exec).__name__)
c_eval = compile("a * 10", "<eval>", "eval")
print("eval mode:", eval(c_eval, {"a": 4}), eval(c_eval, {"a": "x"}))
print("exec of an eval-mode code object returns None:", exec(c_eval, {"a": 1}))
print("single mode prints non-None expression values:")
exec(compile("1 + 1", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("x = 5", "<single>", "single"), {})
exec(compile("[1, 2]\n", "<single>", "single"))
exec(compile("if True:\n    'inside block'\n", "<single>", "single"))
try:
    compile("a = 1", "<eval>", "eval")
except SyntaxError as e:
    print("statement in eval mode:", e.msg, e.filename)
try:
    compile("1\n2\n", "<single>", "single")
except SyntaxError as e:
    print("two statements in single mode:", e.msg)
try:
    compile("x = (", "my_module.py", "exec")
except SyntaxError as e:
    print("filename recorded:", e.filename, e.lineno, e.offset, repr(e.text))
try:
    compile("pass", "<x>", "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    compile(5, "<x>", "exec")
except TypeError as e:
    print("TypeError:", e)
try:
    compile("pass", "<x>")
except TypeError as e:
    print("TypeError:", e)
src = "def greet(n):\n    return 'hi ' + n\n"
code = compile(src, "<greet>", "exec")
env = {}
exec(code, env)
print("function from compiled code:", env["greet"]("ann"))
err_code = compile("1 / 0", "<boom>", "eval")
try:
    eval(err_code)
except ZeroDivisionError as e:
    print("runtime error from compiled code:", e)
print("compile does not execute:", compile("print('never printed')", "<c>", "exec") is not None)
print("compile accepts bytes:", eval(compile(b"2 ** 5", "<b>", "eval")))
print("dont_inherit and optimize keywords accepted:", eval(compile("7", "<k>", "eval", dont_inherit=True, optimize=0)))
multi = compile("for i in range(3):\n    print('loop', i)\n", "<loop>", "exec")
exec(multi)
