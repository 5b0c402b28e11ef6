# and/or return operands, not, truthiness, conditional expressions.
print(0 or 5, 3 or 5, 0 and 5, 3 and 5, "" or "default", "x" and "y")
print(None or [] or {} or 0 or "last", 1 and 2 and 3, 1 and 0 and 3)
print([] or None, (0, ) or 1, 0.0 or -0.0, "" and 1 / 0)
print(not 0, not 1, not "", not "a", not [], not [0], not None, not 0.0)
calls = []
def t(x):
    calls.append(x)
    return x
r = t(0) or t("") or t(3) or t(4)
print(r, calls)
calls.clear()
r = t(1) and t(2) and t(0) and t(9)
print(r, calls)
for v in [0, 1, -1, 0.0, 0.1, "", " ", [], [[]], (), {}, set(), range(0), range(1), None, b"", b"\x00"]:
    print(repr(v), bool(v))
x = 7
print("odd" if x % 2 else "even", "big" if x > 100 else "mid" if x > 5 else "small")
print([("neg" if n < 0 else "zero" if n == 0 else "pos") for n in (-1, 0, 1)])
y = 1 if x else 1 / 0
print(y)
print(x > 3 and x < 10, x < 3 or x > 5, not x > 3 and x < 10)
print((lambda: 0)() or "fallback", True + (False or 2))
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
print(bool(Falsy()), bool(Sized()), Falsy() or "f-fallback", Sized() and "unreached" or "sized-empty")
print(all([]), any([]), all([1, 2]), any([0, 0, 1]), all(x > 0 for x in [1, -1]))
value = None
name = value or "anonymous"
size = value and len(value)
print(name, size)
print(True and "yes" or "no", False and "yes" or "no", (1, 2) if [] else (3, 4))
