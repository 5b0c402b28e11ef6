# and/or return one of their operands and short-circuit; truthiness of many values.
log = []
def t(x):
    log.append(x)
    return x
print("or picks first truthy:", 0 or "", 0 or "x", [] or {} or (), None or 0 or 5 or 6)
print("and picks first falsy:", 1 and 2 and 3, 1 and 0 and 3, "a" and "" and "b", [] and 1)
print("mixed:", 1 and 0 or 5, 0 or 1 and 2, (0 or 1) and 2, not 0 and 3)
log.clear(); r = t(0) and t(1); print("and short:", r, log)
log.clear(); r = t(1) or t(2); print("or short:", r, log)
log.clear(); r = t(0) or t("") or t(None); print("or all:", repr(r), log)
log.clear(); r = t(1) and t(2) and t(3); print("and all:", r, log)
values = [0, 1, -1, 0.0, 0.1, -0.0, "", " ", "0", [], [0], (), (0,), {}, {0: 0}, set(), {0}, None,
          range(0), range(1), b"", b"\x00", bytearray(), float("nan"), 10**100]
print("truthiness:", [bool(v) for v in values])
class Falsy:
    def __bool__(self):
        return False
class Sized:
    def __len__(self):
        return 0
class Plain:
    pass
print("user truthiness:", bool(Falsy()), bool(Sized()), bool(Plain()), Falsy() or "fallback")
print("not returns bool:", not [], not [1], type(not 5).__name__)
print("default idiom:", None or "default", "given" or "default", 0 or 0.0 or "last")
x = []
y = x or [1]
print("or returns same object:", y, x or x is x)
print("chains with comparisons:", 1 < 2 and 2 < 3, 1 > 2 or 3 > 2, (1 > 2) or "s")
def side(n):
    print("  side", n)
    return n
print("ternary laziness:", side(1) if side(0) else side(2))
