# while loops: else clause, break, continue, nested, conditions with side effects.
i = 0
while i < 3:
    i += 1
else:
    print("else runs when condition becomes false:", i)
i = 0
while True:
    i += 1
    if i == 4:
        break
else:
    print("never")
print("break skips else:", i)
i = 0
evens = []
while i < 10:
    i += 1
    if i % 2:
        continue
    evens.append(i)
else:
    print("else after continue-only loop:", evens)
while False:
    print("never")
else:
    print("else of a loop that never runs")
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            return i
        i += 1
    else:
        return -1
print("while/else search:", find("hello", "l"), find("hello", "z"))
outer = 0
pairs = []
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        pairs.append((outer, inner))
        inner += 1
    else:
        pairs.append("inner-else")
    outer += 1
print("nested with inner break:", pairs)
stack = [1, [2, [3, [4]]]]
depth = 0
while stack:
    depth += 1
    stack = stack[-1] if isinstance(stack[-1], list) else []
print("depth:", depth)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps:", steps)
data = [3, 1, 4, 1, 5]
while data and data[-1] != 4:
    data.pop()
print("compound condition:", data)
i = 0
while (i := i + 1) < 5:
    if i == 2:
        continue
    print("walrus loop", i)
tries = 0
while True:
    tries += 1
    try:
        if tries < 3:
            raise ValueError(tries)
        break
    except ValueError:
        continue
    finally:
        print("finally on try", tries)
print("tries:", tries)
