# Generator expressions abandoned half-way (by any(), next(), zip(), a
# break) close the generator they iterate, and its finally runs at once.
def source(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("finally", tag)


print("any:", any(x > 2 for x in source("any")))
print("after any")
print("all:", all(x < 3 for x in source("all")))
print("after all")
print("next:", next(x * 10 for x in source("next") if x > 4))
print("after next")
print("zip:", list(zip("ab", source("zip"))))
print("after zip")
print("in:", 3 in source("in"))
print("after in")

squares = (x * x for x in source("break"))
for s in squares:
    if s > 10:
        break
print("broke at", s)
del squares
print("after del squares")

# A generator expression started and dropped without a loop.
first = next(x for x in source("dropped"))
print("first", first)

# map() and filter() over a generator, abandoned.
print("map:", next(map(str, source("map"))))
print("filter:", next(filter(None, source("filter"))))

# yield from: closing the outer generator closes the inner first.
def outer():
    try:
        yield from source("inner")
    finally:
        print("finally outer")


for v in outer():
    if v == 1:
        break
print("after yield from")
