x = 1

def outer(a):
    b = 2

    def inner(c):
        nonlocal b
        b += a + c
        return [b * i for i in range(c)]

    return inner


class K:
    __secret = 1
    y = x

    def get(self):
        return self.__secret

    lam = lambda self, n=3: {n: n ** 2 for n in range(n)}


def g(*args, **kwargs):
    print(*args, sep="", **kwargs)
    del args
    global x
    x = [*range(2), *kwargs]
    a, *rest = x
    return a, rest
