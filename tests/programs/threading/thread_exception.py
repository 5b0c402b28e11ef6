# An exception escaping a thread is printed to stderr as
# "Exception in thread NAME:" and its traceback; the thread ends, the
# program goes on. The exit status comes from the main program.
import sys
import threading


def boom(x):
    raise ValueError("bad value %d" % x)


t = threading.Thread(target=boom, args=(7,))
t.start()
t.join()
print("main goes on; thread alive:", t.is_alive())

# Other threads are unaffected.
out = []
t2 = threading.Thread(target=lambda: out.append("fine"))
t2.start()
t2.join()
print(out)

# SystemExit in a thread just ends that thread, silently.
def leave():
    sys.exit(5)
    out.append("not reached")


t3 = threading.Thread(target=leave)
t3.start()
t3.join()
print("after SystemExit in a thread:", out)


# The last error on stderr: a ZeroDivisionError in a named thread.
def divide():
    return 1 // 0


t4 = threading.Thread(target=divide, name="divider")
t4.start()
t4.join()
print("still running")
sys.exit(3)
