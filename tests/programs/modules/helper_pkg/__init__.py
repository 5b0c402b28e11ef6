"""A helper package. Importing it prints nothing."""
from .helper_shapes import area, PI_ISH
from . import helper_text
VERSION = (1, 2, 0)
def describe():
    return f"helper_pkg v{'.'.join(map(str, VERSION))}"
