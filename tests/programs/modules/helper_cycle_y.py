"""Other half of the failing from-import cycle. Prints nothing."""
from helper_cycle_x import X_VALUE
Y_VALUE = "y"
