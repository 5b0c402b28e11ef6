# The f-string '=' debug form: text kept verbatim, repr by default, with specs and conversions.
x = 10
name = "Ada"
pi = 3.14159
print(f"{x=}")
print(f"{x = }")
print(f"{x =}", f"{x= }")
print(f"{name=}", f"{name=!s}", f"{name=!r}", f"{name=!a}")
print(f"{pi=:.2f}", f"{pi = :>10.3f}")
print(f"{x + 1=}", f"{x*2 = }", f"{len(name)=}")
print(f"{[x, name]=}")
print(f"{'é'=}", f"{'é'=!a}")
print(f"{name.upper()=}", f"{name[0]=}")
items = {"k": 1}
print(f"{items['k']=}", f"{items=}")
print(f"{x=}{x=}", f"[{x=:03d}]")
print(f"{None=}", f"{True=}", f"{3.0=}")
def f(a, b=2):
    return a * b
print(f"{f(3)=}", f"{f(3, b=4) = }")
print(f"{x>5=}", f"{x == 10 = }")
class C:
    def __repr__(self):
        return "C-repr"
    def __str__(self):
        return "C-str"
    def __format__(self, spec):
        return "C-format:" + spec
c = C()
print(f"{c=}", f"{c=!s}", f"{c=:spec}", f"{c}", f"{c!r}")
