# A MemoryError behaves like any other exception: finally blocks and
# __exit__ run, it is an Exception, it can be chained and re-raised, and it
# can happen again and again in a loop.
class Guard:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("__exit__ saw", exc_type.__name__)
        return True


with Guard():
    bytearray(10**15)
print("after with")

try:
    try:
        [None] * 2**60
    finally:
        print("finally ran")
except Exception as e:
    print("caught as Exception:", type(e).__name__, isinstance(e, MemoryError))

print(MemoryError.__mro__[1].__name__, issubclass(MemoryError, Exception))

try:
    try:
        "x" * 10**15
    except MemoryError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print("chained:", type(e.__cause__).__name__)


def allocate(n):
    return bytes(n)


def caller():
    try:
        allocate(10**15)
    except MemoryError:
        return "caught in caller"


print(caller())

caught = 0
for i in range(1000):
    try:
        bytearray(10**15)
    except MemoryError:
        caught += 1
print("caught", caught, "times")

def gen():
    try:
        yield bytearray(10)
        yield bytearray(10**15)
    finally:
        print("generator finally")


try:
    for b in gen():
        print("got", len(b))
except MemoryError:
    print("MemoryError from the generator")
print("still running:", sum(range(100)))
