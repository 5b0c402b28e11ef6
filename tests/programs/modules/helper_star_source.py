"""Helper without __all__: from-star imports every public name. Prints nothing."""
import math
public_value = 1
_private_value = 2
__dunder_value__ = 3
def public_func():
    return "public"
def _private_func():
    return "private"
class PublicClass:
    pass
