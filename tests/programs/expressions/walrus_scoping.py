# := in comprehensions binds in the enclosing scope; in while/if; in nested functions.
data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("len via walrus:", n)
total = 0
values = [total := total + x for x in data]
print("running totals:", values, "final total:", total)
print("any with witness:", any((hit := x) > 4 for x in data), hit)
print("all with witness:", all((last := x) < 6 for x in data), last)
def f():
    [y := i * 2 for i in range(3)]
    return y
print("binds in function scope:", f())
def outer():
    def inner():
        [z := 7 for _ in range(1)]
        return z
    return inner()
print("nested function:", outer())
lines = ["a", "b", "", "c"]
it = iter(lines)
collected = []
while (line := next(it, None)) is not None and line:
    collected.append(line)
print("while loop:", collected)
print("in call args:", max((m := 3), m + 1), m)
print("in f-string:", f"{(w := 10) * 2}", w)
print("nested parens:", ((a := 1), (b := a + 1)), a, b)
print("in comprehension filter:", [y for x in range(10) if (y := x * x) % 3 == 0], y)
print("dict comp:", {(k := i): k * 2 for i in range(3)}, k)
g = (q := j for j in range(3))
print("genexpr before run:", "q" in globals())
print(list(g), "after run:", q)
for bad in ["[i := 0 for i in range(3)]", "x := 5", "def h(a := 1): pass", "class C:\n    [t := 1 for _ in []]",
            "[x for x in (y := [1, 2]) ]", "(lambda: (v := 1))"]:
    try:
        compile(bad, "<walrus>", "exec")
        print("compiles:", repr(bad))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
