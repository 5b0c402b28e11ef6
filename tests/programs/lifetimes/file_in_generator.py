# A file opened inside a generator: abandoning the generator drops its frame,
# which closes the file (with or without a `with` block), at once.
PATH = "file_in_generator.tmp"


def writer_with():
    with open(PATH, "w") as f:
        while True:
            line = yield
            f.write(line + "\n")


def writer_plain():
    f = open(PATH, "w")
    while True:
        line = yield
        f.write(line + "\n")


for make in (writer_with, writer_plain):
    w = make()
    next(w)
    w.send("one")
    w.send("two")
    w = None
    print(make.__name__, repr(open(PATH).read()))

# Written by the loop body through a file the generator yields; the loop
# breaks, the generator is dropped, the file is closed.
def opened(path):
    f = open(path, "w")
    yield f
    yield f


for f in opened(PATH):
    f.write("from the loop body")
    break
f = None
print(repr(open(PATH).read()))

# A generator expression writing lines, abandoned by zip() half-way.
out = open(PATH, "w")
written = list(zip(range(3), (out.write(f"{i};") for i in range(10))))
print(written)
out = None
print(repr(open(PATH).read()))
