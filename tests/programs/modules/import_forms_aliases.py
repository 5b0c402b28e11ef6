# Every import form against helper modules and a nested helper package with relative imports.
import helper_geometry
import helper_geometry as geo
from helper_geometry import circle_area, Rect as Rectangle, UNIT
from helper_geometry import (square_area,
                             PI as pi_value)
import math, sys
print("module object:", type(helper_geometry).__name__, helper_geometry.__name__, geo is helper_geometry)
print("functions:", circle_area(2), geo.square_area(3), square_area(4), Rectangle(2, 3), Rectangle(2, 3).area(), UNIT)
print("constants:", pi_value == math.pi, "math and sys via one statement:", math.floor(2.5), sys.maxsize > 2 ** 31)
print("private names still reachable by attribute:", geo._hidden[:10])
print("helper's own imports are attributes:", helper_geometry._math is math)
import helper_inventory
print("package:", helper_inventory.PACKAGE_NAME, helper_inventory.make_items([("apple", 2)]))
from helper_inventory import Item, total_value
items = [Item("apple", 2), Item("pear", 1), Item("plum", 4)]
print("package re-exports:", total_value(items))
import helper_inventory.helper_items as items_mod
print("submodule alias:", items_mod.MODULE_NAME, items_mod is helper_inventory.helper_items)
from helper_inventory.helper_deep import helper_pricing
print("nested submodule:", helper_pricing.where(), helper_pricing.price_of(Item("apple", 10)))
from helper_inventory.helper_deep.helper_pricing import PRICES as price_table
print("deep from-import:", price_table)
import helper_inventory.helper_deep
print("nested package attribute:", helper_inventory.helper_deep.LEVEL, helper_inventory.pricing is helper_pricing)
print("sys.modules entries:", sorted(k for k in sys.modules if k.startswith("helper_")))
def lazy():
    import helper_geometry as inner_alias
    from helper_inventory.helper_items import make_items as mk
    return inner_alias is geo, mk([("x", 1)])
print("imports inside functions:", lazy())
print("function-local names did not leak:", "inner_alias" in globals(), "mk" in globals())
try:
    from helper_inventory import no_such_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)
try:
    import helper_inventory.helper_missing_sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from helper_geometry import Rect, nonexistent_thing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)
print("partial from-import binds nothing on failure:", "nonexistent_thing" in globals())
