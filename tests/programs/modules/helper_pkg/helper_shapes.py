"""Submodule of helper_pkg. Prints nothing."""
PI_ISH = 3.14
def area(radius):
    return round(PI_ISH * radius * radius, 2)
