"""Reviewed migration revisions, oldest first."""
