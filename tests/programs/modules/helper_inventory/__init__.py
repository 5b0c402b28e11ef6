"""Helper package: re-exports names from its submodules with relative imports. Prints nothing."""
from .helper_items import Item, make_items
from . import helper_items
from .helper_deep import helper_pricing as pricing
PACKAGE_NAME = __name__
def total_value(items):
    return sum(pricing.price_of(i) for i in items)
