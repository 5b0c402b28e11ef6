"""Concurrent execution (isopy holds only its `interpreters` submodule)."""
