"""Helper defining an exception class; raising it uncaught shows the module-qualified name. Prints nothing."""
class HelperError(Exception):
    pass
def check_positive(n):
    if n <= 0:
        raise HelperError(f"expected a positive number, got {n}")
    return n
