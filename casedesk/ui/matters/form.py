"""A dialog base for the small forms of the matters and orders pages.

Each form maps the service's field names (``ValidationError.field``) to the widget that
holds the value, so a refusal is shown as a red frame and a reason right under that
widget, the dialog stays open with everything the person typed, and nothing is stored.
"""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.domain.errors import CasedeskError, ValidationError
from casedesk.ui.errors import show_error
from casedesk.ui.widgets import ERROR_STYLE, with_error_line

INVALID_PROPERTY = "invalid"
INVALID_STYLE = '*[invalid="true"] { border: 2px solid #c62828; border-radius: 3px; }'


class FormDialog(QDialog):
    """OK/Cancel form; ``submit`` runs the use case and the dialog closes only if it worked."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        # Labels above fields when space is short, so long Spanish labels never clip.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self.general_error = QLabel()
        self.general_error.setObjectName("error-general")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        #: Set by the page: runs the service call and returns its Changes.
        self.action: Callable[[], Changes] | None = None
        self.changes: Changes | None = None

    def add_field(self, label: str, field: str, widget: QWidget, *aliases: str) -> QWidget:
        """Add a row for ``widget`` with a hidden error line beneath it."""
        box, error = with_error_line(widget, field)
        caption = QLabel(label)
        caption.setBuddy(widget)  # Alt+letter jumps to the field itself, not its frame
        self.form.addRow(caption, box)
        widget.setStyleSheet(INVALID_STYLE)
        for name in (field, *aliases):
            self._fields[name] = (widget, error)
        return widget

    # ------------------------------------------------------------------ errors
    def mark(self, exc: ValidationError) -> None:
        """Show ``exc`` on the widget it names (or under the form if none does)."""
        self.clear_marks()
        found = self._fields.get(exc.field)
        reason = exc.reason[:1].upper() + exc.reason[1:]
        if found is None:
            self.general_error.setText(f"{exc.field.replace('_', ' ').capitalize()}: {reason}")
            self.general_error.show()
            return
        widget, error = found
        widget.setProperty(INVALID_PROPERTY, True)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.setToolTip(reason)
        error.setText(reason)
        error.show()
        widget.setFocus()

    def clear_marks(self) -> None:
        self.general_error.hide()
        for widget, error in self._fields.values():
            if widget.property(INVALID_PROPERTY):
                widget.setProperty(INVALID_PROPERTY, False)
                widget.style().unpolish(widget)
                widget.style().polish(widget)
                widget.setToolTip("")
            error.hide()

    def error_text(self, field: str) -> str:
        """The reason shown for ``field`` ('' when it is not marked); used by tests too."""
        found = self._fields.get(field)
        if found is None or found[1].isHidden():
            return ""
        return found[1].text()

    # ------------------------------------------------------------------ submit
    def submit(self) -> Changes | None:
        """Run the action; on a refusal mark the field and return None."""
        if self.action is None:
            return None
        try:
            self.changes = self.action()
        except ValidationError as exc:
            self.mark(exc)
            return None
        except CasedeskError as exc:
            self.clear_marks()
            show_error(self, exc)
            return None
        self.clear_marks()
        return self.changes

    def _try_accept(self) -> None:
        if self.submit() is not None:
            self.accept()
