"""Correcting the record from the GUI: edit and remove any entry, the Trash, undo/redo."""
