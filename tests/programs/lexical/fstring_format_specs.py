# Format specs inside f-strings, including nested width/precision.
x = 1234567.891
n = 1234567
w = 12
p = 2
neg = -42
print(f"[{x:>10.3f}]")
print(f"[{x:<15.1f}]")
print(f"[{x:^20,.2f}]")
print(f"[{n:,}] [{n:_}] [{n:_x}] [{n:,d}]")
print(f"[{x:{w}.{p}f}] [{x:>{w}}] [{n:{'^'}{w}}]")
print(f"[{neg:+}] [{n:+}] [{neg: }] [{n: }] [{neg:=8}] [{neg:08}]")
print(f"[{255:x}] [{255:X}] [{255:#x}] [{255:#o}] [{255:#b}] [{255:08b}]")
print(f"[{0.5:%}] [{0.125:.1%}] [{1/3:.3}] [{1/3:.3g}] [{1e-7:g}] [{1e20:g}]")
print(f"[{x:e}] [{x:.2E}] [{x:G}] [{123.0:g}] [{0.0001:g}]")
print(f"[{'abc':*^9}] [{'abc':->6}] [{'abc':<5}|] [{'abcdef':.3}]")
print(f"[{True}] [{True:d}] [{False:>6}] [{None!s:>6}]")
print(f"[{42:c}] [{9731:c}]")
print(f"[{3.0:.0f}] [{2.5:.0f}] [{3.5:.0f}] [{-0.0:.1f}] [{1e300*1e10:f}] [{-1e400:F}]")
print(f"[{12:#06x}] [{-12:#06x}] [{12:=+6}]")
print(f"[{1234.5:010,.1f}] [{10**20:,}] [{-10**9:_}]")
table = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 12.125)]
for name, qty, price in table:
    print(f"{name:<10}|{qty:>5d}|{price:>8.2f}|{qty * price:>10,.3f}")
for width in range(3, 8, 2):
    print(f"{'|':>{width}}{width:0{width}d}")
print(f"{n:>{w},}|{x:{'<' if n else '>'}{w + 2}.{p + 1}f}|")
print(f"{'%':>3}{'{}':>4}{format(7, '03')}")
