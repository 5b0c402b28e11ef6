# PEP 734 queues between interpreters.
import interpreters
import queue

q = interpreters.create_queue()
print(type(q).__name__, q == interpreters.Queue(q.id), q.maxsize, q.empty(), q.full(), q.qsize())
q.put(1)
q.put_nowait("two")
print(q.qsize(), q.empty())
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except interpreters.QueueEmpty as e:
    print("QueueEmpty", isinstance(e, queue.Empty), isinstance(e, interpreters.QueueError))
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("queue.Empty after timeout")

small = interpreters.create_queue(maxsize=1)
small.put("x")
print(small.full(), small.maxsize)
try:
    small.put_nowait("y")
except interpreters.QueueFull as e:
    print("QueueFull", isinstance(e, queue.Full))
try:
    small.put("y", timeout=0.05)
except queue.Full:
    print("queue.Full after timeout")
try:
    small.put([1])
except interpreters.NotShareableError as e:
    print(e)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError")

# A queue handed to another interpreter through prepare_main.
interp = interpreters.create()
results = interpreters.create_queue()
interp.prepare_main(tasks=q, results=results)
for n in range(5):
    q.put(n)
interp.exec("""
while not tasks.empty():
    n = tasks.get()
    results.put((n, n ** 3))
print('sub sees', type(tasks).__name__, tasks == results)
""")
print(sorted(results.get() for _ in range(5)))
print(q in interpreters.list_all_queues() if hasattr(interpreters, "list_all_queues") else True)
interp.close()
