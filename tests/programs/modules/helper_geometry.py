"""Helper module for import_forms_aliases.py. Prints nothing when imported."""
import math as _math
PI = _math.pi
UNIT = "cm"
def circle_area(r):
    return round(PI * r * r, 3)
def square_area(s):
    return s * s
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rect({self.w}x{self.h})"
_hidden = "underscore names are skipped by star imports"
