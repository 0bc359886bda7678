"""A form that adds one kind of entry or, given the entry's stored state, edits it.

Editing uses the very form that adds (same fields, same validation by the service),
prefilled from ``services.records.get``. The version read then goes back with the edit;
when someone changed or removed the entry meanwhile, the service refuses with
``StaleEditError`` and the person chooses: keep their version (overwrite), reload the
stored one into the form, or go back.
"""

import dataclasses
from typing import Any

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
from casedesk.ui.form_dialog import FormDialog, W


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


class EntryDialog(FormDialog):
    """Subclasses set ``entry_kind`` (the service's kind name) and ``update_schema`` and
    implement ``add_entry``; edits need nothing more than the fields' service names."""

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
        editing = entry is not None
        super().__init__(
            edit_title if editing else add_title,
            parent,
            ok_text=self.tr("Save") if editing else (ok_text or self.tr("Add")),
            bus=bus,
        )
        self.services = services
        #: The stored state being edited (``services.records.get``), None when adding.
        self.entry = entry
        self.expected_version: int | None = entry.version if editing else None
        self.widgets: dict[str, QWidget] = {}

    @property
    def editing(self) -> bool:
        return self.entry is not None

    def add_field(self, label: str, field: str, widget: W, *aliases: str) -> W:
        self.widgets[field] = widget
        return super().add_field(label, field, widget, *aliases)

    row = add_field

    def prefill(self) -> None:
        """Show the stored values in the fields (called last by each form's __init__)."""
        if self.entry is None:
            return
        for name, value in self.entry.values.items():
            widget = self.widgets.get(name)
            if widget is not None:
                set_widget_value(widget, value)

    def values(self) -> dict[str, Any]:
        return {name: widget_value(widget) for name, widget in self.widgets.items()}

    # ------------------------------------------------------------------ submit
    def add_entry(self) -> Changes:
        raise NotImplementedError

    def update_data(self) -> Any:
        """The kind's Update schema filled from the form."""
        if self.update_schema is None:
            raise NotImplementedError
        wanted = schema_fields(self.update_schema)
        return self.update_schema(**{k: v for k, v in self.values().items() if k in wanted})

    def submit(self) -> Changes:
        if self.entry is None:
            return self.add_entry()
        return self.services.records.edit(
            self.entry_kind,
            self.entry.id,
            self.update_data(),
            expected_version=self.expected_version,
        )

    def on_conflict(self, exc: ConflictError) -> None:
        """Someone changed (or removed) the entry since the form opened: say who, what
        and when, and let the person choose."""
        current = getattr(exc, "current_version", None)
        if not self.editing or current is None:
            show_error(self, exc)
            return
        removed = bool(getattr(exc, "removed", False))
        who = str(getattr(exc, "changed_by", "")) or self.tr("someone")
        when = str(getattr(exc, "changed_at", ""))[:16].replace("T", " ")
        what = str(getattr(exc, "what", ""))
        box = QMessageBox(self)
        box.setObjectName("stale-edit")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changed since you opened it"))
        if removed:
            box.setText(
                self.tr("%1 removed this entry at %2, after you opened it.")
                .replace("%1", who)
                .replace("%2", when)
            )
            box.setInformativeText(self.tr("Restore it from the Trash to edit it again."))
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.exec()
            self.reject()
            return
        box.setText(
            self.tr("%1 changed this entry at %2, after you opened it.")
            .replace("%1", who)
            .replace("%2", when)
        )
        if what:
            box.setInformativeText(self.tr("Their change: %1").replace("%1", what))
        keep = box.addButton(self.tr("Save mine over theirs"), QMessageBox.ButtonRole.AcceptRole)
        reload = box.addButton(self.tr("Show theirs"), QMessageBox.ButtonRole.ResetRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        self.conflict_box = box  # tests answer it
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            self.expected_version = int(current)
            self.submit_form()
        elif clicked is reload:
            self.reload_entry()

    def reload_entry(self) -> None:
        """Replace the form's values with the stored ones (and their version)."""
        if self.entry is None:
            return
        try:
            self.entry = self.services.records.get(self.entry_kind, self.entry.id)
        except CasedeskError as exc:
            show_error(self, exc)
            return
        self.expected_version = self.entry.version
        self.prefill()
