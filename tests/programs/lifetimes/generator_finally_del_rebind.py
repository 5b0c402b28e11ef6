# A suspended generator whose last reference goes (del, rebinding, None,
# end of the function that held it) runs its finally at that moment.
def gen(tag):
    try:
        print(tag, "starts")
        yield 1
        print("never printed")
    finally:
        print(tag, "finally")


g = gen("del")
next(g)
print("before del")
del g
print("after del")

g = gen("rebound")
next(g)
print("before rebinding")
g = gen("second")
print("after rebinding: the new one has not started")
next(g)
g = 0
print("after rebinding to 0")

# Two names: only the last one going counts.
a = gen("two names")
b = a
next(a)
del a
print("one name left")
b = None
print("no name left")

# A generator local to a function ends with the function's frame.
def holder():
    it = gen("local")
    next(it)
    print("holder returns")


holder()
print("after holder")

# A generator in an attribute: deleting the attribute, or the object.
class Box:
    pass


box = Box()
box.it = gen("attribute")
next(box.it)
del box.it
print("after del box.it")
box.it = gen("object")
next(box.it)
del box
print("after del box")

# A generator that was never started has no finally to run.
g = gen("never started")
del g
print("after del of an unstarted generator")

# Augmented assignment and tuple unpacking also drop the old value.
x, y = gen("x"), gen("y")
next(x)
next(y)
x, y = y, None
print("after swap: x holds y")
x = None
print("after x = None")
