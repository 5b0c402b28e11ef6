# Many-to-one and one-to-many channel traffic between interpreters running
# in parallel threads.
import interpreters
import threading

# One-to-many: main feeds one channel, four interpreters share the work.
tasks_r, tasks_s = interpreters.create_channel()
done_r, done_s = interpreters.create_channel()
workers = [interpreters.create() for _ in range(4)]
for w in workers:
    w.prepare_main(tasks=tasks_r, done=done_s)

code = """
total = 0
handled = 0
while True:
    n = tasks.recv()
    if n is None:
        break
    total += n * n
    handled += 1
done.send((total, handled))
"""
threads = [threading.Thread(target=w.exec, args=(code,)) for w in workers]
for t in threads:
    t.start()
for n in range(1000):
    tasks_s.send(n)
for _ in workers:
    tasks_s.send(None)
for t in threads:
    t.join()
results = [done_r.recv() for _ in workers]
print("sum of squares:", sum(t for t, _ in results), sum(n * n for n in range(1000)))
print("tasks handled:", sum(h for _, h in results))

# Many-to-one: each interpreter reports on the same channel.
report_r, report_s = interpreters.create_channel()


def report(index, interp):
    interp.prepare_main(out=report_s, index=index)
    interp.exec("for k in range(50): out.send((index, k))")


threads = [threading.Thread(target=report, args=(i, w)) for i, w in enumerate(workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
got = []
while True:
    item = report_r.recv_nowait(None)
    if item is None:
        break
    got.append(item)
print("reports:", len(got), sorted(got) == [(i, k) for i in range(4) for k in range(50)])
for w in workers:
    w.close()
