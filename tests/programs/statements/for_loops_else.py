# for loops over every iterable kind; else; break/continue; mutation errors during iteration.
for ch in "ab":
    print("str", ch)
for b in b"AB":
    print("bytes", b)
for k in {"x": 1, "y": 2}:
    print("dict key", k)
for k, v in {"x": 1}.items():
    print("items", k, v)
for n in {3, 1, 2}:
    print("set of ints", n)
for i in range(10, 0, -4):
    print("range", i)
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=1):
    print("enumerate nested", i, a, b)
for x in []:
    print("never")
else:
    print("else on empty iterable")
for x in range(5):
    if x == 2:
        break
else:
    print("never")
print("loop var after break:", x)
for x in range(3):
    pass
print("loop var after normal end:", x)
def primes(limit):
    out = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            out.append(n)
    return out
print("for/else primes:", primes(30))
for i in range(3):
    i = 100
    print("rebinding loop var does not affect iteration", i)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
print("list grows during loop:", lst)
lst = [1, 2, 3, 4]
for item in lst:
    lst.remove(item)
print("removing while iterating skips:", lst)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1}
try:
    for v in s:
        s.add(2)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
        d["c" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    for x in None:
        pass
except TypeError as e:
    print("TypeError:", e)
for x in iter([1, 2, 3]):
    if x == 2:
        continue
    print("continue skips", x)
for obj, attr in [([], "append"), ("", "upper")]:
    print("target tuple:", type(obj).__name__, attr in dir(obj))
class Holder:
    pass
h = Holder()
for h.value in range(3):
    pass
print("attribute as loop target:", h.value)
arr = [0, 0, 0]
for i, arr[i] in enumerate("abc"):
    pass
print("subscript as loop target:", arr)
