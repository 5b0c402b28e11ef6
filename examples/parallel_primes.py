"""Count primes below a bound with several interpreters in parallel.

    cargo run --release -p isopy -- examples/parallel_primes.py [BOUND] [WORKERS]

Each worker is an isopy interpreter with its own heap and GIL, driven from
its own thread, so the workers run on separate cores at once. Work goes out
and results come back through channels. The same count is then made in one
interpreter, to show the speed-up.
"""
import sys
import threading
import time

import interpreters

BOUND = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
WORKERS = int(sys.argv[2]) if len(sys.argv) > 2 else 2
CHUNK = 50_000

WORKER_CODE = """
def count_primes(lo, hi):
    count = 0
    for n in range(max(lo, 2), hi):
        if n % 2 == 0:
            count += n == 2
            continue
        d = 3
        while d * d <= n:
            if n % d == 0:
                break
            d += 2
        else:
            count += 1
    return count

while True:
    job = jobs.recv()
    if job is None:
        break
    results.send((job, count_primes(job, min(job + chunk, bound))))
"""


def parallel(bound, workers):
    jobs_r, jobs_s = interpreters.create_channel()
    results_r, results_s = interpreters.create_channel()
    rooms = [interpreters.create() for _ in range(workers)]
    for room in rooms:
        room.prepare_main(jobs=jobs_r, results=results_s, chunk=CHUNK, bound=bound)
    threads = [threading.Thread(target=room.exec, args=(WORKER_CODE,)) for room in rooms]
    for t in threads:
        t.start()
    starts = list(range(0, bound, CHUNK))
    for lo in starts:
        jobs_s.send(lo)
    for _ in rooms:
        jobs_s.send(None)
    total = sum(results_r.recv()[1] for _ in starts)
    for t in threads:
        t.join()
    for room in rooms:
        room.close()
    return total


def sequential(bound):
    room = interpreters.create()
    jobs_r, jobs_s = interpreters.create_channel()
    results_r, results_s = interpreters.create_channel()
    room.prepare_main(jobs=jobs_r, results=results_s, chunk=bound, bound=bound)
    jobs_s.send(0)
    jobs_s.send(None)
    room.exec(WORKER_CODE)
    room.close()
    return results_r.recv()[1]


start = time.perf_counter()
total = parallel(BOUND, WORKERS)
parallel_time = time.perf_counter() - start
print(f"{total} primes below {BOUND:,} with {WORKERS} interpreters in parallel: {parallel_time:.2f} s")
start = time.perf_counter()
check = sequential(BOUND)
sequential_time = time.perf_counter() - start
print(f"{check} primes below {BOUND:,} in one interpreter: {sequential_time:.2f} s")
print(f"speed-up: {sequential_time / parallel_time:.2f}x")
