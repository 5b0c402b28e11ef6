# Indentation: deeply nested blocks, dedenting several levels at once, one-line bodies.
def classify(n):
    if n < 0:
        return "negative"
    else:
        if n == 0:
            return "zero"
        else:
            if n % 2:
                if n > 100:
                    return "big odd"
                return "odd"
    return "even"
print("classify:", [classify(n) for n in (-3, 0, 7, 101, 8)])
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print("pair", i, j)
print("after loops")
if True: print("one-line if body")
for k in range(2): print("one-line for", k)
while False: pass
def one_liner(x): return x * 2
class Tiny: attr = 5
print("one_liner:", one_liner(21), Tiny.attr)
if 1: a = 1; b = 2; print("semicolons in body:", a + b)
def weird_indent():
        x = 1
        if x:
                    y = 2
                    return x + y
print("weird indent widths:", weird_indent())
try:
  print("two-space try")
except Exception:
      print("never")
finally:
 print("one-space finally")
class Outer:
    class Inner:
        class Innermost:
            def deep(self):
                def deeper():
                    return "deepest"
                return deeper()
print("nested classes:", Outer.Inner.Innermost().deep())
x = [
  1,
      2,
 3,
]
print("brackets ignore indentation:", x)
if x:

    # comment at a different indent and blank lines inside a block

    print("blank lines inside block are fine")
        # over-indented comment is fine too
    print("still in block")
src = "if 1:\n  a = 1\n    b = 2\n"
try:
    compile(src, "<bad>", "exec")
except IndentationError as e:
    print(type(e).__name__, "|", e.msg, "|", e.lineno)
src = "if 1:\n    a = 1\n  b = 2\n"
try:
    compile(src, "<bad>", "exec")
except IndentationError as e:
    print(type(e).__name__, "|", e.msg, "|", e.lineno)
src = "def f():\nreturn 1\n"
try:
    compile(src, "<bad>", "exec")
except IndentationError as e:
    print(type(e).__name__, "|", e.msg, "|", e.lineno)
src = "  x = 1\n"
try:
    compile(src, "<bad>", "exec")
except IndentationError as e:
    print(type(e).__name__, "|", e.msg, "|", e.lineno)
src = "if 1:\n\tx = 1\n        y = 2\n"
try:
    compile(src, "<bad>", "exec")
except SyntaxError as e:
    print(type(e).__name__, "|", e.msg, "|", e.lineno)
