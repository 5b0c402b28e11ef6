# open() in text mode on a file beside the program (tmp_open_text_modes.txt, rewritten each run):
# write/read/readline/readlines/iteration/append, newline translation, with-blocks, file attributes.
NAME = "tmp_open_text_modes.txt"
with open(NAME, "w") as f:
    print("mode/name/closed inside with:", f.mode, f.name, f.closed)
    print("write returns length:", f.write("alpha\n"), f.write("béta\n"), f.write(""))
    f.writelines(["gamma\n", "delta"])
print("closed after with:", f.closed)
with open(NAME) as f:
    print("default mode:", f.mode)
    print("read():", repr(f.read()))
    print("read() at EOF:", repr(f.read()))
with open(NAME, "r") as f:
    print("read(n) counts characters:", repr(f.read(3)), repr(f.read(4)), repr(f.readline()))
    print("readline after partial:", repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(NAME) as f:
    print("readlines():", f.readlines())
with open(NAME) as f:
    for i, line in enumerate(f):
        print("iterate", i, repr(line))
with open(NAME) as f:
    print("list(f):", list(f), "| again (exhausted):", list(f))
with open(NAME, "a") as f:
    f.write("\nappended line\n")
with open(NAME) as f:
    lines = f.read().splitlines()
print("after append:", lines, len(lines))
with open(NAME, "w", encoding="utf-8") as f:
    f.write("crlf\r\nlf\ncr\rend")
with open(NAME, newline="") as f:
    print("newline='' keeps endings:", repr(f.read()))
with open(NAME) as f:
    print("universal newlines:", repr(f.read()))
with open(NAME, "w", newline="\r\n") as f:
    f.write("one\ntwo\n")
with open(NAME, "rb") as f:
    print("newline='\\r\\n' on write:", f.read())
with open(NAME, "w") as f:
    print("print to file", 1, 2, sep="-", file=f)
    print("second print", file=f, end="!")
with open(NAME) as f:
    print("print(file=):", repr(f.read()))
with open(NAME, "w", encoding="utf-8") as f:
    f.write("ünïcödé ✓ 日本\n")
with open(NAME, encoding="utf-8") as f:
    text = f.read()
print("utf-8 round trip:", text.strip(), len(text))
with open(NAME, "rb") as f:
    print("utf-8 bytes on disk:", len(f.read()))
with open(NAME, "w") as f:
    pass
with open(NAME) as f:
    print("empty file:", repr(f.read()), f.readlines(), repr(f.readline()))
f = open(NAME, "w")
f.write("explicit close")
f.close()
f.close()
print("double close is fine:", f.closed)
with open(NAME) as f:
    print("reopened:", f.read())
def read_first(path):
    with open(path) as fh:
        return fh.readline()
print("with inside function:", read_first(NAME))
with open(NAME, "w") as out, open(NAME) as inp:
    out.write("x")
    print("two files in one with:", out.closed, inp.closed)
with open(NAME, "w") as f:
    f.write("left in place for the next run\n")
