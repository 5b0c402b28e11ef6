# A generator dropped by a store runs its finally before anything that
# can be seen happens next, even when plain loads and stores come first.
def gen():
    try:
        yield 1
    finally:
        print("finally")
def f():
    g = gen(); next(g)
    g = None
    x = 1
    y = x
    print("after", y)
    h = gen(); next(h)
    del h
    print("after del")
    k = gen(); next(k)
    k = 2
    return k
print(f())
