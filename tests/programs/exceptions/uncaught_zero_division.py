# Ends with ZeroDivisionError from integer modulo: "ZeroDivisionError: integer modulo by zero".
def bucket(n, size):
    return n % size
for size in (3, 2, 1, 0):
    print("size", size, "->", bucket(10, size))
