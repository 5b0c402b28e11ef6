"""Recursive calls: naive doubly recursive fib(n) and a mutually recursive pair.

Measures the cost of calling and returning from plain Python functions with
positional arguments, plus small-int comparison, addition and subtraction.
Almost every bytecode executed is a call, a return, a compare or an add.
"""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def main():
    total = 0
    for n in (30, 31, 32, 33, 32, 31, 30):
        total += fib(n)
    evens = 0
    for i in range(2000):
        if is_even(i % 400):
            evens += 1
    print("fib", total, "evens", evens)


if __name__ == "__main__":
    main()
