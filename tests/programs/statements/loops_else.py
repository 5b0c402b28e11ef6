# while/else, for/else, break, continue, pass, nested loops.
for i in range(3):
    print("for", i)
else:
    print("for finished normally")
for i in range(10):
    if i == 4:
        print("breaking at", i)
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while finished with n =", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed either")
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, val in enumerate(row):
            if val == target:
                break
        else:
            continue
        return (r, c)
    return None
grid = [[1, 2], [3, 4], [5, 6]]
print(find(grid, 4), find(grid, 7))
for x in []:
    print("never")
else:
    print("else on empty loop")
