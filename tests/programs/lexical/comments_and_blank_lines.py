#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Comments in every position, blank lines, and '#' inside strings.

   
# a line with only spaces above, and this comment
x = 1  # trailing comment
y = "# not a comment"
z = '#' + "#"  # but this is
print("values:", x, y, z)
def f():
    # comment as first line of a body
    return 1
    # comment after return
def g():
    """Docstring with # inside."""
    # comment
    pass
print("f:", f(), "g doc:", g.__doc__)
class C:
    # comment in class
    x = 1
    # another comment

    y = 2
print("C:", C.x, C.y)
if x:
# comment at column 0 inside a block
    print("comment at column 0 does not dedent")
data = [  # comment after bracket
    1,  # one
    # a full comment line
    2,
]  # after closing
print("data:", data)
s = """triple quoted
# this is part of the string
"""
print("triple:", repr(s))
print(f"{'#'}", f"{x}#")
def h():
    pass
    # trailing comment in function


# after two blank lines
print("h:", h())
for i in range(2):

    # blank line then comment in loop body
    print("loop", i)
print("done")  # final comment
