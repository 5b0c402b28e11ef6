# Ends with an uncaught exception class defined in a helper module: the last stderr line is
# "helper_errors.HelperError: expected a positive number, got -3" (module-qualified name).
import helper_errors
from helper_errors import check_positive, HelperError
print(check_positive(5))
try:
    check_positive(0)
except HelperError as e:
    print("caught:", type(e).__name__, type(e).__module__, e)
check_positive(-3)
