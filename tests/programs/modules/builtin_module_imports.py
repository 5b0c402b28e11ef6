# Importing the built-in modules of this phase with every form; conditional and fallback imports.
import math
import json as j
from math import floor, ceil as ceiling, pi
from json import dumps, loads
import textwrap, time, sys
print("math:", floor(2.7), ceiling(2.1), round(pi, 5), math.gcd(12, 18), math.isqrt(17))
print("json alias:", j.dumps({"b": [1, 2], "a": None}), loads("[1, 2.5, \"x\"]"), dumps("é"))
print("textwrap:", repr(textwrap.dedent("    a\n    b\n")), textwrap.indent("x\ny", "> "))
print("time has functions:", callable(time.time), callable(time.perf_counter), type(time.time()).__name__)
print("sys:", type(sys.argv).__name__, sys.argv[0].endswith("builtin_module_imports.py"), sys.getrecursionlimit())
try:
    import not_a_real_module_anywhere
except ImportError as e:
    print("fallback taken:", type(e).__name__, e.name)
    not_a_real_module_anywhere = None
print("fallback value:", not_a_real_module_anywhere)
if sys.maxsize > 2 ** 40:
    import math as conditional_math
print("conditional import:", conditional_math.factorial(5))
def use_json():
    import json
    return json.dumps({"k": (1, 2)})
print("import inside function:", use_json(), "json" in globals())
print("modules are cached:", sys.modules["math"] is math, sys.modules["json"] is j)
try:
    from math import not_a_function
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)
try:
    import math.submodule
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print("module repr-free type:", type(math).__name__, math.__name__, j.__name__)
