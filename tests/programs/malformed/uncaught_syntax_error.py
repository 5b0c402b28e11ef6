# This program has a syntax error on line 4, so nothing runs: stderr ends with
# "SyntaxError: expected ':'" and the exit status is 1.
print("never printed: the whole file is compiled first")
if 1 + 1 == 2
    print("unreachable")
