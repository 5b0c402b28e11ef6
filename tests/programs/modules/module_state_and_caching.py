# A module body runs once; later imports reuse the cached module object and its state.
import sys
import helper_loadcount
import helper_loadcount as again
from helper_loadcount import remember, state
print("loaded once:", helper_loadcount.LOADS, again is helper_loadcount, sys.modules["helper_loadcount"] is again)
print("shared state:", remember("a"), remember("b"), state, helper_loadcount.state is state)
helper_loadcount.new_attr = "added from outside"
import helper_loadcount as third
print("attribute added from outside is visible:", third.new_attr)
state.append("via from-import name")
print("mutations through from-imported names are shared:", helper_loadcount.state)
helper_loadcount.state = ["rebound"]
print("rebinding the module attribute does not affect the old name:", state, helper_loadcount.state)
print("module dunders:", helper_loadcount.module_dunders())
print("vars(module) is its namespace:", vars(helper_loadcount) is helper_loadcount.__dict__, "remember" in vars(helper_loadcount))
print("dir(module):", [n for n in dir(helper_loadcount) if not n.startswith("_")])
del helper_loadcount.new_attr
print("del module attribute:", hasattr(helper_loadcount, "new_attr"))
try:
    helper_loadcount.missing_function()
except AttributeError as e:
    print("AttributeError:", e)
print("main module dunders:", __name__, __file__.endswith("module_state_and_caching.py"), __doc__)
main = sys.modules["__main__"]
print("__main__ in sys.modules:", main.__name__, hasattr(main, "remember"))
def reload_by_hand():
    del sys.modules["helper_loadcount"]
    import helper_loadcount as fresh
    return fresh
fresh = reload_by_hand()
print("removing from sys.modules forces a new load:", fresh.LOADS, fresh is helper_loadcount, fresh.state)
print("the old module object keeps working:", helper_loadcount.remember("old"), helper_loadcount.state)
