# 25,000 calls of a function that opens a file, writes and returns without
# closing: the file is closed when the function's frame goes, so descriptors
# do not run out and every write is on disk.
PATH = "file_many_in_function.tmp"


def log(i):
    out = open(PATH, "ab")
    out.write(b"%d;" % i)


open(PATH, "w").close()
for i in range(25_000):
    log(i)
data = open(PATH, "rb").read()
print(len(data), data[:20], data[-12:])
