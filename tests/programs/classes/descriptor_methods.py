# Descriptors that build methods, count accesses, and functions as descriptors.
class Method:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.fn(obj, *a)
class UsesMethod:
    def __init__(self, v):
        self.v = v
    @Method
    def show(self, suffix):
        return f"v={self.v}{suffix}"
print(UsesMethod(9).show("!"), type(UsesMethod.show).__name__)
class CountAccess:
    def __init__(self):
        self.count = 0
    def __get__(self, obj, objtype=None):
        self.count += 1
        return self.count
class Tracker:
    hits = CountAccess()
t = Tracker()
print(t.hits, t.hits, Tracker.hits)
def plain(self):
    return "function as descriptor"
class Late:
    pass
Late.method = plain
print(Late().method(), Late.method(None))
