# queue.Queue between producer and consumer threads: bounded put, get,
# task_done and join.
import queue
import threading

q = queue.Queue(maxsize=3)
results = []
lock = threading.Lock()
STOP = None


def producer(base):
    for i in range(10):
        q.put(base + i)


def consumer():
    while True:
        item = q.get()
        try:
            if item is STOP:
                return
            with lock:
                results.append(item * 2)
        finally:
            q.task_done()


consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
print("all tasks done:", len(results), q.unfinished_tasks, q.qsize())
for _ in consumers:
    q.put(STOP)
for t in consumers:
    t.join()
print(sorted(results))
print("empty:", q.empty())

try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# join() returns at once when nothing is unfinished.
q2 = queue.Queue()
q2.join()
q2.put("a")
q2.get()
q2.task_done()
q2.join()
print("joined an idle queue")

# A pipeline of three stages.
stage1, stage2 = queue.Queue(), queue.Queue()
final = []


def square():
    while True:
        x = stage1.get()
        if x is STOP:
            stage2.put(STOP)
            return
        stage2.put(x * x)


def collect():
    while True:
        x = stage2.get()
        if x is STOP:
            return
        final.append(x)


a = threading.Thread(target=square)
b = threading.Thread(target=collect)
a.start()
b.start()
for i in range(10):
    stage1.put(i)
stage1.put(STOP)
a.join()
b.join()
print(final)

# A bounded queue makes the producer wait for the consumer.
small = queue.Queue(1)
seen = []


def slow_reader():
    for _ in range(5):
        seen.append(small.get())


r = threading.Thread(target=slow_reader)
r.start()
for i in range(5):
    small.put(i)
r.join()
print(seen, small.full(), small.empty())
