def f(x):
    return x
f(x=1, x=2)
