# f-strings: nested replacement fields inside format specs, conversions with specs.
width, prec, fill = 10, 3, "*"
x = 3.14159265
print(f"[{x:{width}.{prec}f}]")
print(f"[{x:{fill}^{width}.{prec}}]")
print(f"[{x:>{width + 2}.{prec - 1}e}]")
print(f"[{'text':{fill}<{width}}]", f"[{'text':{'>'}{width}}]")
align = "^"
for a in "<>^":
    print(f"align {a}: [{42:{a}{8}}]", f"[{'ab':{a}6}]")
print(f"[{12345.678:,.2f}]", f"[{12345678:_}]", f"[{0xdeadbeef:_x}]", f"[{255:#010b}]")
print(f"[{-42:=+8}]", f"[{42: }]", f"[{-42: }]", f"[{3:+}]", f"[{-0.0:z.1f}]", f"[{-0.0:.1f}]")
print(f"[{'hi'!r:>8}]", f"[{'hi'!s:>8}]", f"[{'é'!a:>8}]", f"[{'é'!a}]")
tab = "tab\t"
print(f"{3.0!r}", f"{[1, 'a']!s}", f"{tab!r}", f"{chr(9)!r}")
try:
    compile('f"{\'a\\tb\'}"', "<fs>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
items = {"a": 1, "b": [10, 20]}
print(f"{items['a']}", f'{items["b"][1]}', f"{len(items)}", f"{items['b'][::-1]}")
print(f"{'nested ' + f'{1 + 1}'}", f"{f'{3}'}", f"""{f'{f"{4}"}'}""")
print(f"{{literal braces}}", f"{{{x:.1f}}}", f"{{}}")
print(f"{x if x > 3 else -x:.2f}", f"{(lambda y: y * 2)(21)}", f"{[i * i for i in range(4)]}")
print(f"{'a' 'b'}", f"{3 * 'ab'}", f"{ 1 + 2 }", f"{x:.1f}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
p = P()
print(f"{p}", f"{p:xyz}", f"{p:{width}d}", f"{p:{fill * 2}}")
print(f"{'%'}{100 * 0.25:.0f}%", f"{0.25:.1%}", f"{1/3:.3}", f"{2/3:g}")
print(f"{10:o}", f"{10:#o}", f"{10:X}", f"{10:#X}", f"{65:c}", f"{10:b}", f"{10:d}")
print(f"{1e10:g}", f"{1e-10:G}", f"{123456789:e}", f"{0.000012345:.3g}", f"{1234.5:.3g}")
print(f"{'abc':.2}", f"{'abc':5.2}|", f"{'abc':>5.1}|")
print(f"{True}", f"{True:d}", f"{True:>5}", f"{None}", f"{None!r:>6}")
n = 7
print(f"{n:0{width}}", f"{n:0>{width}}", f"{n:<0{width}}")
for bad in ["f'{'", "f'}'", "f'{}'", "f'{x!z}'", "f'{x:{y:{z}}}'"]:
    try:
        compile(bad, "<fs>", "eval")
        print("compiled", bad)
    except SyntaxError as e:
        print("SyntaxError:", bad, "|", e.msg)
try:
    f"{x:{'q'}}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{42:.2s}"
except ValueError as e:
    print("ValueError:", e)
