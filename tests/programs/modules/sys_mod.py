# sys: argv, exit, stdout/stderr, path, modules, limits and version information.
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_mod.py"))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.version_info[0], sys.version_info[:2] >= (3, 11), sys.version_info.major == 3, type(sys.version).__name__)
print(isinstance(sys.platform, str), isinstance(sys.executable, str), isinstance(sys.path, list))
print("sys" in sys.modules, sys.modules["sys"] is sys, "__main__" in sys.modules)
n = sys.stdout.write("written with sys.stdout.write\n")
print(n)
sys.stdout.write("no newline, ")
sys.stdout.write("then one\n")
sys.stderr.write("this goes to stderr and is not part of the expected output\n")
print("to stderr via print", file=sys.stderr)
sys.stdout.flush()
limit = sys.getrecursionlimit()
print(limit)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(limit)
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
try:
    sys.exit(4)
except SystemExit as e:
    print("SystemExit code:", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit no arg:", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit str:", e.code)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(callable(sys.stdin.read), sys.stdout is sys.__stdout__ if hasattr(sys, "__stdout__") else True)
print(type(sys.stdin.read()).__name__)
sys.path.insert(0, ".")
print(sys.path[0])
