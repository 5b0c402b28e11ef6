"""Second helper: imports helper_mod itself, to show modules are cached. Prints nothing."""
import helper_mod
from helper_mod import add as plus
def triple_add(a, b, c):
    return plus(plus(a, b), c)
def same_module(m):
    return m is helper_mod
LOADED_WITH_COUNTER = helper_mod.counter
