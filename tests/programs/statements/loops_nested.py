# Nested loops with continue/break, loop variables after loops, mutation while iterating, finally in loops.
count = 0
while count < 10:
    count += 1
    if count % 3:
        continue
    print("multiple of 3:", count)
for ch in "abc":
    pass
print("last ch", ch)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        print(i, j)
total = 0
for i in range(1, 100):
    total += i
    if total > 50:
        break
print(i, total)
items = [1, 2, 3]
for it in items:
    if it == 2:
        items.append(4)
print(items)
k = 0
while k < 5:
    k += 1
    try:
        if k == 2:
            continue
        if k == 4:
            break
    finally:
        print("finally", k)
primes = []
for cand in range(2, 30):
    for d in range(2, cand):
        if cand % d == 0:
            break
    else:
        primes.append(cand)
print(primes)
