# print(): sep/end validation, file= any object with write(), flush=, None defaults, errors.
import sys
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
c = Collector()
print("a", 1, [2], sep="|", end="!\n", file=c)
print(file=c)
print("flushed", file=c, flush=True)
print("no end", end="", file=c)
print("pieces written:", c.parts)
print("sep=None and end=None mean defaults:", "x", "y", sep=None, end=None)
print("empty sep", "joins", sep="")
print("multi-char sep", "b", "c", sep=" <-> ")
print("unicode sep", "b", sep=" → ")
print("end can be anything", end=" [END]\n")
print(*"abc", sep=",")
print(*[], "only", *(), sep="-")
print("file=None goes to stdout", file=None)
print("explicit stdout", file=sys.stdout)
print("to stderr is not in stdout", file=sys.stderr)
for kwargs in [{"sep": 5}, {"end": 1}, {"sep": b"x"}, {"file": 42}, {"bogus": 1}]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(f"{kwargs}: {type(e).__name__}: {e}")
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError:", e)
class StrFails:
    def __str__(self):
        raise ValueError("cannot str")
c2 = Collector()
try:
    print("before", StrFails(), "after", file=c2)
except ValueError as e:
    print("partial output before error:", c2.parts, e)
print("print returns None:", print("inner", end=" ") is None)
print("objects are str()'d:", 1.5, None, True, b"b", "s", ["s"], {"k": "v"})
print("newlines inside", "a\nb", sep="\t")
print("very", "many", "args", *range(10))
sys.stdout.write("sys.stdout.write returns count: ")
n = sys.stdout.write("abc\n")
print(n)
print("flush kwarg accepted", flush=True)
print("flush with value", flush=0)
