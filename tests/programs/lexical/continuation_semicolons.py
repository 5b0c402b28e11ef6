# Backslash continuation, semicolons, implicit joining, comments, blank lines.
a = 1; b = 2; c = 3;
print(a, b, c)
total = a + \
    b + \
        c
print(total)
if a == 1 and \
   b == 2:
    print("joined condition")
values = [  # comment inside brackets
    1, 2,   # another
    3,
        4,  # odd indentation is fine inside brackets
]
print(values)
result = (a
          + b
          * c)
print(result)
d = {
    "x": 1,

    "y": 2,
}
print(d)
def f(p,
      q,
      r=3): return p + q + r
print(f(1,
        2))
x = 5; y = x * 2; print(x, y)
for i in range(3): print(i, end=" "); print("|", end=" ")
print()
while x > 3: x -= 1; print("x", x)
if True: pass; print("after pass")
s = "a string with a \
backslash newline"
print(s)
    
# The line above has trailing spaces only; comments and blanks are ignored.

print(  "spaces inside call"   ,  "ok"  )
assert \
    True
lst = [1, 2, 3] \
    [1:]
print(lst)
print(sum(v for v in (1,
                      2)))
