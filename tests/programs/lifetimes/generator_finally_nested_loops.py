# Nested loops: the inner generator is abandoned on every outer iteration
# and runs its finally before the next one starts.
def gen(tag, n):
    try:
        for i in range(n):
            yield i
    finally:
        print("finally", tag)


for i in gen("outer", 3):
    for j in gen(f"inner{i}", 10):
        if j == i:
            print("break inner at", i, j)
            break
    print("outer iteration", i, "done")
print("loops done")

# Three levels; the innermost breaks, the middle continues, the outer breaks.
for a in gen("A", 2):
    for b in gen(f"B{a}", 2):
        for c in gen(f"C{a}{b}", 5):
            break
        print("after C", a, b)
    if a == 0:
        print("breaking A")
        break
print("three levels done")

# Inner loops in a function that returns from the innermost loop.
def find():
    for a in gen("fa", 3):
        for b in gen("fb", 3):
            if a + b == 1:
                return a, b


print("found", find())

# A list comprehension consumes generators one after another.
print([next(iter(gen(f"comp{k}", 3))) for k in range(3)])
print("comprehension done")
