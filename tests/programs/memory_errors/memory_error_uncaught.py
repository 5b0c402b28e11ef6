# An uncaught MemoryError ends the program like any uncaught exception: a
# traceback on stderr ending in "MemoryError", exit status 1, and the output
# printed before it is all there.
print("before")
data = [1, 2, 3]
print(len(data))
data = bytearray(10**15)
print("never printed")
