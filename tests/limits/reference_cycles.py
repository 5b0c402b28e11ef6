# Builds reference cycles in a loop (pairs of objects pointing at each
# other, and self-referencing lists and dicts): the collector reclaims
# them, so memory stays bounded.
import sys

numbers = [a for a in sys.argv[1:] if a != "-v"]
ROUNDS = int(numbers[0]) if numbers else 10
PER_ROUND = 200_000


def resident_kib(field="VmRSS:"):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field):
                return int(line.split()[1])
    return 0


class Node:
    def __init__(self):
        self.other = None


after_first = None
for round_number in range(ROUNDS):
    for i in range(PER_ROUND):
        a = Node()
        b = Node()
        a.other = b
        b.other = a
        l = [i]
        l.append(l)
        d = {}
        d["self"] = d
    if round_number == 0:
        after_first = resident_kib()
after_last = resident_kib()
print("cycles built:", ROUNDS * PER_ROUND * 3)
print("bounded:", after_last <= after_first * 1.25 + 2048)
if "-v" in sys.argv:
    print("resident after the first round:", after_first, "KiB; after the last:", after_last,
          "KiB; peak:", resident_kib("VmHWM:"), "KiB", file=sys.stderr)
