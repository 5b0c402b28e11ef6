# Channels: ends by id, buffered send, receive with and without waiting,
# bounded channels, closing, listing.
import interpreters

r, s = interpreters.create_channel()
print(type(r).__name__, type(s).__name__, r.id == s.id)
print(interpreters.RecvChannel(r.id) == r, interpreters.SendChannel(s.id) == s)
print(hash(interpreters.RecvChannel(r.id)) == hash(r), r != s)
print(repr(r) == f"RecvChannel(id={r.id})", repr(s) == f"SendChannel(id={s.id})")

for v in [1, "two", b"three", (4, 5)]:
    s.send(v)
print([r.recv() for _ in range(4)])

print(r.recv_nowait("empty"))
print(r.recv_nowait(default=None))
try:
    r.recv_nowait()
except interpreters.ChannelEmptyError as e:
    print("ChannelEmptyError", isinstance(e, interpreters.ChannelError), isinstance(e, RuntimeError))
try:
    r.recv(timeout=0.05)
except TimeoutError as e:
    print("TimeoutError")

# A bounded channel.
br, bs = interpreters.create_channel(2)
bs.send(1)
bs.send_nowait(2)
try:
    bs.send_nowait(3)
except interpreters.ChannelFullError as e:
    print("ChannelFullError", isinstance(e, interpreters.ChannelError))
try:
    bs.send(3, timeout=0.05)
except interpreters.ChannelFullError:
    print("ChannelFullError after timeout")
print(br.recv(), br.recv(), br.recv_nowait(None))

# Listing: every open channel as a (recv, send) pair.
pairs = interpreters.list_all_channels()
print((r, s) in pairs, (br, bs) in pairs, all(type(p) is tuple and len(p) == 2 for p in pairs))

# Closing: values queued before close() are still delivered, then
# ChannelClosedError; sending after close fails at once.
s.send("last words")
s.close()
try:
    s.send("too late")
except interpreters.ChannelClosedError as e:
    print("send after close: ChannelClosedError")
print(r.recv())
for attempt in [lambda: r.recv(), lambda: r.recv_nowait(), lambda: r.recv_nowait(None)]:
    try:
        attempt()
    except interpreters.ChannelClosedError:
        print("ChannelClosedError")
print((r, s) in interpreters.list_all_channels())

# Closing from the receiving end works too, and either end closes it.
r2, s2 = interpreters.create_channel()
r2.close()
try:
    s2.send(1)
except interpreters.ChannelClosedError:
    print("closed by the receiver")

# An id that names no channel.
try:
    interpreters.RecvChannel(10 ** 6).recv_nowait()
except interpreters.ChannelNotFoundError as e:
    print("ChannelNotFoundError", isinstance(e, interpreters.ChannelError))
try:
    interpreters.SendChannel("x")
except TypeError:
    print("TypeError")

# Channel ends rebuilt from an id in another interpreter, both ways.
interp = interpreters.create()
to_sub_r, to_sub_s = interpreters.create_channel()
from_sub_r, from_sub_s = interpreters.create_channel()
interp.exec(f"""
import interpreters
inbox = interpreters.RecvChannel({to_sub_r.id})
outbox = interpreters.SendChannel({from_sub_s.id})
""")
to_sub_s.send("ping")
interp.exec("outbox.send(inbox.recv() + ' pong')")
print(from_sub_r.recv())
# A value sent inside exec is delivered after exec returns (buffered send).
interp.exec("for i in range(3): outbox.send(i * i)")
print([from_sub_r.recv() for _ in range(3)])
# Closing the sending interpreter loses nothing in flight.
interp.exec("outbox.send('in flight')")
interp.close()
print(from_sub_r.recv())
