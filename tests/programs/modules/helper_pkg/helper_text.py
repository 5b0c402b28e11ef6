"""Submodule of helper_pkg using a relative import. Prints nothing."""
from .helper_shapes import PI_ISH
def shout(s):
    return s.upper() + "!"
def pi_text():
    return f"pi is about {PI_ISH}"
