# Failed imports raise ModuleNotFoundError / ImportError; the program carries on.
try:
    import no_such_module_for_isopy
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import no_such_package_for_isopy.sub
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    from helper_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, "| name:", e.name, "| mentions name:", "does_not_exist" in str(e))
try:
    import helper_pkg.helper_missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from helper_pkg import helper_missing
except ImportError as e:
    print(type(e).__name__, "helper_missing" in str(e))
print(issubclass(ModuleNotFoundError, ImportError))
import helper_mod
print("still works:", helper_mod.add(20, 22))
def import_inside_function():
    try:
        import yet_another_missing_module
    except ImportError as e:
        return type(e).__name__ + ": " + str(e)
print(import_inside_function())
