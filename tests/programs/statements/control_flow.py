# if/elif/else chains, pass, nested functions returning early, try inside loops.
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        kind = "small"
    elif n < 100:
        kind = "medium"
    else:
        kind = "large"
    return kind
print([classify(v) for v in (-5, 0, 3, 42, 1000)])
def first_match(items, pred):
    for i, item in enumerate(items):
        if pred(item):
            return i, item
    return None
print(first_match([1, 4, 9, 16], lambda x: x > 5), first_match([], bool))
def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally before return")
print(returns_in_finally())
def loop_with_return_in_try():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("cleanup", i)
print(loop_with_return_in_try())
if not []:
    pass
else:
    print("unreachable")
x = 3
if x:
    if x > 2:
        if x > 5:
            print("> 5")
        else:
            print("between 3 and 5")
state = "start"
transitions = {"start": "middle", "middle": "end"}
steps = 0
while state != "end":
    state = transitions[state]
    steps += 1
print(state, steps)
def collatz(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq
print(collatz(27)[:10], len(collatz(27)), max(collatz(27)))
result = []
for i in range(3):
    if i == 1:
        pass
    result.append(i)
print(result)
def ladder(v):
    if v == 1: return "one"
    elif v == 2: return "two"
    else: return "many"
print(ladder(1), ladder(2), ladder(3))
if __name__ == "__main__":
    print("running as main")
else:
    print("imported")
