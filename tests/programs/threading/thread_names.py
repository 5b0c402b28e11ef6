# Default thread names are numbered in creation order, as CPython 3.11 does:
# "Thread-N" and "Thread-N (target)"; explicit names do not use a number.
import threading


def alpha():
    pass


class Callable:
    def __call__(self):
        pass


names = [
    threading.Thread(target=alpha).name,
    threading.Thread().name,
    threading.Thread(target=alpha, name="explicit").name,
    threading.Thread(target=lambda: None).name,
    threading.Thread(target=Callable()).name,      # no __name__: just Thread-N
    threading.Thread(target=print).name,
    threading.Thread(target=[].append).name,
    threading.Timer(1, alpha).name,                # Timer: Thread-N, no target name
    threading.Thread(target=alpha, name=None).name,
]
print(names)


class Sub(threading.Thread):
    pass


print(Sub().name, Sub(target=alpha).name)

# Threads created inside threads share the numbering.
made = []


def maker():
    made.append(threading.Thread(target=alpha).name)


t = threading.Thread(target=maker)
t.start()
t.join()
print(t.name, made)
