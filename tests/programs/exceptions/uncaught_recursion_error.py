# Ends with an uncaught RecursionError from unbounded recursion: "RecursionError: maximum recursion depth exceeded".
def walk(node):
    return walk(node + 1)
print("starting a walk that never ends")
walk(0)
