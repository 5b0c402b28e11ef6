# 100 interpreters, each driven from its own thread, each sending 10,000
# messages into one channel: nothing is lost, duplicated or reordered per
# sender.
import interpreters
import threading

N, M = 100, 10_000
r, s = interpreters.create_channel()
interps = [interpreters.create() for _ in range(N)]


def drive(me, interp):
    interp.prepare_main(sid=s.id, me=me, count=M)
    interp.exec("""
import interpreters
out = interpreters.SendChannel(sid)
for k in range(count):
    out.send((me, k))
""")


threads = [threading.Thread(target=drive, args=(i, interp)) for i, interp in enumerate(interps)]
for t in threads:
    t.start()
expected = [0] * N
in_order = True
for _ in range(N * M):
    me, k = r.recv()
    if k != expected[me]:
        in_order = False
    expected[me] += 1
for t in threads:
    t.join()
print("every message once, in order:", in_order and all(e == M for e in expected))
print("nothing more:", r.recv_nowait(None))
for interp in interps:
    interp.close()
print("interpreters left:", len(interpreters.list_all()))
