# Circular imports: the second module sees a partially initialised first module; calls made
# after both finish loading work; from-import of a not-yet-defined name fails.
import helper_cycle_a
import helper_cycle_b
print("a saw b's view of partial a:", helper_cycle_a.SEEN_B_DURING_IMPORT)
print("calls across the cycle:", helper_cycle_a.a_calls_b(), "|", helper_cycle_b.b_calls_a())
print("same objects:", helper_cycle_b.helper_cycle_a is helper_cycle_a, helper_cycle_a.helper_cycle_b is helper_cycle_b)
import sys
print("both cached:", "helper_cycle_a" in sys.modules, "helper_cycle_b" in sys.modules)
try:
    import helper_cycle_x
except ImportError as e:
    print("ImportError:", str(e).rsplit(" (", 1)[0])
    print("  name:", e.name, "| partially initialised module left out of sys.modules:", "helper_cycle_x" in sys.modules)
