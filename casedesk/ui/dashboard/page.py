"""The Dashboard page: the caseload in four pictures (status, whereabouts, time since last
contact, court-order duties person by person).

Figures are aggregated in SQL on a worker and redrawn after changes, debounced so a burst
of edits costs one read. Clicking a status or whereabouts bar lists those clients.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.domain.enums import CustodyKind, LegalStatus
from casedesk.services.dashboard import CONTACT_BUCKETS, DashboardFigures
from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.dashboard.chart import Bar, BarChart
from casedesk.ui.labels import label as tr_label
from casedesk.ui.ops import run_in_background
from casedesk.ui.pages import Page

REFRESH_DELAY_MS = 600
STATUS_COLOUR = QColor(46, 108, 164)
WHERE_COLOUR = QColor(94, 84, 142)
ALARM_COLOUR = QColor(176, 0, 32)
AMBER = QColor(214, 140, 0)
GREEN = QColor(46, 125, 50)
GREY = QColor(117, 117, 117)  # duties that do not run: order stayed or vacated
#: Whereabouts that need attention stand out in the picture.
ALARMING = {CustodyKind.WHEREABOUTS_UNKNOWN.value, CustodyKind.DETAINED.value}
CONTACT_COLOURS = (GREEN, QColor(124, 179, 66), AMBER, ALARM_COLOUR, QColor(120, 120, 120))


class DashboardPage(Page):
    #: Emitted after figures have been drawn.
    loaded = Signal()

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.figures: DashboardFigures | None = None
        self._dirty = True
        self._generation = 0

        self.headline = QLabel(self.tr("Loading the figures…"))
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.status_chart = BarChart(self.tr("Clients by current legal status"))
        self.where_chart = BarChart(self.tr("Where clients are now"))
        self.contact_chart = BarChart(self.tr("Time since last contact"))
        self.duty_chart = BarChart(self.tr("Court-order duties, person by person"))
        self.status_chart.bar_clicked.connect(
            lambda key: self.navigate.emit("clients_filter", {"status": key})
        )
        self.where_chart.bar_clicked.connect(
            lambda key: self.navigate.emit("clients_filter", {"whereabouts": key})
        )
        self.duty_chart.bar_clicked.connect(lambda _key: self.navigate.emit("deadlines", None))

        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(24)
        grid.addWidget(self.status_chart, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.where_chart, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.contact_chart, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.duty_chart, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.headline)
        inner.addSpacing(8)
        inner.addLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.empty = QLabel(
            self.tr(
                "No clients yet. The dashboard fills in as clients, matters and court "
                "orders are added."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.reload)

    def title(self) -> str:
        return self.tr("Dashboard")

    # ------------------------------------------------------------------ loading
    def activate(self) -> None:
        if self._dirty:
            self.reload()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes == Changes(new_id=changes.new_id) and not changes.everything:
            return  # nothing the figures depend on
        self._dirty = True
        if self.isVisible():
            self._refresh_timer.start()

    def reload(self) -> None:
        self._refresh_timer.stop()
        self._dirty = False
        self._generation += 1
        generation = self._generation
        dashboard = self.services.dashboard

        def done(figures: DashboardFigures) -> None:
            if generation == self._generation:
                self.show_figures(figures)

        run_in_background(
            self,
            lambda _progress: dashboard.figures(),
            on_done=done,
            label=self.tr("Counting the caseload…"),
            show_after_ms=3000,
        )

    # ------------------------------------------------------------------ drawing
    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        duties = figures.obligations
        if not figures.clients and not any(duties.values()):
            self.stack.setCurrentWidget(self.empty)
            self.loaded.emit()
            return
        self.stack.setCurrentIndex(0)
        overdue = duties.get("overdue", 0)
        headline = (
            self.tr("1 client on file")
            if figures.clients == 1
            else self.tr("%1 clients on file").replace("%1", f"{figures.clients:,}")
        )
        if overdue:
            headline += " · " + (
                self.tr(
                    "<span style='color:#b00020'><b>%1 overdue</b> court-order duties</span>"
                ).replace("%1", f"{overdue:,}")
            )
        self.headline.setText(headline)

        clients = (self.tr("client"), self.tr("clients"))
        self.status_chart.set_bars(
            [
                Bar(self._status_label(k), n, STATUS_COLOUR, k or None)
                for k, n in figures.by_status.items()
            ],
            units=clients,
            empty_text=self.tr("No clients yet."),
        )
        self.where_chart.set_bars(
            [
                Bar(
                    self._where_label(k),
                    n,
                    ALARM_COLOUR if k in ALARMING else WHERE_COLOUR,
                    k or None,
                )
                for k, n in figures.by_whereabouts.items()
            ],
            units=clients,
            empty_text=self.tr("No clients yet."),
        )
        contact_labels = {
            CONTACT_BUCKETS[0][0]: self.tr("30 days or less"),
            CONTACT_BUCKETS[1][0]: self.tr("31 to 90 days"),
            CONTACT_BUCKETS[2][0]: self.tr("91 to 180 days"),
            CONTACT_BUCKETS[3][0]: self.tr("More than 180 days"),
            "never": self.tr("Never in contact"),
        }
        self.contact_chart.set_bars(
            [
                Bar(contact_labels.get(k, k), figures.by_contact.get(k, 0), colour)
                for k, colour in zip(contact_labels, CONTACT_COLOURS, strict=True)
            ],
            units=clients,
            empty_text=self.tr("No clients yet."),
        )
        self.duty_chart.set_bars(
            [
                Bar(self.tr("Overdue"), overdue, ALARM_COLOUR, "overdue"),
                Bar(self.tr("Open, not yet due"), duties.get("open", 0), AMBER),
                Bar(self.tr("Met"), duties.get("met", 0), GREEN),
                Bar(self.tr("Suspended (order stayed)"), duties.get("suspended", 0), GREY),
                Bar(self.tr("Moot (order vacated)"), duties.get("moot", 0), GREY),
            ],
            units=(self.tr("person-duty"), self.tr("person-duties")),
            empty_text=self.tr("No court orders with duties yet."),
        )
        self.loaded.emit()

    def _status_label(self, value: str) -> str:
        try:
            return tr_label(LegalStatus(value)) if value else self.tr("Not recorded")
        except ValueError:  # a value from a newer version of casedesk
            return value

    def _where_label(self, value: str) -> str:
        try:
            return tr_label(CustodyKind(value)) if value else self.tr("Not recorded")
        except ValueError:
            return value
