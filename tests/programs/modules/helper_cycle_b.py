"""Other half of the circular pair: imports helper_cycle_a while it is half-initialised. Prints nothing."""
import helper_cycle_a
SEEN_A_PARTIAL = hasattr(helper_cycle_a, "NAME")
def b_name():
    return "cycle_b"
def b_calls_a():
    return "b -> " + helper_cycle_a.a_name()
