"""Sets: membership, insertion, removal, set algebra and comprehensions.

Measures set add/discard/remove, `in` on sets of ints, strings and
tuples, union/intersection/difference/symmetric difference (operators and
methods), subset tests, set comprehensions, frozensets as dict keys and
set-based graph search (breadth-first reachability on a grid).
"""


def sieve_set(n):
    composites = set()
    primes = []
    for i in range(2, n):
        if i not in composites:
            primes.append(i)
            for j in range(i * i, n, i):
                composites.add(j)
    return primes


def bfs_grid(size, walls):
    start = (0, 0)
    seen = {start}
    frontier = [start]
    steps = 0
    while frontier:
        nxt = []
        for (x, y) in frontier:
            for (dx, dy) in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                p = (x + dx, y + dy)
                if 0 <= p[0] < size and 0 <= p[1] < size and p not in walls and p not in seen:
                    seen.add(p)
                    nxt.append(p)
        frontier = nxt
        steps += 1
    return len(seen), steps


def main():
    acc = 0
    for rep in range(40):
        primes = sieve_set(60000)
        acc += len(primes)
        ps = set(primes)
        odds = {x for x in range(1, 60000, 2)}
        threes = set(range(0, 60000, 3))
        acc += len(ps & odds) + len(ps | threes) + len(odds - threes) + len(odds ^ threes)
        acc += len(odds.intersection(threes)) + len(odds.union(ps)) + len(threes.difference(odds))
        acc += 1 if {3, 5, 7} <= ps else 0
        acc += 1 if ps.isdisjoint({4, 6, 8}) else 0
        words = set()
        for i in range(20000):
            words.add("w" + str(i % 5000))
        for i in range(0, 5000, 2):
            words.discard("w" + str(i))
        acc += len(words) + sum(1 for i in range(10000) if ("w" + str(i)) in words)
        walls = {(x, y) for x in range(3, 120, 6) for y in range(0, 115)}
        walls |= {(x, y) for x in range(6, 120, 6) for y in range(5, 120)}
        n, steps = bfs_grid(120, walls)
        acc += n + steps
        groups = {}
        for i in range(3000):
            key = frozenset((i % 7, i % 11, i % 13))
            groups[key] = groups.get(key, 0) + 1
        acc += len(groups)
        s = set(range(1000))
        while s:
            s.remove(max(s)) if len(s) % 2 else s.pop()
        acc %= 1000000007
    print("sets", acc)


if __name__ == "__main__":
    main()
