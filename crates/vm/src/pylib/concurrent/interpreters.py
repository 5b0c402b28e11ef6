"""`concurrent.interpreters` (PEP 734): the same module as `interpreters`."""

from interpreters import *  # noqa: F401,F403
from interpreters import __all__  # noqa: F401
