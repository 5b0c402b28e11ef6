# bytearray: every mutating method, slice assignment, in-place ops, aliasing, and errors.
ba = bytearray(b"hello")
alias = ba
ba[0] = ord("H")
ba.append(33)
ba.extend(b" you")
ba.extend([33, 33])
ba.insert(0, ord("["))
ba.insert(-1, ord("."))
ba.insert(100, ord("]"))
print("after inserts:", ba, alias is ba, len(ba))
print("pop:", ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord(" "))
print("remove first match:", ba)
ba.reverse()
print("reverse:", ba)
ba.reverse()
ba[1:3] = b"EL"
print("same-size slice:", ba)
ba[1:3] = b"eeeLLL"
print("growing slice:", ba)
ba[0:6] = b""
print("shrinking slice:", ba)
ba[::2] = b"\x00" * len(ba[::2])
print("extended slice:", ba)
del ba[::2]
print("del extended slice:", ba)
del ba[0]
del ba[-2:]
print("del item/slice:", ba)
ba += b"++"
ba *= 2
print("in-place ops keep identity:", ba, alias is ba)
ba[:] = [1, 2, 3]
print("assign from list of ints:", ba, list(ba))
ba[1] = 200
print("item assign int:", ba, ba[1])
c = ba.copy()
c.clear()
print("copy/clear:", c, ba, bool(c))
print("methods returning new objects:", bytearray(b"ab").upper(), type(bytearray(b"ab").upper()).__name__, bytearray(b"a b").split(), bytearray(b"xy").replace(b"x", b"z"))
print("mixed with bytes:", bytearray(b"a") + b"b", b"a" + bytearray(b"b"), bytearray(b"ab") == b"ab", b"ab" == bytearray(b"ab"))
print("constructors:", bytearray(), bytearray(3), bytearray([65, 66]), bytearray("é", "utf-8"), bytearray(b"x"), bytearray(range(3)))
print("hex/fromhex/decode:", bytearray(b"\xde\xad").hex(), bytearray.fromhex("beef"), bytearray(b"caf\xc3\xa9").decode())
print("repr/str:", repr(bytearray(b"q'")), str(bytearray()))
errors = [
    lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.append(b"x"), lambda: ba.__setitem__(0, 300),
    lambda: ba.__setitem__(0, b"x"), lambda: ba.remove(99), lambda: bytearray().pop(), lambda: ba.pop(50),
    lambda: ba.insert(0, 256), lambda: ba.extend([1, 999]), lambda: ba.extend("str"), lambda: ba.__setitem__(slice(None, None, 2), b""),
    lambda: hash(ba), lambda: ba.__setitem__(10, 1), lambda: ba.index(99), lambda: bytearray("str"),
]
for bad in errors:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print("after the error cases (assigning b'' to an extended slice deletes it):", ba)
