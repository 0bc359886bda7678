"""Matters: list, detail and roster."""
