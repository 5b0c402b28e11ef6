# class statements find __build_class__ in the builtins, as in CPython:
# a program may wrap it, and without it a class statement is a NameError.
import builtins

original = builtins.__build_class__
calls = []

def tracing_build_class(func, name, *bases, **kwds):
    calls.append(name)
    return original(func, name, *bases, **kwds)

builtins.__build_class__ = tracing_build_class

class A:
    pass

class B(A):
    x = 1

print(calls, B.x, B.__mro__[1] is A)

del builtins.__build_class__
try:
    class C:
        pass
except NameError as e:
    print(type(e).__name__, e)

builtins.__build_class__ = original

class D:
    pass

print(D.__name__)
