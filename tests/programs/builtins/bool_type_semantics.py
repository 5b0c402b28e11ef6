# bool: a subclass of int with two singletons; arithmetic, repr, conversions, and restrictions.
print("values:", True, False, repr(True), str(False), int(True), float(False), type(True).__name__)
print("is int:", isinstance(True, int), issubclass(bool, int), bool.__bases__, bool.__mro__)
print("arithmetic gives ints:", True + True, True - False, True * 10, True / 2, True // 1, -True, ~False, True ** 2, type(True + False).__name__)
print("bitwise keeps bool:", True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print("comparisons:", True > False, True == 1, False == 0, True == 1.0, True is (1 == 1), (2 > 1) is True)
print("bool():", bool(), bool(0), bool(0.0), bool(""), bool("False"), bool([]), bool([0]), bool(None), bool(...), bool(range(0)))
print("as indexes and keys:", ["a", "b"][True], {True: "t", 1: "one"}, {0: "zero", False: "f"}, sum([True, True, False]))
print("formatting:", f"{True}", f"{True:d}", f"{True:>6}", "%s %d %r" % (True, True, False), format(False, "b"))
print("hash:", hash(True), hash(False), hash(True) == hash(1))
print("singletons:", bool(1) is True, bool(0) is False, (not 0) is True, (1 < 2) is True)
print("counting with bools:", sum(x > 2 for x in range(6)), [x for x in range(5) if (x % 2 == 0) is True])
print("str methods return bools:", "a".isalpha(), type("1".isdigit()).__name__)
print("int methods on bool:", True.bit_length(), False.bit_length(), True.numerator, (True).real)
print("bool of user types:", bool(type("T", (), {"__bool__": lambda s: False})()), bool(type("L", (), {"__len__": lambda s: 3})()))
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    bool(x=1)
except TypeError as e:
    print("TypeError:", e)
print("and/or do not coerce:", True and 5, False or "", 0 or False, [] and True)
print("True/False are keywords:", end=" ")
try:
    compile("True = 5", "<b>", "exec")
except SyntaxError as e:
    print(e.msg)
