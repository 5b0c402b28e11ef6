# time: only type and ordering checks are printed, never the times themselves.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
n0 = time.time_ns()
pn0 = time.perf_counter_ns()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__, type(n0).__name__, type(pn0).__name__)
print(t0 > 1_600_000_000, n0 > 1_600_000_000 * 10 ** 9, abs(n0 / 1e9 - t0) < 5)
time.sleep(0.02)
time.sleep(0)
p1 = time.perf_counter()
m1 = time.monotonic()
pn1 = time.perf_counter_ns()
print(p1 - p0 >= 0.015, m1 >= m0, pn1 > pn0, time.time() >= t0)
total = 0
start = time.perf_counter()
for i in range(10000):
    total += i
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 60)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
def timed(fn):
    def wrapper(*a):
        s = time.monotonic()
        result = fn(*a)
        wrapper.last = time.monotonic() - s
        return result
    return wrapper
@timed
def work(n):
    return sum(i * i for i in range(n))
print(work(1000), work.last >= 0)
