# isinstance/issubclass with classes, tuples (nested), bool/int, object/type, and error cases.
class A: pass
class B(A): pass
class C: pass
b = B()
print("basic:", isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print("tuples:", isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()), isinstance(1, (str, (float, (int,)))))
print("bool is int:", isinstance(True, int), isinstance(1, bool), issubclass(bool, int), issubclass(int, bool))
print("builtins:", isinstance("s", str), isinstance(b"s", bytes), isinstance(bytearray(), bytes), isinstance(1.0, int), isinstance(None, object))
print("type/object:", isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type), issubclass(type, object), issubclass(object, type))
print("NoneType:", isinstance(None, type(None)), issubclass(type(None), object))
print("issubclass:", issubclass(B, A), issubclass(A, B), issubclass(B, B), issubclass(B, (C, A)), issubclass(B, object))
print("exceptions:", issubclass(KeyError, LookupError), isinstance(KeyError(), Exception), issubclass(KeyboardInterrupt, Exception))
print("containers:", isinstance({}, dict), isinstance([], (tuple, list)), isinstance(range(1), range), isinstance(frozenset(), set), issubclass(frozenset, set))
def f(): pass
print("functions:", isinstance(len, type(print)), isinstance(f, type(lambda: 0)), type(f).__name__, type(len).__name__)
class Sub(list): pass
print("builtin subclasses:", isinstance(Sub(), list), issubclass(Sub, list), type(Sub()) is list)
bad_calls = [
    lambda: isinstance(1, 1), lambda: isinstance(1, "int"), lambda: isinstance(1, (int, 1)),
    lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: issubclass(B(), A),
    lambda: isinstance(1), lambda: issubclass(int),
]
for bad in bad_calls:
    try:
        print("result:", bad())
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance(1, (str, "bad"))
except TypeError as e:
    print("TypeError:", e)
print("class attribute checks:", b.__class__ is B, B.__bases__ == (A,))
