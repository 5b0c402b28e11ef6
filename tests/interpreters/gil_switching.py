# Threads of one interpreter share its GIL: a CPU-bound thread hands it
# over every switch interval, so another CPU-bound thread makes progress
# without any blocking call.
import sys
import threading
import time

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
progress = [0]
stop = False


def spin():
    while not stop:
        progress[0] += 1


t = threading.Thread(target=spin)
t.start()
seen_before = progress[0]
deadline = time.perf_counter() + 0.3
while time.perf_counter() < deadline:
    pass
print("worker progressed while main computed:", progress[0] > seen_before)
stop = True
t.join()
print("joined:", not t.is_alive())
