# LifoQueue, PriorityQueue and SimpleQueue: the order items come out in.
import queue
import threading

fifo = queue.Queue()
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    fifo.put(x)
    lifo.put(x)
    prio.put(x)
print("fifo:", [fifo.get() for _ in range(fifo.qsize())])
print("lifo:", [lifo.get() for _ in range(lifo.qsize())])
print("prio:", [prio.get() for _ in range(prio.qsize())])

# Priority entries as (priority, data) tuples; equal priorities compare data.
p = queue.PriorityQueue()
for entry in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (0, "z"), (2, "a")]:
    p.put(entry)
print(p.queue)            # the heap layout
out = []
while not p.empty():
    out.append(p.get_nowait())
print(out)

# Larger heap: the layout after pushes and pops matches heapq's.
h = queue.PriorityQueue()
for x in [17, 3, 99, 42, 8, 23, 4, 15, 16, 1, 0, 77, 5]:
    h.put(x)
print(h.queue)
print(h.get(), h.get(), h.get())
print(h.queue)


class Job:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority


jobs = queue.PriorityQueue()
for pr, name in [(2, "write"), (0, "boot"), (1, "read"), (3, "exit")]:
    jobs.put(Job(pr, name))
print([jobs.get().name for _ in range(4)])

# A bounded LifoQueue.
lq = queue.LifoQueue(maxsize=2)
lq.put("a")
lq.put("b")
print(lq.full())
try:
    lq.put_nowait("c")
except queue.Full:
    print("LifoQueue full")
print(lq.get(), lq.get())

# SimpleQueue: unbounded FIFO, no task tracking.
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for i in range(5):
    sq.put(i)
sq.put_nowait("last")
print(sq.qsize(), sq.empty())
print([sq.get() for _ in range(5)], sq.get_nowait())
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue empty after timeout")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(hasattr(sq, "task_done"), hasattr(sq, "join"))

received = []


def reader():
    for _ in range(3):
        received.append(sq.get())


t = threading.Thread(target=reader)
t.start()
for w in ("x", "y", "z"):
    sq.put(w)
t.join()
print(received)

# The FIFO store of Queue is visible as .queue.
fq = queue.Queue()
for i in range(3):
    fq.put(i)
print(list(fq.queue), len(fq.queue))
