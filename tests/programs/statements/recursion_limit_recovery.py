# RecursionError from runaway recursion in functions, methods, __repr__ and generators; recovery.
import sys
print("default limit:", sys.getrecursionlimit())
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print("function:", type(e).__name__, "|", e)
class Node:
    def __init__(self):
        self.other = self
    def walk(self):
        return self.other.walk()
try:
    Node().walk()
except RecursionError as e:
    print("method:", e)
class SelfRepr:
    def __repr__(self):
        return "SelfRepr(" + repr(self) + ")"
try:
    repr(SelfRepr())
except RecursionError as e:
    print("__repr__ recursion caught:", type(e).__name__)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")
depth_reached = 0
def measure(n):
    global depth_reached
    depth_reached = n
    measure(n + 1)
try:
    measure(1)
except RecursionError:
    print("depth reached is near the limit:", 900 < depth_reached <= 1000)
def after_error():
    return sum(range(10))
print("interpreter still works:", after_error())
sys.setrecursionlimit(200)
print("lowered limit:", sys.getrecursionlimit())
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
try:
    count_down(500)
except RecursionError:
    print("500 deep fails with limit 200")
print("150 deep ok:", count_down(150))
sys.setrecursionlimit(3000)
print("2500 deep ok with limit 3000:", count_down(2500))
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print("ValueError:", e)
def recursive_with_finally(n, log):
    try:
        return recursive_with_finally(n + 1, log)
    finally:
        if n == 0:
            log.append("outermost finally ran")
log = []
try:
    recursive_with_finally(0, log)
except RecursionError:
    print("finally blocks unwind:", log)
def gen_recursive(n):
    yield n
    yield from gen_recursive(n + 1)
try:
    for v in gen_recursive(0):
        pass
except RecursionError:
    print("generator recursion caught, last value > 100:", v > 100)
nested = []
for _ in range(100):
    nested = [nested]
print("100-deep nested list repr length:", len(repr(nested)))
print("is RuntimeError subclass:", issubclass(RecursionError, RuntimeError))
