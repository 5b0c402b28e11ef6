# open() in binary mode on tmp_open_binary_modes.bin beside the program: write/read bytes,
# bytearray and memoryview-free writes, iterating binary lines, append, and type checks.
NAME = "tmp_open_binary_modes.bin"
with open(NAME, "wb") as f:
    print("mode:", f.mode, "| write returns count:", f.write(bytes(range(5))), f.write(b"\nline two\n"), f.write(bytearray(b"tail")))
with open(NAME, "rb") as f:
    data = f.read()
print("read():", data, type(data).__name__, len(data))
with open(NAME, "rb") as f:
    print("read(n):", f.read(2), f.read(3), f.read(1), f.read(100), f.read())
with open(NAME, "rb") as f:
    print("binary lines:", list(f))
with open(NAME, "rb") as f:
    print("readline/readlines:", f.readline(), f.readlines())
with open(NAME, "ab") as f:
    f.write(b"\x00\xff")
with open(NAME, "rb") as f:
    print("after append:", f.read()[-6:])
payload = "héllo wörld".encode("utf-8")
with open(NAME, "wb") as f:
    f.write(payload)
with open(NAME, "rb") as f:
    raw = f.read()
print("encoded bytes:", raw, raw.decode("utf-8"), len(raw))
with open(NAME, encoding="utf-8") as f:
    print("read back as text:", f.read())
with open(NAME, "wb") as f:
    f.write(b"A\r\nB\rC\n")
with open(NAME, "rb") as f:
    print("binary keeps line endings:", f.read())
with open(NAME, "wb") as f:
    f.write(bytes(range(256)))
with open(NAME, "rb") as f:
    allbytes = f.read()
print("all 256 byte values:", len(allbytes), allbytes[:4], allbytes[-4:], allbytes == bytes(range(256)))
with open(NAME, "wb") as f:
    try:
        f.write("text into binary")
    except TypeError as e:
        print("TypeError:", e)
with open(NAME, "w") as f:
    try:
        f.write(b"bytes into text")
    except TypeError as e:
        print("TypeError:", e)
with open(NAME, "wb") as f:
    f.write(b"\xff\xfe invalid utf-8")
try:
    with open(NAME, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end)
with open(NAME, encoding="utf-8", errors="replace") as f:
    print("errors='replace':", repr(f.read()))
with open(NAME, "wb") as f:
    f.write(b"left in place for the next run\n")
