"""Bringing records in and taking them out: the import wizard, the duplicates review and
the export dialog. Entry points (opened from the main window's File menu):
``wizard.open_import_wizard``, ``duplicates.open_duplicates_dialog`` and
``export.open_export_dialog``."""
