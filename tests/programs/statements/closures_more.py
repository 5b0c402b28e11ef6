# More closures: UnboundLocalError, accumulators, memoization, late cells, __closure__.
def unbound():
    total = 0
    def bad():
        total += 1
        return total
    try:
        bad()
    except UnboundLocalError as e:
        return str(e)
print(unbound())
def accumulate():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
acc = accumulate()
print(acc("a"), acc("b"), acc("c"))
def fib_memo():
    memo = {}
    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(fib_memo()(90))
def cell_after_def():
    def get():
        return value
    value = "assigned later"
    return get()
print(cell_after_def())
print(acc.__closure__ is not None, len(acc.__closure__), acc.__closure__[0].cell_contents)
