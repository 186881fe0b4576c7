"""Checks, metrics and comparison over scenarios (networkx; pure functions)."""
