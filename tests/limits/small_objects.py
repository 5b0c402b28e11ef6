# Builds and drops 10 million small objects: memory stays bounded (the
# resident size after the last round is close to the one after the first).
import sys

numbers = [a for a in sys.argv[1:] if a != "-v"]
ROUNDS = int(numbers[0]) if numbers else 10
PER_ROUND = 1_000_000


def resident_kib(field="VmRSS:"):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field):
                return int(line.split()[1])
    return 0


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


after_first = None
for round_number in range(ROUNDS):
    for i in range(PER_ROUND):
        p = Point(i, (i, i + 1))
    if round_number == 0:
        after_first = resident_kib()
after_last = resident_kib()
print("objects built:", ROUNDS * PER_ROUND)
print("bounded:", after_last <= after_first * 1.25 + 2048)
if "-v" in sys.argv:
    print("resident after the first round:", after_first, "KiB; after the last:", after_last,
          "KiB; peak:", resident_kib("VmHWM:"), "KiB", file=sys.stderr)
