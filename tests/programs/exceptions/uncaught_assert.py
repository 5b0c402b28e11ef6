# Ends with a failing assert inside nested function calls: exit status 1, AssertionError on stderr.
def mean(values):
    assert values, "mean() of an empty list"
    return sum(values) / len(values)
def variance(values):
    m = mean(values)
    return sum((v - m) ** 2 for v in values) / len(values)
def report(groups):
    for name, values in groups.items():
        print(f"{name}: mean={mean(values):.2f} var={variance(values):.3f}")
report({"a": [1, 2, 3], "b": [10.5, 20.25]})
try:
    mean([])
except AssertionError as e:
    print("caught once:", e)
def checked_ratio(a, b):
    assert b != 0, f"ratio {a}/{b} undefined"
    return a / b
print(checked_ratio(1, 4))
try:
    checked_ratio(1, 0)
except AssertionError as e:
    print("caught:", e)
report({"c": [4], "empty": []})
print("never printed")
