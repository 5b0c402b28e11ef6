# Implicit line joining inside (), [], {} and backslash continuation in many places.
total = (1 +
         2 +   # comment inside the parentheses
         3)
print("paren join:", total)
items = [
    "a",
    "b",  # trailing comma below
    "c",
]
print("list join:", items)
mapping = {
    "one": 1,

    "two": 2,
}
print("dict join:", mapping)
def f(a,
      b=2,
      *args,
      c=3,
      **kw):
    return (a, b, args, c, kw)
print("def params join:", f(1,
                            5,
                            6, c=7,
                            d=8))
value = 1 + \
    2 + \
    3
print("backslash:", value)
if value > 5 and \
   value < 10:
    print("backslash in condition")
s = "abc" \
    "def"
print("backslash concat:", s)
word = "long string with \
continuation inside"
print("backslash in string:", word)
nested = [[1, 2,
           3], (4,
                5), {6:
                     7}]
print("nested:", nested)
result = [x * y
          for x in range(3)
          if x
          for y in range(2)]
print("comprehension join:", result)
call = max(
    3,
    9,
    4,
)
print("call join:", call)
print("chained",
      "print",
      sep="-")
t = 1, \
    2
print("tuple continued:", t)
lam = (lambda x:
       x + 1)
print("lambda join:", lam(1))
cond = ("yes"
        if total == 6
        else "no")
print("ternary join:", cond)
assert total == 6, \
    "message continued"
print("assert continued ok")
with open(__file__) as fh, \
     open(__file__) as fh2:
    print("with continued:", fh.readline() == fh2.readline())
x = [1, 2, 3][
    1
]
print("subscript join:", x)
print("attr join:", "a-b".
      split("-"))
print("empty parens:", (
))
