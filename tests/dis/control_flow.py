def f(a, b=2, *args, c, **kw):
    """doc"""
    total = 0
    for i in range(a):
        if i % 2 == 0 and i > 1:
            total += i
        elif i == 3:
            continue
        else:
            break
    try:
        x = 1 / 0
    except ZeroDivisionError as e:
        print(e)
    finally:
        print("done")
    with open("f") as fh, g() as h:
        return [y * 2 for y in fh if y]
def gen():
    yield 1
    x = yield from other()
    return x
class C(Base):
    def m(self):
        return super().m()
print(f"{x!r:>{w}}", 1 < 2 < 3, -5, (1, 2, (3,)))
