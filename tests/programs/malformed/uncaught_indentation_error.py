# This program is mis-indented on line 5: IndentationError before anything runs.
def f():
    return 1
print("never printed")
    print("unexpected indent")
