"""Floats and calls together: the spectral-norm benchmark of the Computer
Language Benchmarks Game (power method on an infinite matrix).

Measures small float-returning function calls in nested loops, int to
float division, list indexing and list comprehensions over floats, and
math.sqrt.
"""

import math


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum([eval_a(i, j) * v[j] for j in range(n)]) for i in range(n)]


def mul_atv(v, n):
    return [sum([eval_a(j, i) * v[j] for j in range(n)]) for i in range(n)]


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main():
    n = 500
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print(f"spectral_norm {math.sqrt(vbv / vv):.9f}")


if __name__ == "__main__":
    main()
