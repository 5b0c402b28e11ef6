# if/elif/else with every kind of condition; truth values of builtins and user objects.
def describe(v):
    if v is None:
        return "None"
    elif isinstance(v, bool):
        return "bool"
    elif not v:
        return "falsy " + type(v).__name__
    elif isinstance(v, (int, float)) and v < 0:
        return "negative"
    else:
        return "truthy " + type(v).__name__
for v in [None, True, False, 0, 0.0, -3, 2.5, "", "x", [], [0], (), {}, {"k": 0}, set(), range(0), range(2), b""]:
    print(repr(v), "->", describe(v))
class Len:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print("len-based:", "yes" if Len(3) else "no", "yes" if Len(0) else "no", "bool wins:", "yes" if Both() else "no")
class BadBool:
    def __bool__(self): return 1
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self): return "3"
try:
    bool(StrLen())
except TypeError as e:
    print("TypeError:", e)
n = 15
if n % 15 == 0:
    print("fizzbuzz")
elif n % 3 == 0:
    print("fizz")
if n > 10:
    if n > 20:
        print("big")
    else:
        print("medium")
if []: print("never")
elif [0]: print("elif taken")
else: print("never")
count = 0
if (count := count + 1) and count > 0:
    print("walrus condition:", count)
x = 0
if x:
    pass
elif x == 0:
    pass
else:
    print("never")
print("empty branches fine")
def sign(v):
    if v > 0: return 1
    if v < 0: return -1
    return 0
print("early returns:", sign(5), sign(-2), sign(0))
nan = float("nan")
print("nan is truthy:", "yes" if nan else "no", "comparisons false:", nan > 0 or nan <= 0)
