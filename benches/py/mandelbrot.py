"""Floating-point inner loops: escape-time Mandelbrot over a grid.

Measures float multiply/add/compare in a tight while loop with locals only,
int<->float mixing when computing coordinates, and building an ASCII
checksum from the iteration counts.
"""


def mandel(width, height, max_iter):
    inside = 0
    checksum = 0
    for py in range(height):
        ci = py * 2.0 / height - 1.0
        for px in range(width):
            cr = px * 3.0 / width - 2.0
            zr = 0.0
            zi = 0.0
            i = 0
            while i < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            if i == max_iter:
                inside += 1
            checksum = (checksum * 31 + i) % 1000000007
    return inside, checksum


def main():
    inside, checksum = mandel(640, 480, 200)
    print("mandelbrot", inside, checksum)


if __name__ == "__main__":
    main()
