# Allocates about 100 MB and drops it, round after round: first a bytearray
# of 100 MB (100 rounds), then a list of a million small tuples (a fifth as
# many rounds). Memory comes back as soon as the object is dead, so neither
# the resident size after a round nor the peak grows from the first round
# to the last: each stays within a quarter of one round's allocation; and
# after the last round the resident size is back within that much of where
# it was before the first.
import sys

numbers = [a for a in sys.argv[1:] if a != "-v"]
ROUNDS = int(numbers[0]) if numbers else 100
SIZE = 100_000_000
SLACK_KIB = 25_000
# Stop early, and say it is not bounded, rather than take the machine's
# memory when it does not come back.
GIVE_UP_KIB = 1_000_000


def resident_kib(field="VmRSS:"):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field):
                return int(line.split()[1])
    return 0


def reset_peak():
    # Writing 5 to clear_refs resets VmHWM to the current resident size, so
    # each phase's peak is its own.
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def measure(name, rounds, build):
    reset_peak()
    before = resident_kib()
    after_first = peak_first = None
    done = 0
    for round_number in range(rounds):
        data = build()
        data = None
        done += 1
        if round_number == 0:
            after_first = resident_kib()
            peak_first = resident_kib("VmHWM:")
        if resident_kib() > GIVE_UP_KIB:
            break
    after_last = resident_kib()
    peak_last = resident_kib("VmHWM:")
    print(name, "rounds:", rounds)
    print("bounded:", done == rounds and after_last <= after_first + SLACK_KIB)
    print("peak bounded:", done == rounds and peak_last <= peak_first + SLACK_KIB)
    print("memory returned:", after_last <= before + SLACK_KIB)
    if "-v" in sys.argv:
        print(name, "rounds done:", done, "; resident before:", before, "KiB; after the first round:", after_first,
              "KiB; after the last:", after_last, "KiB; peak after the first:", peak_first,
              "KiB; after the last:", peak_last, "KiB", file=sys.stderr)


measure("bytearray", ROUNDS, lambda: bytearray(b"x") * SIZE)
measure("list", max(1, ROUNDS // 5), lambda: [(i,) for i in range(SIZE // 100)])
