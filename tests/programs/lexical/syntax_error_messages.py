# compile() of invalid source: SyntaxError message text, line and offset as CPython gives them.
cases = [
    "x = (1, 2",
    "x = 1 +",
    "def f(:\n    pass",
    "if x\n    pass",
    "for x in range(3) print(x)",
    "return 5",
    "break",
    "continue",
    "x = [1, 2}",
    "1 = x",
    "f() = 3",
    "del f()",
    "x += 1 += 2",
    "a, b += 1",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "f(a=1, 2)",
    "f(**k, *a)",
    "nonlocal x",
    "def f():\n    x = 1\n    global x",
    "lambda: (yield)",
    "class C:\n    return 1",
    "print 'hello'",
    "x = yield = 1",
    "'unterminated",
    '"""unterminated triple',
    "a b",
    "x = 5 if 3",
    "import",
    "from x import",
    "try:\n    pass\n",
    "else: pass",
    "f(x for x in y, 1)",
    "[x := 1 for x in y]",
    "def f(*): pass",
    "True = 1",
    "None += 1",
    "x = 1 = 2",
    "(a, b) := (1, 2)",
    "with open(x) as 1: pass",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset}) <- {src!r}")
try:
    compile("x = (", "myfile.py", "exec")
except SyntaxError as e:
    print("filename:", e.filename, "| text:", repr(e.text), "| str:", str(e))
try:
    eval("1 +* 2")
except SyntaxError as e:
    print("eval SyntaxError:", e.msg, e.lineno, e.offset)
try:
    exec("def g():\n  pass\n pass")
except IndentationError as e:
    print("exec IndentationError:", e.msg, e.lineno)
print("issubclass:", issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
