# object() and the object/type pair: default methods, attributes, comparisons, __class__.
o = object()
print("object():", type(o).__name__, type(o) is object, isinstance(o, object), o == o, o != object())
print("no instance dict:", hasattr(o, "__dict__"), hasattr(object, "__dict__"))
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print("default dunders exist:", all(hasattr(o, n) for n in ["__repr__", "__str__", "__eq__", "__ne__", "__hash__", "__init__", "__new__", "__class__", "__format__"]))
print("default str/repr form:", str(o).startswith("<object object at 0x"), repr(o) == str(o))
print("default format with empty spec:", format(o) == str(o))
print("default eq is identity; ordering undefined:", object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, o))
try:
    o < object()
except TypeError as e:
    print("TypeError:", e)
print("type/object relationship:", type(object), type(type), object.__class__, type.__class__, isinstance(object, type), isinstance(type, object))
print("bases:", object.__bases__, type.__bases__, type.__mro__, object.__mro__)
print("__class__ everywhere:", (1).__class__, "".__class__, [].__class__, None.__class__, print.__class__.__name__, type(...).__name__)
class Plain:
    pass
p = Plain()
print("user class inherits object:", Plain.__bases__, Plain.__mro__[-1] is object, isinstance(p, object))
print("user instance dict:", p.__dict__, hasattr(p, "__dict__"))
print("__class__ of instance:", p.__class__.__name__, p.__class__ is Plain)
print("NoneType:", type(None), type(None)() is None, None.__class__.__name__)
try:
    type(None)(1)
except TypeError as e:
    print("TypeError:", e)
print("object.__new__ / __init__ direct calls:", type(object.__new__(Plain)).__name__, object.__init__(p))
print("callable types:", callable(object), callable(type), callable(o))
print("NotImplemented/Ellipsis types:", type(NotImplemented).__name__, type(Ellipsis).__name__)
print("id stable:", id(o) == id(o))
