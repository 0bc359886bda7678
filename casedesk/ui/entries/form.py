"""A form that adds one kind of entry or, given the entry's stored state, edits it.

Editing uses the very form that adds (same fields, same validation by the service),
prefilled from ``services.records.get``. The version read then goes back with the edit;
when someone changed or removed the entry meanwhile, the service refuses with
``StaleEditError`` and the person chooses: keep their version (overwrite), reload the
stored one into the form, or go back.
"""

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.domain.errors import CasedeskError, ConflictError
from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.errors import show_error
from casedesk.ui.form_dialog import FormDialog


def widget_value(widget: QWidget) -> Any:
    """What a person entered in ``widget``, as the services read it."""
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    return None


def set_widget_value(widget: QWidget, value: Any) -> None:
    """Show a stored ``value`` in ``widget``."""
    if isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        found = widget.findData(value)
        if found >= 0:
            widget.setCurrentIndex(found)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))


def schema_fields(schema: type) -> tuple[str, ...]:
    """The field names of an Update schema (pydantic/SQLModel or a dataclass)."""
    names = getattr(schema, "model_fields", None)
    if names is not None:
        return tuple(names)
    return tuple(f.name for f in dataclasses.fields(schema))


class EntryEdit:
    """Turns any ``FormDialog`` into the edit form of one stored entry: the title and OK
    button say so, the fields show the stored values, OK saves through
    ``services.records.edit`` with the version read, and a stale edit asks."""

    def __init__(
        self,
        dialog: FormDialog,
        services: Services,
        kind: str,
        entry: Any,
        update_schema: type,
        *,
        title: str | None = None,
    ) -> None:
        self.dialog = dialog
        self.services = services
        self.kind = kind
        self.entry = entry
        self.update_schema = update_schema
        self.expected_version: int | None = entry.version
        if title:
            dialog.setWindowTitle(title)
        dialog.ok_button.setText(QCoreApplication.translate("EntryEdit", "Save"))
        dialog.action = self.save
        dialog.conflict_handler = self.on_conflict
        self.prefill()

    def prefill(self) -> None:
        for name, value in self.entry.values.items():
            widget = self.dialog.errors.widget(name)
            if widget is not None:
                set_widget_value(widget, value)

    def update_data(self) -> Any:
        """The kind's Update schema filled from the form's fields of the same names."""
        values: dict[str, Any] = {}
        for name in schema_fields(self.update_schema):
            widget = self.dialog.errors.widget(name)
            if widget is not None:
                values[name] = widget_value(widget)
        return self.update_schema(**values)

    def save(self) -> Changes:
        return self.services.records.edit(
            self.kind, self.entry.id, self.update_data(), expected_version=self.expected_version
        )

    def on_conflict(self, exc: ConflictError) -> None:
        """Someone changed (or removed) the entry since the form opened: say who, what
        and when, and let the person choose."""
        current = getattr(exc, "current_version", None)
        dialog = self.dialog
        if current is None:
            show_error(dialog, exc)
            return
        who = str(getattr(exc, "changed_by", "")) or QCoreApplication.translate(
            "EntryEdit", "someone"
        )
        when = str(getattr(exc, "changed_at", ""))[:16].replace("T", " ")
        what = str(getattr(exc, "what", ""))
        box = QMessageBox(dialog)
        box.setObjectName("stale-edit")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("EntryEdit", "Changed since you opened it"))
        self.conflict_box = box  # tests answer it
        if getattr(exc, "removed", False):
            box.setText(
                QCoreApplication.translate(
                    "EntryEdit", "%1 removed this entry at %2, after you opened it."
                )
                .replace("%1", who)
                .replace("%2", when)
            )
            box.setInformativeText(
                QCoreApplication.translate(
                    "EntryEdit", "Restore it from the Trash to edit it again."
                )
            )
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.exec()
            dialog.reject()
            return
        box.setText(
            QCoreApplication.translate(
                "EntryEdit", "%1 changed this entry at %2, after you opened it."
            )
            .replace("%1", who)
            .replace("%2", when)
        )
        if what:
            box.setInformativeText(
                QCoreApplication.translate("EntryEdit", "Their change: %1").replace("%1", what)
            )
        keep = box.addButton(
            QCoreApplication.translate("EntryEdit", "Save mine over theirs"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        reload = box.addButton(
            QCoreApplication.translate("EntryEdit", "Show theirs"), QMessageBox.ButtonRole.ResetRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            self.expected_version = int(current)
            dialog.submit_form()
        elif clicked is reload:
            self.reload()

    def reload(self) -> None:
        """Replace the form's values with the stored ones (and their version)."""
        try:
            self.entry = self.services.records.get(self.kind, self.entry.id)
        except CasedeskError as exc:
            show_error(self.dialog, exc)
            return
        self.expected_version = self.entry.version
        self.prefill()


class EntryDialog(FormDialog):
    """A form about one kind of entry: it adds (``add_entry``) or, given the stored
    entry, edits it. Subclasses set ``entry_kind`` (the service's kind name) and
    ``update_schema``, build their fields and call ``prefill()`` last."""

    entry_kind = ""
    update_schema: type | None = None

    def __init__(
        self,
        services: Services,
        bus: Bus,
        titles: tuple[str, str],
        parent: QWidget | None = None,
        *,
        entry: Any = None,
        ok_text: str | None = None,
    ) -> None:
        add_title, edit_title = titles
        super().__init__(
            edit_title if entry is not None else add_title,
            parent,
            ok_text=ok_text or self.tr("Add"),
            bus=bus,
        )
        self.services = services
        #: The stored state being edited (``services.records.get``), None when adding.
        self.entry = entry
        self.editor: EntryEdit | None = None

    @property
    def editing(self) -> bool:
        return self.entry is not None

    def prefill(self) -> None:
        """With an entry: become its edit form (call once the fields exist)."""
        if self.entry is not None and self.update_schema is not None:
            self.editor = EntryEdit(
                self, self.services, self.entry_kind, self.entry, self.update_schema
            )

    def add_entry(self) -> Changes:
        raise NotImplementedError

    def submit(self) -> Changes:
        if self.action is not None:  # set by EntryEdit when editing
            return self.action()
        return self.add_entry()
