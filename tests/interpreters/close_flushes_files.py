# interp.close() flushes and closes the files the interpreter left open, so
# their data is complete on disk when close() returns: small writes still
# in the buffer, text and binary, and files in several interpreters.
# (CPython 3.13 loses the unflushed data of a file left open in a closed
# sub-interpreter: isopy does not.) close_flushes_cycles.py does the same
# for files held by reference cycles and suspended generators.
import interpreters

PREFIX = "close_flushes_files_"


def read(name):
    return open(PREFIX + name + ".tmp").read()


interp = interpreters.create()
interp.prepare_main(prefix=PREFIX)
interp.exec("""
f = open(prefix + 'global.tmp', 'w')
f.write('a small write, still buffered')

print('print into a file', 42, file=open(prefix + 'print.tmp', 'w'), end='')

log = open(prefix + 'lines.tmp', 'w')
for i in range(1000):
    log.write(f'line {i}\\n')
log.write('no newline at the end')

binary = open(prefix + 'binary.tmp', 'wb')
binary.write(bytes(range(5)))


# A function defined in __main__ refers to its globals, which refer to it:
# in CPython that cycle leaves the files above to its cycle collector at
# close(), which may close a raw file before flushing its buffer.
def helper():
    return f
""")
interp.close()
print(repr(read("global")))
print(repr(read("print")))
lines = read("lines").split("\n")
print(len(lines), lines[0], "|", lines[-1])
print(open(PREFIX + "binary.tmp", "rb").read())

# Several interpreters, each with its file; closed in another order than
# they were created.
subs = [interpreters.create() for _ in range(4)]
for i, sub in enumerate(subs):
    sub.exec(f"out = open('{PREFIX}sub{i}.tmp', 'w')\nout.write('interpreter {i}')\ndef get(): return out")
for sub in reversed(subs):
    sub.close()
print([read(f"sub{i}") for i in range(4)])
