# File objects dropped by rebinding, by clearing the container that held
# them, by replacing a dict value or an attribute: each is flushed and
# closed at that moment, so the data can be read back on the next line.
A = "file_rebound_and_containers_a.tmp"
B = "file_rebound_and_containers_b.tmp"


def read(path):
    return open(path).read()


f = open(A, "w")
f.write("first file")
f = open(B, "w")
print("after rebinding:", repr(read(A)))
f.write("second file")
f = open(A, "a")
print("after rebinding again:", repr(read(B)))
f.write(", appended")
f = None
print(repr(read(A)))

files = [open(A, "w"), open(B, "w")]
files[0].write("in a list")
files[1].write("also in a list")
files.clear()
print("after clear:", repr(read(A)), repr(read(B)))

files = [open(A, "w")]
files[0].write("popped")
files.pop().write(" and written once more")
print("after pop:", repr(read(A)))

table = {"log": open(A, "w")}
table["log"].write("dict value")
table["log"] = open(B, "w")
print("after the value was replaced:", repr(read(A)))
table["log"].write("new value")
del table["log"]
print("after del:", repr(read(B)))


class Holder:
    pass


h = Holder()
h.out = open(A, "w")
h.out.write("attribute")
h.out = None
print("after the attribute was replaced:", repr(read(A)))
h.out = open(A, "w")
h.out.write("whole object")
h = None
print("after the object was dropped:", repr(read(A)))

# A tuple and a nested list holding the same file: closed when the last
# reference goes, not the first.
f = open(A, "w")
pair = (f, [f])
del f
pair[0].write("shared")
pair[1].clear()
pair = None
print("no holder left:", repr(read(A)))
