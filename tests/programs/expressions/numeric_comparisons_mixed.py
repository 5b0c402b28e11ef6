# Comparisons across int, float and bool: exact semantics, NaN, infinities, big ints.
print("int/float equal:", 1 == 1.0, 0 == -0.0, True == 1.0, 10 ** 20 == 1e20, 2 ** 53 + 1 == 2.0 ** 53)
print("exact big compare:", 2 ** 53 + 1 > 2.0 ** 53, 10 ** 23 < 1e23, 10 ** 23 == 1e23, int(1e23))
print("inf compare:", 10 ** 1000 < float("inf"), -(10 ** 1000) > float("-inf"), float("inf") == float("inf"))
nan = float("nan")
print("nan:", nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, 1 in [nan], nan in [nan])
print("bool compare:", True > False, True == 1, False < 0.5, True + True == 2)
print("min/max mixed:", max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), max(True, 1))
print("sorted mixed:", sorted([3, 1.5, True, 0, -2.5, 2]))
print("sorted stable equal values:", sorted([1, 1.0, True]), sorted([1.0, True, 1]))
print("containment:", 1.0 in {1}, 1 in {1.0: "x"}, True in [1], 2.0 in range(5), 2.5 in range(5))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print("dict key unification:", d)
s = {0, 0.0, False, -0.0}
print("set unification:", s)
print("ordering chains:", 1 < 1.5 < 2 < 2.5 < 3, -1 < -0.5 < 0 == -0.0 < 0.5)
print("big int vs float precision:", 9007199254740993 > 9007199254740992.0, float(9007199254740993))
print("equality to strings never:", 1 == "1", 1.0 == "1.0", None == False)
print("tuple compare mixed numerics:", (1, 2.0) == (1.0, 2), (1, 2) < (1, 2.5), [1, nan] == [1, nan])
print("identical nan object in list:", (lambda n: [n] == [n])(nan))
