# 25,000 files opened through one name rebound on every iteration: each
# rebinding drops (flushes and closes) the previous file, so descriptors do
# not run out, and the last file's data is on disk once `f = None` drops it.
PATH = "file_many_rebound.tmp"

open(PATH, "w").write("-" * 20)
for i in range(25_000):
    # "r+" overwrites the start of the file in place, without truncating.
    f = open(PATH, "r+")
    f.write(f"<{i:05}>")
f = None
print(repr(open(PATH).read()))
