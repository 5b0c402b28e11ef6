# Files dropped without close() in binary, text and append modes, and with
# explicit encodings: every byte written is on disk once the object is gone.
PATH = "file_modes.tmp"

open(PATH, "wb").write(b"\x00\x01binary\xff")
print(open(PATH, "rb").read())

open(PATH, "w", encoding="utf-8").write("h\u00e9llo \u2603\n")
print(open(PATH, "rb").read())
print(repr(open(PATH, encoding="utf-8").read()))

open(PATH, "w").write("start")
open(PATH, "a").write(" + appended")
open(PATH, "a").write(" + again")
print(repr(open(PATH).read()))

open(PATH, "ab").write(b" + bytes")
print(open(PATH, "rb").read())

# Text written in several pieces, some larger than a buffer.
f = open(PATH, "w")
for i in range(100):
    f.write("x" * 100)
f.write("end")
f = None
data = open(PATH).read()
print(len(data), data[-5:])

# Binary writes larger than any buffer, then a small tail that stays buffered.
f = open(PATH, "wb")
f.write(bytes(range(256)) * 64)
f.write(b"tail")
del f
data = open(PATH, "rb").read()
print(len(data), data[-4:])

# r+ overwrites in place; w+ truncates; both dropped without close.
open(PATH, "w").write("0123456789")
open(PATH, "r+").write("abcd")
print(repr(open(PATH).read()))
f = open(PATH, "w+")
f.write("w+ mode")
f = None
print(repr(open(PATH).read()))

# Newlines in text mode.
open(PATH, "w").write("a\nb\r\nc")
print(open(PATH, "rb").read())
