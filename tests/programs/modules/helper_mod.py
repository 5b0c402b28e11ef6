"""A helper module imported by the programs in this folder. It prints nothing."""
GREETING = "hello from helper_mod"
_private = "hidden from star import"
counter = 0
__all__ = ["GREETING", "add", "Shape", "bump", "counter"]
def add(a, b):
    return a + b
def bump():
    global counter
    counter += 1
    return counter
class Shape:
    def __init__(self, sides):
        self.sides = sides
    def __repr__(self):
        return f"Shape({self.sides})"
def module_name():
    return __name__
if __name__ == "__main__":
    GREETING = "run directly"
