# __iter__ and __next__: iterator classes, exhaustion, separate iterables, iter() fallbacks.
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd = CountDown(3)
print("for:", [x for x in cd], "| exhausted:", list(cd), next(cd, "default"))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1
r = Range2(3)
print("re-iterable:", list(r), list(r), [(a, b) for a in r for b in r][:4])
it = iter(r)
print("iter() returns the iterator:", type(it).__name__, next(it), next(it), iter(it) is it)
print("builtins consume iterators:", sum(Range2(5)), max(Range2(4)), sorted(CountDown(4)), tuple(CountDown(2)))
print("unpacking:", *CountDown(3))
a, b, c = CountDown(3)
print("assignment unpacking:", a, b, c)
print("zip/enumerate/map:", list(zip(CountDown(3), Range2(5))), list(enumerate(CountDown(2))), list(map(str, Range2(3))))
print("in:", 2 in CountDown(5), 9 in Range2(3))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next(NotIter())
except TypeError as e:
    print("TypeError:", e)
class StopWithValue:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("ignored value")
print("StopIteration value ignored by for:", list(StopWithValue()))
class Resumable:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n % 3 == 0:
            raise StopIteration
        return self.n
res = Resumable()
print("iterator can resume after StopIteration:", list(res), list(res), list(res))
class GetItemIter:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError("stop")
        return chr(ord("a") + i)
gi = iter(GetItemIter())
print("sequence iterator from __getitem__:", type(gi).__name__, list(gi))
class GenIter:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        for d in self.data:
            yield d * 2
print("generator __iter__:", list(GenIter([1, 2])), type(iter(GenIter([]))).__name__)
calls = []
def counter():
    calls.append(1)
    return len(calls)
print("iter(callable, sentinel):", list(iter(counter, 4)))
class ErrorMidway:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("broken at 3")
        return self.i
got = []
try:
    for v in ErrorMidway():
        got.append(v)
except ValueError as e:
    print("error propagates from __next__:", e, got)
