# Ends with a TypeError raised several calls deep inside a builtin (sum of mixed types).
def total(values):
    return sum(values)
def report(rows):
    return [total(row) for row in rows]
print(report([[1, 2], [3, 4]]))
print(report([[1, 2], [3, "4"]]))
