# Importing a package (directory with __init__.py) and its submodules.
import helper_pkg
print(helper_pkg.describe(), helper_pkg.VERSION, helper_pkg.area(1), helper_pkg.PI_ISH)
import helper_pkg.helper_shapes
print(helper_pkg.helper_shapes.area(3), helper_pkg.helper_shapes.__name__)
from helper_pkg import helper_text
print(helper_text.shout("hi"), helper_text.pi_text(), helper_text.__name__)
from helper_pkg.helper_shapes import area as circle_area
print(circle_area(10))
import helper_pkg.helper_text as ht
print(ht is helper_text, ht.shout("alias"))
import sys
print(sorted(m for m in sys.modules if m.startswith("helper_pkg")))
print(helper_pkg.__name__, helper_pkg.helper_text is sys.modules["helper_pkg.helper_text"])
print(hasattr(helper_pkg, "__path__"), hasattr(helper_pkg.helper_shapes, "__path__"))
import helper_pkg as pkg
print(pkg is helper_pkg, pkg.describe())
from helper_pkg import VERSION as V, describe as d
print(V[0], d())
def area_table(radii):
    return {r: helper_pkg.helper_shapes.area(r) for r in radii}
print(area_table([1, 2, 3]))
helper_pkg.VERSION = (2, 0, 0)
print(d(), pkg.describe())
