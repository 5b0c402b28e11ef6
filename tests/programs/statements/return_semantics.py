# return: implicit None, multiple values, early exit from loops and nested blocks.
def nothing():
    pass
def bare():
    return
def explicit_none():
    return None
print("None returns:", nothing(), bare(), explicit_none())
def multi():
    return 1, "two", [3]
r = multi()
print("tuple return:", r, type(r).__name__)
a, b, c = multi()
print("unpacked:", a, b, c)
def starred_return():
    rest = [2, 3]
    return 1, *rest
print("starred return:", starred_return())
def first_negative(items):
    for i, v in enumerate(items):
        if v < 0:
            return i, v
    return None
print("early from loop:", first_negative([3, -1, -2]), first_negative([1]))
def from_nested_loops(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return -1, -1
print("nested loops:", from_nested_loops([[1, 2], [3, 4]], 3), from_nested_loops([[1]], 9))
def from_while():
    n = 0
    while True:
        n += 1
        if n * n > 50:
            return n
print("from infinite while:", from_while())
def from_with():
    with open(__file__) as f:
        return f.readline()[:10]
print("from with:", repr(from_with()))
def returns_function():
    def inner():
        return "inner result"
    return inner
print("returns function:", returns_function()())
def conditional_return(x):
    return "pos" if x > 0 else "non-pos"
print("conditional expr:", conditional_return(1), conditional_return(0))
def return_in_try(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return "div by zero"
    finally:
        print("  finally before return value delivered")
print("try:", return_in_try(2), return_in_try(0))
def return_lambda_list():
    return [lambda: i for i in range(2)]
print("list of lambdas:", [f() for f in return_lambda_list()])
def recursion_returns(n):
    if n == 0:
        return []
    return recursion_returns(n - 1) + [n]
print("recursive accumulate:", recursion_returns(5))
def returns_generator():
    return (i for i in range(3))
print("return generator:", list(returns_generator()))
def gen_with_return():
    yield 1
    return 99
print("generator return value is not yielded:", list(gen_with_return()))
def unreachable():
    return "reached"
    print("never")
print(unreachable())
print("lambda returns expression:", (lambda: (1, 2))())
