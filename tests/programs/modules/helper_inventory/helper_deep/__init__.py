"""Nested helper package. Prints nothing."""
LEVEL = "deep"
