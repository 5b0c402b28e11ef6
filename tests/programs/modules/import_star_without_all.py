# from module import * without __all__: public names (including the module's own imports) come in,
# underscore names do not; star import rebinds existing names; star only at module level.
public_value = "will be overwritten"
from helper_star_source import *
print("public names:", public_value, public_func(), PublicClass.__name__, math.sqrt(9))
print("underscore names excluded:", "_private_value" in globals(), "_private_func" in globals(), "__dunder_value__" in globals())
import helper_star_source
print("still reachable via the module:", helper_star_source._private_value, helper_star_source._private_func())
try:
    compile("def f():\n    from helper_star_source import *\n", "<star>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
ns = {}
exec("from helper_star_source import *", ns)
print("star import in exec namespace:", sorted(k for k in ns if not k.startswith("__")))
