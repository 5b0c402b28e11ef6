"""Half of a circular import pair (with helper_cycle_b). Prints nothing."""
import helper_cycle_b
NAME = "cycle_a"
def a_calls_b():
    return "a -> " + helper_cycle_b.b_name()
def a_name():
    return NAME
SEEN_B_DURING_IMPORT = helper_cycle_b.SEEN_A_PARTIAL
