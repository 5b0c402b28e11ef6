# str methods at their edges: separators, maxsplit, empty strings, unicode case mapping, errors.
print("split:", "a  b".split(" "), "a  b".split(), " a b ".split(None, 1), "a,b,c".split(",", 0), "abc".split("abc"), "".split(" "))
print("rsplit:", "a b c d".rsplit(None, 1), "a,b,c".rsplit(",", 1), " x y ".rsplit(maxsplit=1), "aXbXc".rsplit("X", -1))
print("split unicode spaces:", "a\u3000b\u00a0c\x1fd".split(), "a\x0bb\x0cc".split())
print("splitlines:", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines(), "x\r\n\ny".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("strip chars are a set:", "xyhixy".strip("yx"), "  \t\n x \r\n".strip(), "aaa".strip("a"), repr("".strip()), "abc".strip(""))
print("lstrip/rstrip:", "..a..".lstrip("."), "..a..".rstrip("."), "\u3000x\u3000".strip())
print("join:", ",".join([]), ",".join(["x"]), "".join(("a", "b")), "-".join({"k": 1}), "|".join(map(str, range(3))))
print("replace:", "aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2), "abc".replace("x", "y"), "aaa".replace("a", "", 2), "abc".replace("b", "B", 0), "abc".replace("b", "B", -1))
print("find/index:", "hello".find("l"), "hello".find("l", 3), "hello".find("l", -2), "hello".find(""), "hello".find("", 10), "hello".rfind("l"), "hello".rfind(""), "abc".find("c", 0, 2))
print("count:", "aaaa".count("a"), "aaaa".count("aa"), "".count(""), "abc".count(""), "abcabc".count("bc", 2), "abc".count("a", 5))
print("startswith/endswith:", "hello".startswith(("x", "he")), "hello".endswith("lo", 0, 5), "hello".startswith("", 5), "hello".startswith("", 6), "hello".endswith(("a", "b")))
print("case:", "ß".upper(), "ǆ".title(), "ǅ".lower(), "İ".lower() == "i\u0307", "ΣΑΣ".lower(), "ﬁ".upper(), "straße".casefold(), "Σ".casefold())
print("title quirks:", "hello world".title(), "it's o'neil".title(), "3rd place".title(), "ABC def".title(), "x_y-z".title())
print("capitalize/swapcase:", "hELLO".capitalize(), "ßa".capitalize(), "Hello World".swapcase(), "ǅ".swapcase())
print("padding:", "ab".center(7, "*"), "ab".center(6, "*"), "abc".center(6), "x".ljust(0), "x".rjust(3, "é"), "-5".zfill(4), "+5".zfill(4), "abc".zfill(5), "".zfill(2))
print("expandtabs:", repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(0)), repr("\t".expandtabs(3)), repr("ab\n\tc".expandtabs(4)))
print("partition:", "a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("prefix/suffix:", "prefixed".removeprefix("pre"), "prefixed".removeprefix("x"), "file.tar.gz".removesuffix(".gz"), "".removesuffix(""))
print("multiply/in:", "ab" * 0, "ab" * -1, "" in "", "a" in "", "bc" in "abc")
print("comparisons:", "a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "é" > "z", sorted(["b", "B", "a", "A", "é"]))
print("maketrans forms:", "abc".translate(str.maketrans({"a": "1", "b": None})), "abc".translate(str.maketrans("ab", "xy")), "abc".translate({97: 65}))
print("zfill with unicode digits:", "٣".zfill(3), "isdigit but not decimal:", "²".isdigit(), "²".isdecimal())
errors = [
    lambda: "a".split(""), lambda: "abc".index("z"), lambda: "abc".rindex("z"), lambda: ",".join([1, 2]),
    lambda: "a".center(5, "ab"), lambda: "a".replace(1, 2), lambda: "a".startswith(["a"]), lambda: "a".strip(5),
    lambda: str.maketrans("ab", "c"), lambda: "a".partition(""), lambda: "a" * 1.5, lambda: "a".count(None),
    lambda: "abc".zfill("3"), lambda: "a".join("b", "c"), lambda: "x".encode("no-such-codec"),
]
for bad in errors:
    try:
        bad()
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
