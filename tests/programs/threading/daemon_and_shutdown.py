# A daemon thread blocked forever does not keep the process alive; a
# non-daemon thread still running when the main program ends is waited for.
import threading
import time

never = threading.Event()
main_done = threading.Event()


def forever():
    never.wait()
    print("never printed")


def late():
    main_done.wait()
    time.sleep(0.05)
    print("non-daemon thread finishes after the main program")


d = threading.Thread(target=forever, daemon=True)
print("daemon:", d.daemon, d.isDaemon())
d.start()
print(repr(d).startswith("<Thread(Thread-1 (forever), started daemon "))

n = threading.Thread(target=late)
print("daemon:", n.daemon)
n.start()

x = threading.Thread(target=print)
x.setDaemon(True)
print("setDaemon:", x.daemon)
x.daemon = False
print("daemon attribute:", x.daemon)


# Threads inherit the daemon flag of the thread that creates them.
flags = []


def make_child():
    flags.append(threading.Thread(target=print).daemon)


parent = threading.Thread(target=make_child, daemon=True)
parent.start()
parent.join()
parent = threading.Thread(target=make_child)
parent.start()
parent.join()
print("inherited:", flags)
print("main thread daemon:", threading.main_thread().daemon)

print("main program done")
main_done.set()
