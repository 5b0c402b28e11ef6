# Which values can cross, and that they arrive equal and of the same type.
import interpreters

values = [
    None, True, False, 0, -7, 2 ** 64, -(3 ** 80), 1.5, float("inf"), -0.0,
    "", "text", "héllo wörld ✓", b"", b"\x00\xffbytes", (), (1, "two", (3.0, None)),
]
not_shareable = [
    [1], {"a": 1}, {1}, frozenset([1]), bytearray(b"x"), object(), lambda: 0,
    (1, [2]), range(3), type, ValueError("x"),
]
for v in values:
    print(repr(v), interpreters.is_shareable(v))
for v in not_shareable:
    print(type(v).__name__, interpreters.is_shareable(v))


class MyStr(str):
    pass


class MyInt(int):
    pass


print("subclasses:", interpreters.is_shareable(MyStr("s")), interpreters.is_shareable(MyInt(1)))

# Every shareable value makes the round trip through another interpreter.
interp = interpreters.create()
r, s = interpreters.create_channel()
back_r, back_s = interpreters.create_channel()
interp.prepare_main(rid=r.id, sid=back_s.id)
for v in values:
    s.send(v)
interp.exec(f"""
import interpreters
r = interpreters.RecvChannel(rid)
s = interpreters.SendChannel(sid)
for _ in range({len(values)}):
    v = r.recv()
    s.send((type(v).__name__, v))
""")
for v in values:
    name, got = back_r.recv()
    same = got == v or (got != got and v != v)
    print(name, type(v).__name__ == name, same, repr(got))

# Channel ends and queues cross as themselves.
q = interpreters.create_queue()
s.send((r, s, q))
got = r.recv()
print([type(x).__name__ for x in got], got == (r, s, q))
try:
    s.send(MyStr("x"))
except interpreters.NotShareableError as e:
    print(e)
interp.close()
