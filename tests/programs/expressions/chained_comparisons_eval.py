# Comparison chains evaluate each operand at most once and short-circuit.
log = []
def v(x):
    log.append(x)
    return x
print("chain true:", v(1) < v(2) < v(3), log)
log.clear()
print("chain short-circuit:", v(3) < v(2) < v(1), log)
log.clear()
print("middle evaluated once:", v(1) < v(5) > v(2), log)
log.clear()
print("mixed ops:", 1 < 2 <= 2 == 2.0 != 3 > -1 >= -1)
one, nothing, no = 1, None, False
print("in/is chain:", 1 in [1] in [[1]], nothing is None is nothing, one is not nothing is not no)
print("not in chain:", 3 not in [1, 2] not in [[3]])
print("equality chain:", 1 == 1.0 == True, 0 == False == 0.0, "a" == "a" != "b")
x = 5
print("range check:", 0 <= x < 10, 0 < x < 5, x > 4 > 3 > 2 > 1, not 0 < x)
print("chain value is a bool or operand?", (1 < 2 < 3), (1 < 3 > 2))
print("long chain:", 1 < 2 < 3 < 4 < 5 < 6 < 7 < 8 < 9 < 10, 1 < 2 < 3 < 4 < 3)
print("lists:", [1, 2] < [1, 3] < [2], [1] < [1, 0], [] < [0])
print("tuples:", (1, "a") < (1, "b"), (1, 2) == (1, 2) < (1, 3), () < (0,))
print("strings:", "a" < "b" < "ba" < "c", "Z" < "a", "" < "a")
print("nan chain:", float("nan") < 1 < 2, 1 < 2 < float("nan"))
log.clear()
try:
    v(1) < v("a") < v(3)
except TypeError as e:
    print("TypeError:", e, log)
for expr in ["1 < 'a'", "'a' >= 1", "[1] < (1,)", "None < None", "{} < {}", "1 <= [1]", "(1, 2) < (1, 'x')"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "-> TypeError:", e)
print("eq across types never raises:", 1 == "1", [1] == (1,), None == 0, {} == [])
