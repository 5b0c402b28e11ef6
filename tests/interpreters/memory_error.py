# A request no machine can satisfy, made inside an interpreter, is a
# MemoryError there like any other exception: uncaught, it becomes
# ExecutionFailed in the caller; caught, the code goes on. Either way both
# interpreters go on (the process does not abort). Every size here is far
# beyond any machine's memory, so this needs no address-space limit.
import interpreters

interp = interpreters.create()
for code in [
    "data = bytearray(10**15)",
    "data = [0] * 10**15",
    "data = 'x' * 10**15",
    "data = list(range(10**15))",
    "data = 1 << 10**16",
    "data = 10 ** (10**15)",
]:
    try:
        interp.exec(code)
    except interpreters.ExecutionFailed as e:
        print(code, "->", type(e).__name__, e.excinfo.type.__name__, repr(e.excinfo.msg), repr(e.excinfo.formatted))

try:
    interp.exec("def grow():\n    return bytes(10**15)\n\ngrow()")
except interpreters.ExecutionFailed as e:
    print(e.excinfo.errdisplay)

interp.exec("""
try:
    data = bytearray(10**15)
except MemoryError as e:
    print('caught inside:', type(e).__name__, e.args)
data = bytearray(10)
print('inside goes on:', len(data), 'data' in dir())
""")
print("main goes on:", len(bytearray(10)), sum(range(100)))
interp.close()
