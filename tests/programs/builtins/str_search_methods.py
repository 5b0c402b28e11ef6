# find/rfind/index/rindex/count/startswith/endswith use the str's cached
# length; ASCII and non-ASCII texts, with and without start and end.
texts = ["hello world, hello", "héllo wörld, héllo", "𝄞a𝄞b𝄞", "", "aaaa"]
needles = ["", "l", "hello", "héllo", "ö", "𝄞", "b𝄞", "aa", "zz"]
for t in texts:
    for n in needles:
        print(repr(t), repr(n), t.find(n), t.rfind(n), t.count(n), t.startswith(n), t.endswith(n))
        for a, b in [(1, None), (None, 5), (2, -2), (-5, None), (-100, 100), (5, 2), (3, 3)]:
            print("  ", a, b, t.find(n, a, b), t.rfind(n, a, b), t.count(n, a, b),
                  t.startswith(n, a, b), t.endswith(n, a, b))
print("abc".startswith(("x", "a")), "abc".endswith(("x", "y")), "abc".endswith(("c",), 1))
for bad in [lambda: "abc".index("z"), lambda: "abc".rindex("z", 1), lambda: "abc".find(1),
            lambda: "abc".startswith(1), lambda: "abc".find("a", "x")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class S(str):
    pass


print(S("héllo").find("l"), S("abc").count("b"), S("abc").startswith("a"))
