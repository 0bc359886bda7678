"""The form dialog of the matters and orders pages is the GUI's one ``FormDialog``
(``casedesk.ui.form_dialog``); this name stays so existing imports keep working."""

from casedesk.ui.form_dialog import FormDialog

__all__ = ["FormDialog"]
