"""Function calls of every shape: positional, defaults, keywords, *args, **kwargs.

Measures argument binding: filling defaults, matching keyword arguments to
parameters, keyword-only and positional-only parameters, collecting extra
positionals into a tuple and extra keywords into a dict, and call-site
unpacking with * and **. The function bodies are tiny so binding dominates.
"""


def add3(a, b, c):
    return a + b + c


def with_defaults(a, b=2, c=3):
    return a * b + c


def kwonly(a, *, scale=1, offset=0):
    return a * scale + offset


def posonly(a, b, /, c=1):
    return a - b + c


def star(*args):
    return len(args) + args[0]


def kw(**kwargs):
    return len(kwargs)


def mixed(a, b=1, *args, c=2, **kw):
    return a + b + c + len(args) + len(kw)


def main():
    acc = 0
    args = (1, 2, 3)
    kwargs = {"b": 4, "c": 5}
    for i in range(1000000):
        acc += add3(i, 1, 2)
        acc += add3(c=i, a=1, b=2)
        acc += with_defaults(i)
        acc += with_defaults(i, 3)
        acc += with_defaults(i, c=5)
        acc += kwonly(i, scale=2)
        acc += kwonly(i, offset=3, scale=1)
        acc += posonly(i, 2)
        acc += posonly(i, 2, c=7)
        acc += star(i, 1, 2)
        acc += kw(x=1, y=2)
        acc += mixed(i, 2, 3, 4, c=1, d=5)
        acc += add3(*args)
        acc += with_defaults(i, **kwargs)
        acc &= 0xFFFFFFFF
    print("calls", acc)


if __name__ == "__main__":
    main()
