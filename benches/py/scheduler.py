"""Object simulation in the style of the Richards benchmark: a scheduler runs
a set of tasks of different classes that exchange packets through queues.

Measures polymorphic method dispatch (each task class overrides run()),
attribute reads and writes on many small objects, linked lists built from
objects, isinstance checks and class-level constants.
"""


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return lst


class Task:
    HELD = 1
    WAITING = 2

    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = 0
        self.runs = 0
        self.link = sched.tasks
        sched.tasks = self

    def is_ready(self):
        return self.queue is not None and self.state == 0

    def take(self):
        p = self.queue
        self.queue = p.link
        return p

    def receive(self, packet):
        self.queue = packet.append_to(self.queue)

    def run(self):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        super().__init__(sched, ident, priority, None)
        self.control = 1
        self.count = count

    def is_ready(self):
        return self.count > 0

    def run(self):
        self.runs += 1
        self.count -= 1
        if self.control & 1:
            self.control = (self.control >> 1) ^ 0xD008
            return self.sched.release(5)
        self.control >>= 1
        return self.sched.release(6)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.dest = 5
        self.count = 0

    def run(self):
        self.runs += 1
        p = self.take()
        self.dest = 11 - self.dest
        p.ident = self.dest
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            p.data[i] = 64 + self.count
        return self.sched.send(p, self.dest)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.processed = 0
        self.checksum = 0

    def run(self):
        self.runs += 1
        p = self.take()
        for v in p.data:
            self.checksum = (self.checksum * 7 + v + p.datum) % 65521
        p.datum += 1
        self.processed += 1
        if p.kind == 0 and self.processed % 3 == 0:
            return self.sched.send(p, 4)
        return self.sched.send(p, 3 if self.ident == 6 else 4)


class DeviceTask(Task):
    LIMIT = 24000

    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.held = 0
        self.dropped = 0

    def run(self):
        self.runs += 1
        p = self.take()
        self.held += p.datum
        if p.datum >= self.LIMIT:
            self.dropped += 1
            return None
        if p.datum % 2:
            return self.sched.send(p, 2)
        return self.sched.send(p, 5 if p.ident % 2 else 6)


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = {}
        self.switches = 0
        self.sent = 0

    def register(self, task):
        self.table[task.ident] = task

    def release(self, ident):
        t = self.table.get(ident)
        if t is not None and isinstance(t, Task):
            t.state = 0
        return t

    def send(self, packet, ident):
        t = self.table[ident]
        self.sent += 1
        t.receive(packet)
        return t

    def schedule(self):
        while True:
            t = self.tasks
            chosen = None
            while t is not None:
                if t.is_ready() and (chosen is None or t.priority > chosen.priority):
                    chosen = t
                t = t.link
            if chosen is None:
                return
            self.switches += 1
            chosen.run()


def main():
    total = 0
    for rep in range(3):
        s = Scheduler()
        s.register(IdleTask(s, 1, 0, 1000))
        q = None
        for i in range(6):
            q = Packet(None, 2, i % 2).append_to(q)
        s.register(WorkerTask(s, 2, 1000, q))
        s.register(DeviceTask(s, 3, 4000, None))
        s.register(DeviceTask(s, 4, 5000, None))
        s.register(HandlerTask(s, 5, 2000, None))
        s.register(HandlerTask(s, 6, 3000, None))
        s.schedule()
        t = s.tasks
        runs = []
        while t is not None:
            runs.append(t.runs)
            t = t.link
        total += s.switches + s.sent + s.table[3].held + s.table[4].held
    print("scheduler", total, s.switches, s.sent, runs,
          s.table[5].checksum, s.table[6].checksum, s.table[3].dropped + s.table[4].dropped)


if __name__ == "__main__":
    main()
