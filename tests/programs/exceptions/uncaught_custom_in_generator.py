# Ends with a custom exception escaping from a generator consumed by a for loop.
class DataError(Exception):
    def __init__(self, row, reason):
        super().__init__(f"row {row}: {reason}")
        self.row = row
def rows(lines):
    for number, line in enumerate(lines, 1):
        fields = line.split(",")
        if len(fields) != 3:
            raise DataError(number, f"expected 3 fields, got {len(fields)}")
        yield [f.strip() for f in fields]
def safe_rows(lines):
    try:
        yield from rows(lines)
    except DataError as e:
        print("safe_rows stopped at row", e.row)
print(list(safe_rows(["1, 2, 3", "bad"])))
data = ["a, b, c", "d, e, f", "g, h", "i, j, k"]
total = 0
for r in rows(data):
    total += len(r)
    print("row", r, "running total", total)
print("unreachable")
