# open() for text and binary files: write, read, readline(s), iterate, append, with.
path = "/tmp/isopy_test_open_files.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.write("third line without newline")
print("wrote", n)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for lineno, line in enumerate(f, 1):
        print(lineno, line.rstrip("\n"))
with open(path, "a") as f:
    f.write("\nappended\n")
with open(path) as f:
    lines = [l.strip() for l in f]
print(lines, len(lines))
f = open(path)
print(f.closed, f.read(5), repr(f.read(7)))
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
bpath = "/tmp/isopy_test_open_files.bin"
with open(bpath, "wb") as f:
    f.write(bytes(range(10)))
    f.write("é".encode("utf-8"))
with open(bpath, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(bpath, "rb") as f:
    print(f.read(3), f.read(2), f.read())
with open(path, "w", encoding="utf-8") as f:
    print("printed into a file", 42, sep=":", file=f)
    print("unicode: ünïcödé", file=f)
with open(path, encoding="utf-8") as f:
    print(f.read().splitlines())
try:
    open("/tmp/isopy_definitely_missing_dir/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
try:
    open(path, "rb").read().decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
with open(path, "w") as f:
    f.writelines(["a\n", "b\n", "c"])
with open(path) as f:
    print(list(f))
