# Ends with an exception raised while handling another: the traceback shows both,
# joined by "During handling of the above exception, another exception occurred:".
class Inventory:
    def __init__(self):
        self.items = {"apple": 3, "pear": 0}
    def take(self, name):
        try:
            count = self.items[name]
        except KeyError:
            raise LookupError(f"unknown item {name!r}")
        if count == 0:
            raise RuntimeError(f"{name} is out of stock")
        self.items[name] = count - 1
        return name
inv = Inventory()
print(inv.take("apple"), inv.items)
try:
    inv.take("pear")
except RuntimeError as e:
    print("handled:", e)
print("now taking an unknown item")
inv.take("banana")
