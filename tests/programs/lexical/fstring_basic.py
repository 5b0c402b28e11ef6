# f-strings: nested expressions, quotes, conversions and the = debug form.
name = "Ada"
items = {"k": [1, 2, 3], "n": "é"}
x = 42
pi = 3.14159
print(f"hello {name}!")
print(f'{items["k"]} and {items["k"][1]}')
print(f"{items['n']!r} {items['n']!s} {items['n']!a}")
print(f"{name!r:>8}|{name!s:<6}|{name!a:^9}|")
print(f"{'nested' + ' quotes'}", f'{"double inside single"}')
print(f"""{'a'} {"b"} {'''c'''}""")
print(f"{x + 1} {x * 2} {x // 5} {x % 5} {-x}")
print(f"{[i * i for i in range(4)]}")
print(f"{ {'a': 1}['a'] } {(lambda v: v * 3)(2)}")
print(f"{x if x > 40 else 0} {'yes' if name else 'no'}")
print(f"{{literal braces}} {{{x}}}")
print(f"{name.upper()} {name.lower()[::-1]} {len(name)}")
print(f"{x=}")
print(f"{x = }")
print(f"{x=!r} {name=} {name=!s}")
print(f"{pi=:.2f} {x*2=}")
print(f"{pi = :>10.3f}|")
print(f"{f'{x}' * 2}")
print(f"{f'inner {name!r}'!r}")
print(f"{3.0!r} {None} {True!s} {b'raw'}")
print(f"text {x} " f"more {name} " "plain {not formatted}")
print(f"{chr(233)}{chr(0x263a)!a}")
nl = "\n"
print(f"{nl.join(['a', 'b'])}")
print(f"{x:{'>'}{10}}|")
class P:
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
    def __format__(self, spec): return f"P<{spec}>"
p = P()
print(f"{p} {p!r} {p!s} {p:xyz} {p!r:>6}")
tab = "\t"
print(f"{'café'!a} {tab!r} {tab!a}")
