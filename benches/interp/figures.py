"""The interpreter figures of DESIGN.md, measured under isopy.

    cargo run --release -p isopy -- benches/interp/figures.py [N]

N (default 2, the cores of the CI machines) is how many interpreters and
threads run side by side. Every figure is a ratio or a median taken in this
one run; machines are shared and noisy, so compare runs, not absolutes.
"""
import sys
import threading
import time

import interpreters

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2
WORK = """
total = 0
for i in range(3_000_000):
    total += i
"""


def cpu_work():
    total = 0
    for i in range(3_000_000):
        total += i


def timed(f):
    start = time.perf_counter()
    f()
    return time.perf_counter() - start


def median(samples):
    samples = sorted(samples)
    return samples[len(samples) // 2]


def rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def in_threads(targets):
    threads = [threading.Thread(target=t) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# Parallel speed-up: one interpreter alone, then N at once.
workers = [interpreters.create() for _ in range(N)]
one = min(timed(lambda: workers[0].exec(WORK)) for _ in range(3))
together = min(timed(lambda: in_threads([lambda w=w: w.exec(WORK) for w in workers])) for _ in range(3))
speedup = N * one / together
print(f"{N} interpreters on {N} threads, CPU-bound: speed-up {speedup:.2f}x (target {0.9 * N:.1f}x)")

# N threads of one interpreter share its GIL: throughput stays one thread's.
alone = min(timed(cpu_work) for _ in range(3))
shared = min(timed(lambda: in_threads([cpu_work] * N)) for _ in range(3))
print(f"{N} threads in one interpreter, CPU-bound: throughput {N * alone / shared:.2f}x one thread (target 0.9-1.0x)")
for w in workers:
    w.close()

# Create + close.
samples = []
for _ in range(2000):
    start = time.perf_counter()
    interpreters.create().close()
    samples.append(time.perf_counter() - start)
print(f"create + close: median {median(samples) * 1e6:.1f} us (target 20 us)")

# exec("pass") on an idle interpreter.
idle = interpreters.create()
samples = []
for _ in range(20000):
    start = time.perf_counter()
    idle.exec("pass")
    samples.append(time.perf_counter() - start)
print(f'exec("pass"): median {median(samples) * 1e6:.2f} us (target 2 us)')
idle.close()

# Memory of an idle interpreter.
before = rss_kib()
many = [interpreters.create() for _ in range(1000)]
after = rss_kib()
print(f"idle interpreter: {(after - before) / 1000:.1f} KiB each (target 64 KiB)")
for interp in many:
    interp.close()

# Channel throughput between two interpreters, small values and 1 MiB bytes.
r, s = interpreters.create_channel()
sender = interpreters.create()
sender.prepare_main(out=s)
COUNT = 200_000


def receive(count):
    for _ in range(count):
        r.recv()


t = threading.Thread(target=sender.exec, args=(f"for i in range({COUNT}): out.send(i)",))
elapsed = timed(lambda: (t.start(), receive(COUNT), t.join()))
small_rate = COUNT / elapsed
print(f"channel, small ints between two interpreters: {small_rate / 1e6:.2f} million messages/s (target 2)")
BIG = 2000
sender.exec("payload = b'x' * (1 << 20)")
t = threading.Thread(target=sender.exec, args=(f"for i in range({BIG}): out.send(payload)",))
elapsed = timed(lambda: (t.start(), receive(BIG), t.join()))
big_rate = BIG / elapsed
print(f"channel, 1 MiB bytes: {big_rate / 1e6:.2f} million messages/s ({big_rate / small_rate:.2f}x the small-value rate)")
sender.close()
