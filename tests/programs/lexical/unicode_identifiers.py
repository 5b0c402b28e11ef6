# Unicode identifiers in names, functions, classes, attributes.
café = "coffee"
naïve = 1
π = 3.14159
Σ = sum
δx = 0.01
日本 = "Japan"
переменная = 42
_私の変数 = [1, 2]
λ = lambda α, β=2: α * β
print(café, naïve, π, 日本, переменная, _私の変数)
print(Σ([1, 2, 3]), λ(3), λ(3, β=5), round(δx * 100))

def größe(wert):
    return wert * 2

class Ünïcödé:
    ñ = "enye"
    def __init__(self):
        self.ø = "slash"
    def méthode(self):
        return self.ø + "/" + self.ñ

obj = Ünïcödé()
print(größe(21), obj.méthode(), Ünïcödé.__name__, größe.__name__)
print(getattr(obj, "ø"), hasattr(obj, "ñ"))
print("café".isidentifier(), "2x".isidentifier(), "x2".isidentifier(), "日本".isidentifier())
ns = {}
exec("変数 = 7", ns)
print(ns["変数"])
# NFKC normalization: the ligature and the full-width letters name the same variables.
ﬁle = "ligature"
print(file)
ｗｉｄｅ = "fullwidth"
print(wide)
print([k for k in globals() if not k.isascii()][:4])
