# Importing a .py module that sits next to the program: every import form.
import helper_mod
import helper_mod as hm
from helper_mod import add, Shape as S
from helper_mod import GREETING, bump
print(helper_mod.GREETING, hm is helper_mod, add(2, 3), S(4))
print(helper_mod.__name__, helper_mod.module_name(), type(helper_mod).__name__)
print(bump(), bump(), helper_mod.counter, hm.counter)
import helper_other
print(helper_other.triple_add(1, 2, 3), helper_other.same_module(helper_mod), helper_other.LOADED_WITH_COUNTER)
import sys
print("helper_mod" in sys.modules, sys.modules["helper_mod"] is helper_mod)
helper_mod.GREETING = "patched"
import helper_mod as again
print(again.GREETING, GREETING)
ns = {}
exec("from helper_mod import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
print(hasattr(helper_mod, "_private"), "_private" in ns)
def local_import():
    from helper_mod import add as local_add
    import helper_mod as local_mod
    return local_add(10, 20), local_mod is helper_mod
print(local_import())
print(sorted(n for n in dir(helper_mod) if not n.startswith("_")))
print(helper_mod.__doc__)
