"""The filter bar over the client list: status, whereabouts, nationality, matter, tag,
and whether archived clients are shown. It only builds a ``ClientQuery``; the list
model runs it in SQL."""

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from shiboken6 import isValid

from casedesk.domain.countries import COUNTRIES
from casedesk.domain.enums import CustodyKind, LegalStatus
from casedesk.domain.errors import CasedeskError
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientQuery
from casedesk.ui.labels import label as tr_label
from casedesk.ui.ops import run_quietly

TAG_DELAY_MS = 300


class FilterBar(QWidget):
    """Emits ``changed`` whenever the filters change (the tag after a short pause)."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._quiet = False  # set while filling widgets programmatically
        self.status = self._combo(
            self.tr("Any status"), [(s.value, tr_label(s)) for s in LegalStatus]
        )
        self.whereabouts = self._combo(
            self.tr("Any whereabouts"), [(k.value, tr_label(k)) for k in CustodyKind]
        )
        self.nationality = self._combo(self.tr("Any nationality"), [])
        self.matter = self._combo(self.tr("Any matter"), [])
        self.tag = QLineEdit(placeholderText=self.tr("Tag"))
        self.tag.setClearButtonEnabled(True)
        self.tag.setMaximumWidth(160)
        self._tag_timer = QTimer(self, singleShot=True, interval=TAG_DELAY_MS)
        self._tag_timer.timeout.connect(self._emit)
        self.tag.textChanged.connect(lambda _t: self._tag_timer.start())
        self.tag.returnPressed.connect(self._emit)
        self.include_archived = QCheckBox(self.tr("Include archived"))
        self.include_archived.toggled.connect(self._emit)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Show:")))
        for widget in (self.status, self.whereabouts, self.nationality, self.matter):
            layout.addWidget(widget, 1)
        layout.addWidget(self.tag, 1)
        layout.addWidget(self.include_archived)
        layout.addWidget(self.clear_button)

    def _combo(self, anything: str, items: list[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.addItem(anything, None)
        for value, label in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def _emit(self) -> None:
        self._tag_timer.stop()
        if not self._quiet:
            self.changed.emit()

    def reload_choices(self) -> None:
        """Refill the nationality and matter choices from the store, keeping selections."""
        try:
            nationalities = self.services.clients.nationalities(include_archived=True)
            matters = self.services.matters.list()
        except CasedeskError:
            return  # the list itself will report a store problem
        self._refill(
            self.nationality,
            [(code, f"{COUNTRIES.get(code, code)} ({count:,})") for code, count in nationalities],
        )
        self._refill(self.matter, [(m.id, f"{m.docket} — {m.title}") for m in matters])

    def reload_choices_soon(self) -> None:
        """``reload_choices`` with the two grouped queries on a worker: at a million
        clients counting nationalities takes a while, and opening the page must not wait."""
        services = self.services

        def work(_progress: object) -> tuple[list[tuple[str, int]], list[Any]]:
            return services.clients.nationalities(include_archived=True), services.matters.list()

        def done(found: tuple[list[tuple[str, int]], list[Any]]) -> None:
            if not isValid(self):
                return  # the page went away meanwhile
            nationalities, matters = found
            self._refill(
                self.nationality,
                [(code, f"{COUNTRIES.get(code, code)} ({n:,})") for code, n in nationalities],
            )
            self._refill(self.matter, [(m.id, f"{m.docket} — {m.title}") for m in matters])

        # A store problem shows in the list itself; the choices simply stay as they were.
        run_quietly(work, on_done=done, on_error=lambda _exc: None)

    def _refill(self, combo: QComboBox, items: list[tuple[Any, str]]) -> None:
        current = combo.currentData()
        self._quiet = True
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for value, label in items:
                combo.addItem(label, value)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, found))
        finally:
            self._quiet = False
        if current is not None and combo.currentData() != current:
            self.changed.emit()  # the chosen value vanished: the list must follow

    def query(self, base: ClientQuery) -> ClientQuery:
        """``base`` (which carries the sort) with these filters."""
        return replace(
            base,
            status=self.status.currentData(),
            whereabouts=self.whereabouts.currentData(),
            nationality=self.nationality.currentData(),
            matter_id=self.matter.currentData(),
            tag=self.tag.text().strip() or None,
            include_archived=self.include_archived.isChecked(),
        )

    def is_filtered(self) -> bool:
        return any(
            (
                self.status.currentIndex() > 0,
                self.whereabouts.currentIndex() > 0,
                self.nationality.currentIndex() > 0,
                self.matter.currentIndex() > 0,
                bool(self.tag.text().strip()),
            )
        )

    def set_values(self, values: dict[str, Any]) -> None:
        """Set filters from ``values`` (keys as in ``ClientQuery``); others are cleared.
        Emits ``changed`` once."""
        self._quiet = True
        try:
            for key, combo in (
                ("status", self.status),
                ("whereabouts", self.whereabouts),
                ("nationality", self.nationality),
                ("matter_id", self.matter),
            ):
                value = values.get(key)
                index = combo.findData(value) if value not in (None, "") else 0
                combo.setCurrentIndex(max(0, index))
            self.tag.setText(str(values.get("tag") or ""))
            self._tag_timer.stop()
            self.include_archived.setChecked(bool(values.get("include_archived", False)))
        finally:
            self._quiet = False
        self.changed.emit()

    def clear(self) -> None:
        self.set_values({})
