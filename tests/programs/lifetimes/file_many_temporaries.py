# 25,000 files opened for writing and dropped in a loop, each a temporary:
# each is closed when it is dropped, so the process never runs out of file
# descriptors (the limit is often 1,024 or 20,000), and every write is on
# disk right after the loop.
PATH = "file_many_temporaries.tmp"

open(PATH, "w").close()
for i in range(25_000):
    open(PATH, "a").write(f"{i},")
data = open(PATH).read()
print(len(data), data[:20], data[-12:])

# A few files truncated with "w" and dropped: the last one wins.
for i in range(50):
    open(PATH, "w").write(f"version {i}")
print(repr(open(PATH).read()))
