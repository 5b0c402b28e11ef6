# Unicode identifiers: letters of many scripts, NFKC normalisation of names.
café = "coffee"
naïve = 1
число = 42
名前 = "name"
Δx = 0.5
_π = 3.14
print("names:", café, naïve, число, 名前, Δx, _π)
ﬁle = "ligature fi normalises"
print("NFKC fi:", file)
ℌ = "script H"
print("NFKC H:", H)
x１ = "fullwidth digit"
print("fullwidth:", x1)
def grüß(wer):
    return "Grüß " + wer
print(grüß("dich"), grüß.__name__)
class Ünïcode:
    größe = 3
    def méthode(self):
        return self.größe * 2
u = Ünïcode()
print(type(u).__name__, u.méthode(), getattr(u, "größe"))
d = {"ключ": 1}
print(d, "ключ".isidentifier(), "1abc".isidentifier(), "a-b".isidentifier(), "_".isidentifier())
print("ℌ".isidentifier(), "x١".isidentifier(), "·a".isidentifier(), "a·".isidentifier())
g = globals()
print("stored normalised:", "file" in g, "ﬁle" in g, "H" in g)
ns = {}
exec("ñ = 5\nresult = ñ * 2", ns)
print("exec unicode:", ns["result"])
try:
    compile("a€ = 1", "<u>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("€ = 1", "<u>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
