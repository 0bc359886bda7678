"""The one form dialog of the GUI: add and edit forms for clients, history entries,
matters, orders, obligations and deadlines are all ``FormDialog``.

Each form maps the service's field names (``ValidationError.field``) to the widget that
holds the value, so a refusal is shown as a red frame and a reason right under that
widget, the dialog stays open with everything the person typed, and nothing is stored.
The OK button runs ``submit()`` (by default the ``action`` a page set); the dialog closes
only when the service accepted, and with a ``bus`` it announces the ``Changes`` itself.
"""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.domain.errors import CasedeskError, ConflictError, ValidationError
from casedesk.ui.bus import Bus
from casedesk.ui.clients.fields import FieldErrors
from casedesk.ui.errors import show_error
from casedesk.ui.widgets import ERROR_STYLE

W = TypeVar("W", bound=QWidget)


class FormDialog(QDialog):
    """OK/Cancel form; the service validates, and the dialog closes only if it worked."""

    def __init__(
        self,
        title: str = "",
        parent: QWidget | None = None,
        *,
        ok_text: str | None = None,
        bus: Bus | None = None,
        initiator: object = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.bus = bus
        self.initiator = initiator
        #: Set by the page (or a subclass): runs the service call and returns its Changes.
        self.action: Callable[[], Changes] | None = None
        self.changes: Changes | None = None
        #: Set when the form edits a stored entry (``entries.form.EntryEdit``): decides
        #: what happens when the entry changed since the form opened.
        self.conflict_handler: Callable[[ConflictError], None] | None = None
        self.errors = FieldErrors()
        self._field_widgets: list[QWidget] = []
        self.form = QFormLayout()
        # Labels above fields when space is short, so long Spanish labels never clip.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general_error = QLabel()
        self.general_error.setObjectName("error-general")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.errors.fallback = self.general_error
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.submit_form)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------------ fields
    def add_field(self, label: str, field: str, widget: W, *aliases: str) -> W:
        """A row for ``widget`` with a hidden error line beneath it; ``aliases`` are
        other service field names shown on the same widget."""
        caption = QLabel(label)
        caption.setBuddy(widget)  # Alt+letter jumps to the field itself, not its frame
        self.errors.add_row(self.form, caption, field, widget, *aliases)
        if self._field_widgets:
            # The buttons were made first; Tab must still run down the fields in order.
            QWidget.setTabOrder(self._field_widgets[-1], widget)
        self._field_widgets.append(widget)
        return widget

    row = add_field

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Open with the cursor in the first field: typing goes into the form at once,
        and Space never presses a button nobody chose."""
        super().showEvent(event)
        if self._field_widgets:
            QWidget.setTabOrder(self._field_widgets[-1], self.buttons)
            focused = self.focusWidget()
            if focused is None or focused in self.buttons.buttons():
                first = next((w for w in self._field_widgets if w.isEnabled()), None)
                if first is not None:
                    first.setFocus()

    # ------------------------------------------------------------------ errors
    def mark(self, exc: ValidationError) -> None:
        """Show ``exc`` on the widget it names (or under the form if none does)."""
        self.errors.show(exc)

    def clear_marks(self) -> None:
        self.errors.clear()

    def error_text(self, field: str) -> str:
        """The reason shown for ``field`` ('' when it is not marked); used by tests too."""
        return self.errors.error_text(field)

    # ------------------------------------------------------------------ submit
    def submit(self) -> Changes:
        """Run the use case; subclasses override this or a page sets ``action``."""
        if self.action is None:
            raise NotImplementedError
        return self.action()

    def on_conflict(self, exc: ConflictError) -> None:
        """The record changed since the form opened; edit forms let the person choose."""
        if self.conflict_handler is not None:
            self.conflict_handler(exc)
        else:
            show_error(self, exc)

    def submit_form(self) -> None:
        """Validate through the service; stay open and mark the field when refused."""
        self.errors.clear()
        try:
            changes = self.submit()
        except ValidationError as exc:
            self.mark(exc)
            return
        except ConflictError as exc:
            self.on_conflict(exc)
            return
        except CasedeskError as exc:
            show_error(self, exc)
            return
        self.changes = changes
        if self.bus is not None:
            self.bus.announce(changes, self.initiator)
        self.accept()
