"""How the import reads a sheet beyond its columns: date order, "as of" date, names.

Shown under the column mapping. The date order is proposed from the file's own dates
(a value whose first part is over 12 settles it) and its language, and the reason is
shown beside it; the "as of" date applies to statuses and whereabouts of a sheet that
has no date column for them; "replace names" lets rows matched by A-Number rewrite the
stored spelling instead of adding it as an alias. All three travel in the mapping (the
first two are saved with it), so the preview and the import read the file the same way.
"""

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit

from casedesk.domain.date_order import DateOrder
from casedesk.formats.mapping import ColumnMapping


class ReadingOptions(QGroupBox):
    """Date order combo, "as of" field and the replace-names box; edits the mapping."""

    def __init__(
        self,
        current: Callable[[], ColumnMapping | None],
        on_change: Callable[[ColumnMapping], None],
    ) -> None:
        super().__init__()
        self.setTitle(self.tr("Reading the file"))
        self._current, self._on_change = current, on_change
        self.order = QComboBox()
        for order, label in (
            (DateOrder.DAY_FIRST, self.tr("Day first (31/12/1990)")),
            (DateOrder.MONTH_FIRST, self.tr("Month first (12/31/1990)")),
            (DateOrder.YEAR_FIRST, self.tr("Year first (1990/12/31)")),
        ):
            self.order.addItem(label, order.value)
        self.order.setAccessibleName(self.tr("Date order"))
        self.order.activated.connect(self._changed)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.as_of = QLineEdit()
        self.as_of.setPlaceholderText(
            self.tr("empty: a status or whereabouts without a date is kept with its date unknown")
        )
        self.as_of.setAccessibleName(self.tr("As of date"))
        self.as_of.editingFinished.connect(self._changed)
        self.replace_names = QCheckBox(
            self.tr("&Replace stored names when a row matches a client by A-Number")
        )
        self.replace_names.setToolTip(
            self.tr(
                "Unticked, a different spelling is kept as an alias and the stored name "
                "stays as it is."
            )
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Dates like 03/04/1990 are written:"), self.order)
        form.addRow("", self.reason)
        form.addRow(self.tr("Statuses and whereabouts &as of:"), self.as_of)
        form.addRow("", self.replace_names)

    def show_mapping(self, mapping: ColumnMapping, order: DateOrder, reason: str) -> None:
        """Show ``mapping``'s options; ``order`` and ``reason`` are the proposal in force."""
        self.order.setCurrentIndex(max(0, self.order.findData(order.value)))
        self.reason.setText(
            self.tr("Proposed: %1.").replace("%1", reason)
            if mapping.date_order is None
            else self.tr("As chosen in the mapping.")
        )
        self.as_of.setText(mapping.as_of)

    def choose_order(self, order: DateOrder) -> None:
        """Pick ``order`` as a person would (used by tests)."""
        self.order.setCurrentIndex(self.order.findData(order.value))
        self.order.activated.emit(self.order.currentIndex())

    def _changed(self) -> None:
        mapping = self._current()
        if mapping is None:
            return
        chosen = DateOrder(self.order.currentData())
        self._on_change(mapping.with_options(date_order=chosen, as_of=self.as_of.text()))
