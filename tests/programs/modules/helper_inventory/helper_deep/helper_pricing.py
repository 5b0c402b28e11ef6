"""Nested submodule using a parent-relative import. Prints nothing."""
from ..helper_items import Item
from . import LEVEL
PRICES = {"apple": 3, "pear": 5}
def price_of(item):
    assert isinstance(item, Item)
    return PRICES.get(item.name, 1) * item.qty
def where():
    return f"{__name__} at level {LEVEL}"
