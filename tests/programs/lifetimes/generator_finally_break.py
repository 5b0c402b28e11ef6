# A generator abandoned by `break` runs its `finally` at once: before the
# statement after the loop, at module level and inside a function.
def numbers(tag):
    try:
        for i in range(5):
            print(tag, "yields", i)
            yield i
    finally:
        print(tag, "finally")


for x in numbers("module"):
    if x == 1:
        print("module breaks at", x)
        break
print("module after the loop")


def f():
    for x in numbers("function"):
        print("function got", x)
        break
    print("function after the loop")
    return "returned"


print(f())

# A generator that is exhausted runs its finally before the loop ends.
for x in numbers("exhausted"):
    pass
print("exhausted after the loop")

# `for ... else` with break: the else is skipped, the finally runs first.
for x in numbers("else"):
    break
else:
    print("not printed")
print("else after the loop")

# A while loop that calls next() and then stops using the generator.
g = numbers("next")
while True:
    if next(g) == 2:
        break
print("next: stopped calling next()")
g = None
print("next: after rebinding to None")
