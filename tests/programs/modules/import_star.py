# from module import * honours __all__; names imported this way are plain globals.
from helper_mod import *
print(GREETING, add(1, 1), Shape(3), bump(), counter)
print("_private" in globals(), "module_name" in globals())
from helper_pkg import *
print(area(2), PI_ISH, describe(), helper_text.shout("pkg"))
print(sorted(k for k in globals() if not k.startswith("__")))
def uses_star_names():
    shapes = [Shape(n) for n in range(3, 6)]
    return shapes, add(len(shapes), 10)
print(uses_star_names())
GREETING = "rebound locally"
import helper_mod
print(GREETING, helper_mod.GREETING)
print(bump(), helper_mod.counter, counter)
counter = 100
print(counter, helper_mod.counter)
print(area(0.5), round(PI_ISH * 4, 2))
print(helper_text.pi_text(), helper_text.shout(describe()))
print(type(helper_shapes).__name__, helper_shapes.area(1))
