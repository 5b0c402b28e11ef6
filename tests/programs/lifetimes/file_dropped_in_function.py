# Files written in a function and never closed: the file object is local,
# so it is flushed and closed when the function returns.
PATH = "file_dropped_in_function.tmp"


def write_temporary(text):
    open(PATH, "w").write(text)


def write_local(text):
    f = open(PATH, "w")
    f.write(text)
    f.write("!")


def write_in_loop(lines):
    f = open(PATH, "w")
    for line in lines:
        f.write(line + "\n")
    return len(lines)


def read():
    return open(PATH).read()


write_temporary("from a temporary")
print(repr(read()))
write_local("from a local")
print(repr(read()))
print(write_in_loop(["one", "two", "three"]), repr(read()))

# A file passed down to a helper and dropped when the caller returns.
def helper(f, text):
    f.write(text)


def caller():
    f = open(PATH, "w")
    helper(f, "written by helper")


caller()
print(repr(read()))

# A file held by an object local to the function.
class Writer:
    def __init__(self, path):
        self.f = open(path, "w")

    def line(self, text):
        self.f.write(text + "\n")


def use_writer():
    w = Writer(PATH)
    w.line("first")
    w.line("second")


use_writer()
print(repr(read()))

# A lambda and a nested function write and drop.
(lambda: open(PATH, "w").write("from a lambda"))()
print(repr(read()))

# The function returns early from inside a loop; the file is still closed.
def early():
    f = open(PATH, "w")
    for i in range(10):
        f.write(str(i))
        if i == 3:
            return i


print(early(), repr(read()))

# A function that raises: the file is closed once the exception (and the
# traceback holding the frame) is gone.
def raising():
    f = open(PATH, "w")
    f.write("before the error")
    raise ValueError("oops")


try:
    raising()
except ValueError as e:
    print("caught", e)
print(repr(read()))
