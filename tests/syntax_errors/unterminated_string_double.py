def f():
    return "abc
