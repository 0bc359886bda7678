"""Bundled resources (fonts, icons, translations), reached through importlib.resources."""
