"""The quick integrity check behind the window, and the banner when the store is damaged.

Once the pages are up, SQLite's quick check runs on a worker thread (about a second per
100,000 clients, so start-up does not wait for it). A damaged store is switched to
read-only by the service; the banner says so in plain words, names the newest backup
that verifies, and restores it after a confirmation, keeping the damaged file aside. It
also offers to export what can still be read as JSON (for a store whose backups are too
old, or missing): the result says which tables did not come out whole.
"""

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolBar,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.domain.errors import CasedeskError
from casedesk.ui.errors import show_error
from casedesk.ui.ops import run_in_background

if TYPE_CHECKING:
    from casedesk.services.backup import GoodBackup
    from casedesk.services.registry import Services
    from casedesk.ui.main_window import MainWindow

#: The quick check again every six hours while the window is open.
RECHECK_MS = 6 * 3600 * 1000

BANNER_STYLE = (
    "QWidget#health-banner { background: #fdecea; border: 1px solid #e0a19b; }"
    "QLabel { color: #611a15; }"
)


class _Result(QObject):
    found = Signal(object, object)  # StoreHealth, GoodBackup | None


class HealthBanner(QToolBar):
    """A full-width bar under the toolbar, shown only while the store is damaged."""

    def __init__(self, window: "MainWindow", services: "Services") -> None:
        super().__init__(window.tr("Store health"), window)
        self.setObjectName("health-bar")
        self.setMovable(False)
        self.window_ = window
        self.services = services
        self.good: GoodBackup | None = None
        box = QWidget()
        box.setObjectName("health-banner")
        box.setStyleSheet(BANNER_STYLE)
        row = QHBoxLayout(box)
        row.setContentsMargins(10, 4, 10, 4)
        self.text = QLabel()
        self.text.setWordWrap(True)
        # A wrapping label in a tool bar is sized for its narrowest width (a tall bar);
        # this keeps it to a line or two.
        self.text.setMinimumWidth(640)
        self.restore_button = QPushButton(self.tr("Restore it…"))
        self.restore_button.clicked.connect(self.restore)
        self.salvage_button = QPushButton(self.tr("Export what can be read…"))
        self.salvage_button.clicked.connect(self.salvage)
        row.addWidget(self.text, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.salvage_button)
        self.addWidget(box)
        self.setVisible(False)
        self._result = _Result(self)
        self._result.found.connect(self.show_health)
        # How many checks have reported, and the worker of the latest: tests (and a
        # closing window) wait on these instead of on a timer.
        self.checks_done = 0
        self.worker: threading.Thread | None = None

    def check_soon(self) -> None:
        """Run the quick check (and, if needed, look for a good backup) on a worker."""

        def work() -> None:
            try:
                health = self.services.maintenance.quick_check()
                good = self.services.backups.latest_good() if health.read_only else None
            except CasedeskError:  # the store went away (closed); nothing to report
                return
            self._result.found.emit(health, good)

        self.worker = threading.Thread(target=work, name="quick-check", daemon=True)
        self.worker.start()

    def show_health(self, health: Any, good: "GoodBackup | None") -> None:
        self.checks_done += 1
        if not health.read_only:
            self.setVisible(False)
            return
        self.good = good
        if good is not None:
            when = good.created_at.strftime("%Y-%m-%d %H:%M")
            self.text.setText(
                self.tr(
                    "<b>This store is damaged, so it was opened read-only:</b> nothing can be "
                    "saved. Your newest good backup is from %1 (%2 clients)."
                )
                .replace("%1", when)
                .replace("%2", f"{good.facts.clients:,}")
            )
        else:
            self.text.setText(
                self.tr(
                    "<b>This store is damaged, so it was opened read-only:</b> nothing can be "
                    "saved, and no good backup was found in %1. Copy the store file somewhere "
                    "safe before anything else."
                ).replace("%1", str(self.services.backups.folder))
            )
        self.restore_button.setVisible(good is not None)
        self.window_.statusBar().showMessage(self.tr("The store is damaged: read-only"))
        self.setVisible(True)

    def restore(self) -> None:
        good = self.good
        if good is None:
            return
        answer = QMessageBox.question(
            self.window_,
            self.tr("Restore the newest good backup"),
            self.tr(
                "Replace the damaged store with the backup %1?\n\nChanges made after that "
                "backup are not in it. The damaged file is kept in the backups folder."
            ).replace("%1", good.path.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(result: Any) -> None:
            self.setVisible(False)
            self.window_.bus.announce(Changes(everything=True), self.window_)
            self.window_.statusBar().showMessage(
                self.tr("Restored from %1; the damaged file is kept as %2")
                .replace("%1", good.path.name)
                .replace("%2", result.path.name)
            )

        run_in_background(
            self.window_,
            lambda _p: self.services.backups.restore(good.path),
            on_done=done,
            on_error=lambda exc: show_error(self.window_, exc),
            label=self.tr("Restoring the backup…"),
        )

    def salvage(self) -> None:
        """Ask where, then export what can still be read of the damaged store as JSON."""
        store = self.services.ctx.store.path
        chosen, _ = QFileDialog.getSaveFileName(
            self.window_,
            self.tr("Export what can be read"),
            str(store.with_name(f"{store.stem}-salvaged.json")),
            self.tr("casedesk export (*.json)"),
        )
        if not chosen:
            return
        out = Path(chosen if chosen.lower().endswith(".json") else chosen + ".json")
        title = self.tr("Export what can be read")

        def done(report: Any) -> None:
            summary = (
                self.tr("Wrote what could be read to %1: %2 clients.")
                .replace("%1", str(out))
                .replace("%2", f"{report.clients:,}")
            )
            if report.complete:
                QMessageBox.information(
                    self.window_, title, summary + " " + self.tr("Every table was read whole.")
                )
                return
            QMessageBox.warning(
                self.window_,
                title,
                summary
                + "\n\n"
                + self.tr("Not exported (the damage reaches these):")
                + "\n"
                + "\n".join(report.lines()),
            )

        run_in_background(
            self.window_,
            lambda _p: self.services.exports.salvage_json(out),
            on_done=done,
            on_error=lambda exc: show_error(self.window_, exc),
            label=self.tr("Reading what can still be read…"),
        )


def watch(window: "MainWindow", services: "Services") -> HealthBanner:
    """Add the (hidden) banner under the toolbar and start the quick check."""
    banner = HealthBanner(window, services)
    window.addToolBarBreak()
    window.addToolBar(banner)
    banner.check_soon()
    # And again on a schedule while the window stays open (a window can stay open for
    # days); writes never wait for it.
    schedule = QTimer(banner, interval=RECHECK_MS)
    schedule.timeout.connect(banner.check_soon)
    schedule.start()
    return banner
