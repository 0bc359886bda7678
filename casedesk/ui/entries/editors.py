"""Which form edits which kind of entry: the form that adds it, prefilled.

``open_editor`` reads the entry's stored state (``services.records.get``), builds the
adding form of its kind, turns it into the edit form (``EntryEdit``) and opens it
window-modal; the form announces its ``Changes`` on the bus when saved.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from casedesk.domain.enums import PartyRole
from casedesk.domain.errors import CasedeskError
from casedesk.services import entry_schemas as schemas
from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.clients.dialogs import (
    AliasDialog,
    ContactDialog,
    CustodyDialog,
    DeadlineDialog,
    DocumentDialog,
    NoteDialog,
    StatusDialog,
)
from casedesk.ui.entries.form import EntryEdit
from casedesk.ui.errors import show_error
from casedesk.ui.form_dialog import FormDialog
from casedesk.ui.matters.dialogs import NewMatterDialog, enum_combo
from casedesk.ui.orders.dialogs import (
    AddObligationDialog,
    ChangeStatusDialog,
    NewOrderDialog,
    RecordComplianceDialog,
)

CLIENT_FORMS: dict[str, Any] = {
    "status": StatusDialog,
    "custody": CustodyDialog,
    "alias": AliasDialog,
    "contact": ContactDialog,
    "deadline": DeadlineDialog,
}


class ObligationEdit(EntryEdit):
    """An obligation's named people live in a list, not a line edit."""

    dialog: AddObligationDialog

    def prefill(self) -> None:
        super().prefill()
        self.dialog.named.clear()
        for client_id in self.entry.values.get("client_ids") or []:
            try:
                name = self.services.clients.get(int(client_id)).display_name
            except CasedeskError:
                continue
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, int(client_id))
            self.dialog.named.addItem(item)

    def update_data(self) -> Any:
        return schemas.ObligationUpdate(
            text=self.dialog.text.toPlainText().strip(),
            due=self.dialog.due.text().strip(),
            client_ids=self.dialog.named_ids(),
        )


def _hide_row(dialog: FormDialog, widget: QWidget) -> None:
    box = widget.parentWidget()
    if box is not None:
        dialog.form.setRowVisible(box, False)


def build_editor(
    kind: str, entry: Any, services: Services, bus: Bus, parent: QWidget | None
) -> FormDialog | None:
    """The edit form of ``entry`` (a ``records.get`` state), or None for a kind with none."""
    form_class = CLIENT_FORMS.get(kind)
    if form_class is not None:
        dialog: FormDialog = form_class(services, bus, entry.client_id, parent, entry=entry)
        return dialog
    if kind == "note":
        return NoteDialog(services, bus, parent, entry=entry)
    if kind == "document":
        return DocumentDialog(services, bus, parent, entry=entry)
    if kind == "matter":
        matter = NewMatterDialog(services, parent)
        EntryEdit(
            matter,
            services,
            kind,
            entry,
            schemas.MatterUpdate,
            title=QCoreApplication.translate("EntryEdit", "Edit matter"),
        )
        dialog = matter
    elif kind == "order":
        order = NewOrderDialog(services, services.matters.summaries(), None, parent)
        _hide_row(order, order.matter)  # an order stays on its matter
        _hide_row(order, order.status)  # its status changes through its status history
        EntryEdit(
            order,
            services,
            kind,
            entry,
            schemas.OrderUpdate,
            title=QCoreApplication.translate("EntryEdit", "Edit order"),
        )
        dialog = order
    elif kind == "order_status":
        status = ChangeStatusDialog(services, 0, str(entry.values.get("status", "")), parent)
        EntryEdit(
            status,
            services,
            kind,
            entry,
            schemas.OrderStatusUpdate,
            title=QCoreApplication.translate("EntryEdit", "Edit order status entry"),
        )
        dialog = status
    elif kind == "obligation":
        obligation = AddObligationDialog(services, entry.order_id or 0, 0, parent)
        ObligationEdit(
            obligation,
            services,
            kind,
            entry,
            schemas.ObligationUpdate,
            title=QCoreApplication.translate("EntryEdit", "Edit obligation"),
        )
        dialog = obligation
    elif kind == "compliance":
        compliance = RecordComplianceDialog(services, 0, [(0, entry.label)], parent)
        EntryEdit(
            compliance,
            services,
            kind,
            entry,
            schemas.ComplianceUpdate,
            title=QCoreApplication.translate("EntryEdit", "Edit compliance record"),
        )
        dialog = compliance
    elif kind == "hearing":
        from casedesk.ui.matters.hearings import HearingDialog  # noqa: PLC0415 - no cycle

        dialog = HearingDialog(services, 0, parent, entry=entry)
    elif kind == "party":
        dialog = FormDialog(parent=parent)
        dialog.add_field(
            QCoreApplication.translate("EntryEdit", "&Role"), "role", enum_combo(PartyRole)
        )
        EntryEdit(dialog, services, kind, entry, schemas.PartyUpdate, title=entry.label)
    else:
        return None
    dialog.bus = bus
    return dialog


def open_editor(
    parent: QWidget, services: Services, bus: Bus, kind: str, entry_id: int
) -> FormDialog | None:
    """Read ``entry_id`` of ``kind`` and open its edit form (window-modal, not blocking)."""
    try:
        entry = services.records.get(kind, entry_id)
    except CasedeskError as exc:
        show_error(parent, exc)
        return None
    dialog = build_editor(kind, entry, services, bus, parent)
    if dialog is not None:
        dialog.open()
    return dialog
