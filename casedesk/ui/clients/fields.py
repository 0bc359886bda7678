"""Marking refused values on the form field they came from.

Services raise ``ValidationError(field, reason)``; forms register which widget shows
which service field, so the reason appears right under the widget that needs fixing
instead of in a detached message box.
"""

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from casedesk.domain.errors import ValidationError
from casedesk.ui.widgets import with_error_line

#: Dynamic property read by the style sheet below, so a marked field gets a red frame.
INVALID_PROPERTY = "invalid"
INVALID_STYLE = '*[invalid="true"] { border: 2px solid #c62828; border-radius: 3px; }'


class FieldErrors:
    """Which widget (and error label) stands for each service field name."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.fallback: QLabel | None = None  # for fields no widget stands for

    def add_row(
        self, form: QFormLayout, label: str | QLabel, field: str, widget: QWidget, *aliases: str
    ) -> QLabel:
        """Add ``widget`` to ``form`` with an (initially hidden) error line beneath it."""
        box, error = with_error_line(widget, field)
        form.addRow(label, box)
        self.register(field, widget, error, *aliases)
        return error

    def register(self, field: str, widget: QWidget, error: QLabel, *aliases: str) -> None:
        widget.setStyleSheet(INVALID_STYLE)
        for name in (field, *aliases):
            self._fields[name] = (widget, error)

    def show(self, exc: ValidationError) -> bool:
        """Mark the field ``exc`` names; False when no widget stands for it."""
        self.clear()
        found = self._fields.get(exc.field)
        if found is None:
            if self.fallback is not None:
                reason = exc.reason[:1].upper() + exc.reason[1:]
                self.fallback.setText(f"{exc.field.replace('_', ' ').capitalize()}: {reason}")
                self.fallback.show()
                return True
            return False
        widget, error = found
        widget.setProperty(INVALID_PROPERTY, True)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.setToolTip(exc.reason)
        error.setText(exc.reason[:1].upper() + exc.reason[1:])
        error.show()
        widget.setFocus()
        return True

    def widget(self, field: str) -> QWidget | None:
        """The widget that holds ``field`` (None when the form has no such field)."""
        found = self._fields.get(field)
        return found[0] if found else None

    def error_text(self, field: str) -> str:
        """The reason shown for ``field`` (empty when it is not marked)."""
        found = self._fields.get(field)
        return found[1].text() if found and not found[1].isHidden() else ""

    def is_marked(self, field: str) -> bool:
        found = self._fields.get(field)
        return bool(found and found[0].property(INVALID_PROPERTY))

    def clear(self) -> None:
        for widget, error in self._fields.values():
            if widget.property(INVALID_PROPERTY):
                widget.setProperty(INVALID_PROPERTY, False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
                widget.setToolTip("")
            error.hide()
            error.clear()
        if self.fallback is not None:
            self.fallback.hide()
