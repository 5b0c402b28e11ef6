# A file written through a temporary file object, never closed: the data is
# on disk as soon as the statement ends, because the object is gone.
PATH = "file_dropped_module_level.tmp"

open(PATH, "w").write("hello")
print(repr(open(PATH).read()))

n = open(PATH, "w").write("second write, longer than the first")
print(n, repr(open(PATH).read()))

# A named file object rebound to None, or deleted.
f = open(PATH, "w")
f.write("through a name")
f = None
print(repr(open(PATH).read()))

f = open(PATH, "w")
f.write("deleted name")
del f
print(repr(open(PATH).read()))

# print(..., file=open(...)) writes and drops the file in one statement.
print("printed", 42, file=open(PATH, "w"))
print(repr(open(PATH).read()))

# writelines on a temporary.
open(PATH, "w").writelines(["a\n", "b\n", "c"])
print(open(PATH).read().split())

# Reading back through a temporary too: each reader is closed at once.
print(open(PATH).readline())
print(open(PATH, "rb").read())
