# current_thread, main_thread, enumerate, active_count, get_ident.
import threading

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon, main.is_alive())
print(threading.get_ident() == main.ident, isinstance(threading.get_native_id(), int))
print(threading.active_count(), [t.name for t in threading.enumerate()])

release = threading.Event()
ready = threading.Semaphore(0)
info = {}
lock = threading.Lock()


def body(tag):
    me = threading.current_thread()
    with lock:
        info[tag] = (me.name, me is not threading.main_thread(),
                     me.ident == threading.get_ident(), me.is_alive(),
                     threading.main_thread().name)
    ready.release()
    release.wait()


threads = [threading.Thread(target=body, args=(i,), name="worker-%d" % i) for i in range(3)]
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()
print(sorted(info.items()))
print("while running:", threading.active_count(), sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in threads))
release.set()
for t in threads:
    t.join()
print("after:", threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.currentThread() is main, threading.activeCount())

# A subclass instance is what current_thread() returns inside it.
class Custom(threading.Thread):
    def run(self):
        self.me = threading.current_thread()


c = Custom()
c.start()
c.join()
print(c.me is c, type(c.me).__name__)

# get_ident differs between threads.
idents = []
t = threading.Thread(target=lambda: idents.append(threading.get_ident()))
t.start()
t.join()
print(idents[0] != threading.get_ident(), idents[0] == t.ident)
