# Exact type and message of exceptions raised by common operations.
def undefined_local():
    print(later)
    later = 1
FIVE = 5
TEXT = "s"
def missing_arg(a, b):
    return a
cases = [
    ("int div zero", lambda: 1 // 0),
    ("int mod zero", lambda: 1 % 0),
    ("true div zero", lambda: 1 / 0),
    ("float div zero", lambda: 1.0 / 0),
    ("float floordiv zero", lambda: 1.0 // 0.0),
    ("divmod zero", lambda: divmod(1, 0)),
    ("list index", lambda: [1, 2][5]),
    ("tuple index", lambda: (1,)[-3]),
    ("str index", lambda: "abc"[10]),
    ("dict key", lambda: {"a": 1}["b"]),
    ("dict int key", lambda: {}[42]),
    ("int parse", lambda: int("12x")),
    ("int parse base", lambda: int("zz", 8)),
    ("float parse", lambda: float("abc")),
    ("add int str", lambda: 1 + "a"),
    ("add str int", lambda: "a" + 1),
    ("add list tuple", lambda: [1] + (2,)),
    ("mul str str", lambda: "a" * "b"),
    ("none attr", lambda: None.foo),
    ("int attr", lambda: (1).foo),
    ("name", lambda: undefined_name),
    ("unbound local", undefined_local),
    ("missing arg", lambda: missing_arg(1)),
    ("too many args", lambda: missing_arg(1, 2, 3)),
    ("bad kwarg", lambda: missing_arg(1, 2, c=3)),
    ("len int", lambda: len(5)),
    ("iter int", lambda: iter(5)),
    ("call int", lambda: FIVE()),
    ("unhashable", lambda: {[1]: 2}),
    ("hash dict", lambda: hash({})),
    ("set unhashable", lambda: {1, [2]}),
    ("next empty", lambda: next(iter([]))),
    ("pop empty list", lambda: [].pop()),
    ("pop index", lambda: [1].pop(5)),
    ("pop empty dict", lambda: {}.popitem()),
    ("dict pop", lambda: {}.pop("x")),
    ("set pop", lambda: set().pop()),
    ("set remove", lambda: {1}.remove(2)),
    ("list remove", lambda: [1].remove(2)),
    ("list index", lambda: [1, 2].index(3)),
    ("str index meth", lambda: "abc".index("z")),
    ("chr range", lambda: chr(-1)),
    ("ord long", lambda: ord("ab")),
    ("tuple assign", lambda: (1, 2).__setitem__(0, 5)),
    ("str assign", lambda: "abc".__setitem__(0, "x")),
    ("compare", lambda: [] < 1),
    ("unary neg str", lambda: -"x"),
    ("abs str", lambda: abs("x")),
    ("neg pow zero", lambda: 0 ** -1),
    ("range float", lambda: range(1.5)),
    ("int of list", lambda: int([1])),
    ("unpack int", lambda: [a for a, b in [1]]),
    ("sorted mixed", lambda: sorted([3, "a", 1])),
    ("join ints", lambda: ",".join([1, 2])),
    ("str not callable", lambda: TEXT()),
    ("overflow", lambda: 10.0 ** 400),
    ("int too big float", lambda: float(10 ** 400)),
    ("round inf", lambda: round(float("inf"))),
    ("int nan", lambda: int(float("nan"))),
    ("max empty", lambda: max([])),
    ("bytes range", lambda: bytes([256])),
    ("decode", lambda: b"\xff".decode("utf-8")),
    ("encode", lambda: "caf\u00e9".encode("ascii")),
]
for label, fn in cases:
    try:
        fn()
        print(f"{label}: no error")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
