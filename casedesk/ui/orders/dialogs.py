"""Dialogs of the orders page: a new order, an obligation it imposes, a change of the
order's status, and a compliance finding for one or more people.

Dates are typed as people write them ("2025-04-07", "2025-04-07 23:59", "March 2025"
where a partial date is allowed); the services parse and refuse them, and the refusal
is shown on the field.
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.domain.enums import Compliance, OrderKind, OrderStatus
from casedesk.domain.errors import ValidationError
from casedesk.services.matters import MatterSummary
from casedesk.services.registry import Services
from casedesk.services.schemas import ComplianceSet, ObligationCreate, OrderCreate
from casedesk.ui.due_preview import DuePreview, PresetButton
from casedesk.ui.matters.dialogs import SEARCH_DELAY_MS, enum_combo
from casedesk.ui.matters.form import FormDialog


def _long_text(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setFixedHeight(height)
    return edit


class NewOrderDialog(FormDialog):
    """Matter, kind, title, issued, status, judge, summary."""

    def __init__(
        self,
        services: Services,
        matters: list[MatterSummary],
        matter_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New order"))
        self.services = services
        self.matter = QComboBox()
        for m in matters:
            self.matter.addItem(f"{m.title} ({m.court} {m.docket})", m.id)
        if matter_id is not None:
            self.matter.setCurrentIndex(max(0, self.matter.findData(matter_id)))
        self.kind = enum_combo(OrderKind, OrderKind.TRO.value)
        self.title_edit = QLineEdit()
        self.issued = QLineEdit(services.ctx.today().isoformat())
        self.issued.setPlaceholderText(self.tr("e.g. 2025-03-15 or 2025-03-15 18:44"))
        self.status = enum_combo(OrderStatus, OrderStatus.IN_FORCE.value)
        self.judge = QLineEdit(placeholderText=self.tr("Leave empty for the matter's judge"))
        self.summary = _long_text()
        self.add_field(self.tr("&Matter"), "matter", self.matter, "matter_id")
        self.add_field(self.tr("&Kind"), "kind", self.kind)
        self.add_field(self.tr("&Title"), "title", self.title_edit)
        self.add_field(self.tr("&Issued"), "issued", self.issued)
        self.add_field(self.tr("&Status"), "status", self.status)
        self.add_field(self.tr("&Judge"), "judge", self.judge)
        self.add_field(self.tr("S&ummary"), "summary", self.summary)
        self.action = self._create

    def _create(self) -> Changes:
        if self.matter.currentIndex() < 0:
            raise ValidationError("matter", self.tr("open a matter first (Matters ▸ New matter…)"))
        return self.services.orders.add(
            OrderCreate(
                matter_id=int(self.matter.currentData()),
                kind=str(self.kind.currentData()),
                title=self.title_edit.text(),
                issued=self.issued.text(),
                status=str(self.status.currentData()),
                summary=self.summary.toPlainText(),
                judge=self.judge.text(),
            )
        )


class AddObligationDialog(FormDialog):
    """What the order requires, by when, and (optionally) of whom."""

    def __init__(
        self, services: Services, order_id: int, roster_size: int, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Add obligation"))
        self.services = services
        self.order_id = order_id
        self.text = _long_text()
        self.due = QLineEdit(
            placeholderText=self.tr("e.g. 2025-04-07 23:59, or 14 days after 2025-06-20")
        )
        self.query = QLineEdit(placeholderText=self.tr("Find a client to name (optional)"))
        self.results = QListWidget()
        self.results.setFixedHeight(90)
        self.named = QListWidget()
        self.named.setFixedHeight(70)
        add = QPushButton(self.tr("Name &selected"))
        remove = QPushButton(self.tr("&Unname"))
        add.clicked.connect(self.name_selected)
        remove.clicked.connect(lambda: self.named.takeItem(self.named.currentRow()))
        self.results.itemActivated.connect(lambda _item: self.name_selected())
        hint = QLabel(
            self.tr(
                "Name nobody to bind everyone on the matter's roster (%1 people now, "
                "and whoever joins later)."
            ).replace("%1", f"{roster_size:,}")
        )
        hint.setWordWrap(True)
        who = QWidget()
        column = QVBoxLayout(who)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.query)
        column.addWidget(self.results)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(QLabel(self.tr("Named clients:")))
        column.addWidget(self.named)
        column.addWidget(hint)
        self.add_field(self.tr("&Requires"), "text", self.text)
        self.add_field(self.tr("&Due"), "due", self.due)
        # The court's zone and closures decide what the due text means.
        court = services.orders.summary(order_id).court
        self.add_field("", "within", DuePreview(services, self.due, court, self), "after")
        self.add_field(
            self.tr("Pre&sets"), "preset", PresetButton(self.due, services.ctx.today(), self)
        )
        self.add_field(self.tr("&Binds"), "client", who, "client_ids")
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _text: self._debounce.start())
        self.action = self._create

    def run_search(self) -> None:
        self._debounce.stop()
        self.results.clear()
        text = self.query.text().strip()
        if not text:
            return
        try:
            hits = self.services.search.clients(text, limit=20)
        except ValidationError as exc:
            self.mark(exc)
            return
        for hit in hits:
            item = QListWidgetItem(hit.display_name)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)

    def name_selected(self) -> None:
        row = self.results.currentRow()
        if row < 0:
            return
        item = self.results.item(row)
        client_id = item.data(Qt.ItemDataRole.UserRole)
        if client_id in self.named_ids():
            return
        named = QListWidgetItem(item.text())
        named.setData(Qt.ItemDataRole.UserRole, client_id)
        self.named.addItem(named)

    def named_ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.named.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.named.count())
        )

    def _create(self) -> Changes:
        return self.services.orders.add_obligation(
            ObligationCreate(
                order_id=self.order_id,
                text=self.text.toPlainText(),
                due=self.due.text(),
                client_ids=self.named_ids(),
            )
        )


class ChangeStatusDialog(FormDialog):
    """A new entry in the order's status history (stayed, vacated...)."""

    def __init__(
        self, services: Services, order_id: int, current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Change order status"))
        self.services = services
        self.order_id = order_id
        self.status = enum_combo(OrderStatus, current)
        self.date = QLineEdit(services.ctx.today().isoformat())
        self.date.setPlaceholderText(self.tr("e.g. 2025-06-23, or 2025-06 if the day is unknown"))
        self.source = QLineEdit(placeholderText=self.tr("e.g. Supreme Court order, docket entry"))
        self.note = _long_text()
        self.add_field(self.tr("&Status"), "status", self.status)
        self.add_field(self.tr("&Date"), "date", self.date)
        self.add_field(self.tr("S&ource"), "source", self.source)
        self.add_field(self.tr("&Note"), "note", self.note)
        self.action = self._change

    def _change(self) -> Changes:
        return self.services.orders.set_status(
            self.order_id,
            str(self.status.currentData()),
            self.date.text(),
            source=self.source.text(),
            note=self.note.toPlainText(),
        )


class RecordComplianceDialog(FormDialog):
    """One finding (complied, partial...) for each selected person, stored together."""

    def __init__(
        self,
        services: Services,
        obligation_id: int,
        people: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Record compliance"))
        self.services = services
        self.obligation_id = obligation_id
        self.people = people
        names = ", ".join(name for _id, name in people[:3])
        if len(people) > 3:
            names += self.tr(" and %1 more").replace("%1", f"{len(people) - 3:,}")
        if not people:  # an obligation binding no one on the roster is met as a whole
            names = self.tr("The obligation as a whole")
        who = QLabel(names)
        who.setWordWrap(True)
        self.status = enum_combo(Compliance, Compliance.COMPLIED.value)
        self.evidence = _long_text(90)
        self.evidence.setPlaceholderText(
            self.tr("What shows it: a filing, a declaration, a call with the client…")
        )
        self.date = QLineEdit(services.ctx.today().isoformat())
        self.add_field(self.tr("For"), "client", who)
        self.add_field(self.tr("&Status"), "status", self.status)
        self.add_field(self.tr("&Evidence"), "evidence", self.evidence)
        self.add_field(self.tr("&Date"), "date", self.date)
        self.action = self._record

    def _record(self) -> Changes:
        if not self.people:
            return self.services.findings.record(
                self.obligation_id,
                str(self.status.currentData()),
                evidence=self.evidence.toPlainText(),
                date=self.date.text() or None,
            )
        items = [
            ComplianceSet(
                obligation_id=self.obligation_id,
                client_id=client_id,
                status=str(self.status.currentData()),
                evidence=self.evidence.toPlainText(),
                date=self.date.text() or None,
            )
            for client_id, _name in self.people
        ]
        if len(items) == 1:
            return self.services.orders.set_compliance(items[0])
        return self.services.orders.set_compliance_many(items)
