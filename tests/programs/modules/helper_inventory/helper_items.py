"""Submodule of helper_inventory. Prints nothing."""
class Item:
    def __init__(self, name, qty):
        self.name, self.qty = name, qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.qty})"
def make_items(spec):
    return [Item(n, q) for n, q in spec]
MODULE_NAME = __name__
