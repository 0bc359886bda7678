"""Deadlines: the agenda of deadlines and obligations."""
