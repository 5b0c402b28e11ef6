# abs() for every numeric type; all()/any() on empties, short-circuit, truthiness of items.
print("abs int:", abs(5), abs(-5), abs(0), abs(-0), abs(-(10 ** 30)), abs(True), abs(False))
print("abs float:", abs(-1.5), abs(-0.0), abs(float("-inf")), abs(float("nan")), abs(-1e-320))
print("abs types:", type(abs(True)).__name__, type(abs(-1.0)).__name__)
class A:
    def __abs__(self):
        return "absolute"
print("abs user:", abs(A()))
for bad in ["s", [1], None, {1: 2}]:
    try:
        abs(bad)
    except TypeError as e:
        print("TypeError:", e)
print("all:", all([]), all([1, 2]), all([1, 0]), all(""), all("abc"), all([[]]), all([[0]]), all(()), all({}))
print("any:", any([]), any([0, 0]), any([0, 1]), any(""), any(" "), any([[]]), any([None, ""]), any({0: 1}))
log = []
def t(v):
    log.append(v)
    return v
print("all short-circuit:", all(t(v) for v in [1, 2, 0, 3, 4]), log)
log.clear()
print("any short-circuit:", any(t(v) for v in [0, "", 5, 6]), log)
print("returns bool not item:", all([1, "x"]), any([0, "y"]), type(any([5])).__name__)
class Truthy:
    def __bool__(self):
        return True
class Falsy:
    def __len__(self):
        return 0
print("user truthiness:", all([Truthy(), Truthy()]), any([Falsy(), Falsy()]), all([Truthy(), Falsy()]))
print("infinite iterator stops early:", any(x > 10 for x in range(10 ** 12)), all(x < 10 for x in range(10 ** 12)))
for bad in [5, None]:
    try:
        all(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    any([1], [2])
except TypeError as e:
    print("TypeError:", e)
class BadBool:
    def __bool__(self):
        raise ValueError("cannot decide")
try:
    any([0, BadBool()])
except ValueError as e:
    print("ValueError:", e)
print("with dict views:", all({"a": 1}.values()), any({0: "a"}.keys()))
