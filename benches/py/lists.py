"""Lists: append/pop, indexing, slicing, sorting with keys, comprehensions.

Measures list append and pop, item get/set by index (positive and negative),
slices with steps and slice assignment, extend, insert, index, `in`,
reverse, sort and sorted with key= and reverse=, min/max/sum, and list
comprehensions with conditions.
"""


def lcg_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x % 100000)
    return out


def bubble_pass(xs):
    swaps = 0
    n = len(xs)
    for i in range(n - 1):
        if xs[i] > xs[i + 1]:
            xs[i], xs[i + 1] = xs[i + 1], xs[i]
            swaps += 1
    return swaps


def stack_work(n):
    stack = []
    total = 0
    for i in range(n):
        stack.append(i)
        if i % 3 == 0:
            total += stack.pop()
        if len(stack) > 100:
            total += stack[-1] - stack[0]
            del stack[:50]
    return total + len(stack)


def main():
    acc = 0
    for rep in range(30):
        data = lcg_list(40000, 7 + rep)
        squares = [x * x for x in data if x % 3]
        evens = [x for x in data if x % 2 == 0]
        acc += len(squares) + len(evens)
        s1 = sorted(data)
        s2 = sorted(data, key=lambda v: (v % 1000, v), reverse=True)
        pairs = [(x % 17, i) for i, x in enumerate(data[:10000])]
        pairs.sort()
        words = [str(x) for x in data[:10000]]
        words.sort(key=len)
        acc += s1[0] + s1[-1] + s2[0] + s2[100] + pairs[5000][1] + len(words[-1])
        window = data[1000:9000:3]
        acc += sum(window) % 1000003 + min(window) + max(window)
        copy = data[:]
        copy[10:20] = [0] * 5
        copy.reverse()
        copy.extend(evens[:100])
        copy.insert(0, -1)
        acc += len(copy) + copy.index(0) + (1 if 12345 in copy else 0)
        small = data[:3000]
        acc += bubble_pass(small) + bubble_pass(small)
        acc += stack_work(60000)
        grid = [[(i * j) % 10 for j in range(60)] for i in range(60)]
        acc += sum([row[i % 60] for i, row in enumerate(grid)])
        flat = [v for row in grid for v in row if v > 4]
        acc += len(flat)
        acc %= 1000000007
    print("lists", acc)


if __name__ == "__main__":
    main()
