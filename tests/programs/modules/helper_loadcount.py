"""Helper recording how often its body runs (it must run once per interpreter). Prints nothing."""
import sys
LOADS = getattr(sys, "_isopy_test_loadcount", 0) + 1
sys._isopy_test_loadcount = LOADS
state = []
def remember(x):
    state.append(x)
    return len(state)
def module_dunders():
    return __name__, __file__.endswith("helper_loadcount.py"), __doc__.split(":")[0]
