"""Circular pair using from-imports (with helper_cycle_y): importing it fails. Prints nothing."""
from helper_cycle_y import Y_VALUE
X_VALUE = "x"
