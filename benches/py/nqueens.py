"""Backtracking search: counting the solutions of the N-queens problem and
solving a small exact-cover-style puzzle, with recursion over lists and
sets.

Measures recursive calls with several arguments, list append/pop as an
undo stack, set add/remove/membership for occupied columns and diagonals,
and bit operations in a second, bitmask-based solver.
"""


def queens_sets(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []
    count = 0

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placed.append(c)
            place(row + 1)
            placed.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return count


def queens_bits(n, row, cols, d1, d2):
    if row == n:
        return 1
    total = 0
    full = (1 << n) - 1
    avail = full & ~(cols | d1 | d2)
    while avail:
        bit = avail & -avail
        avail ^= bit
        total += queens_bits(n, row + 1, cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
    return total


def permutations_count(items, k):
    # Count ordered selections of k distinct items whose sum is divisible by 7.
    used = [False] * len(items)
    found = 0

    def go(depth, s):
        nonlocal found
        if depth == k:
            if s % 7 == 0:
                found += 1
            return
        for i in range(len(items)):
            if not used[i]:
                used[i] = True
                go(depth + 1, s + items[i])
                used[i] = False

    go(0, 0)
    return found


def main():
    a = [queens_sets(n) for n in (8, 9, 10, 11, 11)]
    b = [queens_bits(n, 0, 0, 0, 0) for n in (10, 11, 12, 12)]
    c = permutations_count([3, 1, 4, 1, 5, 9, 2, 6, 5], 8)
    print("nqueens", a, b, c)


if __name__ == "__main__":
    main()
