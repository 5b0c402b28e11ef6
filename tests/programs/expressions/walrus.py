# Assignment expressions (:=).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
values = iter([5, 4, 0, 7])
while (v := next(values)) != 0:
    print("value", v)
print("stopped at", v)
print([y for x in data if (y := x * 2) > 6])
print(y)
total = 0
print([total := total + x for x in data], total)
def f(x):
    return x * 10
print([(r, r // 10) for x in range(4) if (r := f(x)) > 5])
print((z := 3) + z, z)
print(f"{(w := 'walrus')} {w.upper()}")
items = {"a": 1, "b": None}
if (val := items.get("a")) is not None:
    print("found", val)
if (missing := items.get("zzz")) is None:
    print("missing is", missing)
def scope_test():
    [(inner := i) for i in range(3)]
    return inner
print(scope_test())
chunks = []
src = list(range(10))
pos = 0
while (chunk := src[pos:pos + 3]):
    chunks.append(chunk)
    pos += 3
print(chunks)
print(any((hit := x) > 5 for x in data), hit)
print(all((low := x) < 9 for x in data), low)
print([a := 1, b := 2, a + b])
print({k: (s := k * k) for k in range(3)}, s)
print((lambda q: (t := q + 1) * t)(4))
