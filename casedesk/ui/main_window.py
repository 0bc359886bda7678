"""The main window: navigation between the pages, the global search (Ctrl+K), menus
with shortcuts, the status bar, and geometry remembered between runs."""

import logging
import threading
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLockFile, QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from casedesk import __version__
from casedesk.domain.changes import Changes
from casedesk.ui.bus import Bus
from casedesk.ui.closing_backup import back_up_then
from casedesk.ui.desktop_prompt import add_menu_actions
from casedesk.ui.entries.edit_menu import EditControls
from casedesk.ui.pages import Page
from casedesk.ui.security.controls import SecurityControls
from casedesk.ui.team.live import attach_team
from casedesk.ui.team.open_dialog import ask_and_open

if TYPE_CHECKING:
    from casedesk.services.registry import Services

log = logging.getLogger("casedesk.ui")

SEARCH_DELAY_MS = 40  # typing pauses; results must show within 100 ms of the last key
DAILY_BACKUP_DELAY_MS = 60_000  # the daily backup waits until start-up is well over


# Literal calls, so pyside6-lupdate finds the titles (it reads the source, not values).
PAGE_TITLES: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("MainWindow", "Clients")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Matters")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Orders & compliance")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Deadlines")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Dashboard")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Calendar")),
)


class MainWindow(QMainWindow):
    """The window. It can appear before the store is open (``services=None``): menus,
    navigation and the search field work at once, and ``attach`` builds the pages when
    the services are ready, so start-up does not wait for the database libraries."""

    def __init__(self, services: "Services | None" = None) -> None:
        super().__init__()
        self.bus = Bus(self)
        self.pages: list[Page] = []
        #: Rotating backups on close and daily; off for --smoke install checks.
        self.auto_backup = True
        self._closing_backup_running = False
        self._closing_backup_done = False
        self.resize(1280, 800)
        self.setWindowTitle("casedesk")

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        for title in PAGE_TITLES:
            self.nav.addItem(self.tr(title))
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Opening the store…"))
        # Centred by style sheet: touching PySide6's Qt namespace before the first paint
        # costs ~30 ms of enum set-up, a fifth of the whole start-up.
        self.loading.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.stack.addWidget(self.loading)
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(240)
        self.nav.currentRowChanged.connect(self._show_page)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        # The "Due soon" strip goes above every page (casedesk.ui.reminders).
        right = QWidget()
        self.page_column = QVBoxLayout(right)
        self.page_column.setContentsMargins(0, 0, 0, 0)
        self.page_column.setSpacing(0)
        self.page_column.addWidget(self.stack)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([190, 1090])
        self.setCentralWidget(splitter)

        self.search = QLineEdit(
            placeholderText=self.tr("Find a client by any spelling, alias or A-Number (Ctrl+K)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(420)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._run_search)
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self._build_menus(toolbar)
        toolbar.addSeparator()
        toolbar.addWidget(self.search)
        self._restore()
        if services is not None:
            self.attach(services)

    @property
    def ready(self) -> bool:
        return bool(self.pages)

    def attach(self, services: "Services") -> None:
        """Build the pages on ``services`` (imports the feature pages on first use)."""
        from casedesk.ui.clients.page import ClientsPage  # noqa: PLC0415 - see class doc
        from casedesk.ui.dashboard.page import DashboardPage  # noqa: PLC0415
        from casedesk.ui.deadlines.page import DeadlinesPage  # noqa: PLC0415
        from casedesk.ui.matters.page import MattersPage  # noqa: PLC0415
        from casedesk.ui.orders.page import OrdersPage  # noqa: PLC0415

        self.services = services
        self.setWindowTitle(self.tr("casedesk — %1").replace("%1", services.ctx.store_info().name))
        self.clients = ClientsPage(services, self.bus)
        self.matters = MattersPage(services, self.bus)
        self.orders = OrdersPage(services, self.bus)
        self.deadlines = DeadlinesPage(services, self.bus)
        self.dashboard = DashboardPage(services, self.bus)
        from casedesk.ui.calendar.page import CalendarPage  # noqa: PLC0415
        from casedesk.ui.reminders import DueSoonStrip, ReminderCentre  # noqa: PLC0415

        self.calendar = CalendarPage(services, self.bus)
        self.pages = [
            self.clients,
            self.matters,
            self.orders,
            self.deadlines,
            self.dashboard,
            self.calendar,
        ]
        for page in self.pages:
            self.stack.addWidget(page)
            page.navigate.connect(self.navigate)
        self.stack.removeWidget(self.loading)
        self.loading.deleteLater()
        self.bus.operation_did_execute.connect(self._update_status)
        self.reminders = ReminderCentre(services, self.bus, self)
        self.due_strip = DueSoonStrip(self.reminders)
        self.page_column.insertWidget(0, self.due_strip)
        self.reminders.navigate.connect(self.navigate)
        self.reminders.start()
        if not services.ctx.store_info().is_team:  # a team store is shared by design
            self._claim_store(services.ctx.store.path)
        self.security.attach(services)
        self.edit_controls.attach(services, self.bus)
        self.team_live = attach_team(self, services)  # team stores: live refresh, presence
        row = max(0, self.nav.currentRow())
        self.nav.setCurrentRow(-1)
        self.nav.setCurrentRow(row)
        self._update_status(Changes(everything=True), None)
        if self.search.text().strip():  # typed while the store was opening
            self._run_search()
        # At most one automatic backup a day, a minute after start (not during start-up),
        # on a worker thread.
        if self.auto_backup:
            # Owned by the window and stopped on close, so a window closed within the
            # minute never backs up a store that has gone.
            self._daily_timer = QTimer(self, singleShot=True, interval=DAILY_BACKUP_DELAY_MS)
            self._daily_timer.timeout.connect(
                lambda: threading.Thread(
                    target=self._daily_backup, name="daily-backup", daemon=True
                ).start()
            )
            self._daily_timer.start()

    def _claim_store(self, path: Path) -> None:
        """Say so when another casedesk window already has this store open: both work
        (writes wait for each other), but neither sees the other's changes until it
        refreshes."""
        self.store_lock = QLockFile(str(path) + ".lock")
        self.store_lock.setStaleLockTime(0)  # a crashed window's lock is taken over
        self.shared_store = not self.store_lock.tryLock(0)
        if self.shared_store:
            QMessageBox.information(
                self,
                "casedesk",
                self.tr(
                    "Another casedesk window already has this store open. You can work "
                    "in both; each saves safely, but shows the other's changes only "
                    "after you switch page or search again."
                ),
            )

    def _daily_backup(self) -> None:
        try:
            self.services.backups.automatic(min_age=timedelta(days=1))
        except Exception:  # logged; the window must not depend on it
            log.exception("daily automatic backup failed")

    # ------------------------------------------------------------------ menus
    def _action(
        self, text: str, shortcut: str | QKeySequence.StandardKey | None, slot: object
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self, toolbar: QToolBar) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_client_action = self._action(self.tr("&New client…"), "Ctrl+N", self._new_client)
        self.brief_action = self._action(self.tr("&Print brief…"), "Ctrl+P", self._brief)
        file_menu.addAction(self.new_client_action)
        file_menu.addAction(
            self._action(
                self.tr("New &matter…"),
                "Ctrl+Shift+M",
                lambda: self._on_page("matters", "new_matter"),
            )
        )
        file_menu.addAction(
            self._action(self.tr("New &order…"), None, lambda: self._on_page("orders", "new_order"))
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Open &team store…"), None, self._open_team))
        file_menu.addAction(self._action(self.tr("&Import…"), "Ctrl+I", self._import))
        file_menu.addAction(self._action(self.tr("&Export…"), "Ctrl+E", self._export))
        file_menu.addAction(self._action(self.tr("&Back up now…"), None, self._backup_now))
        file_menu.addAction(
            self._action(self.tr("&Restore from backup…"), None, self._restore_backup)
        )
        file_menu.addAction(
            self._action(self.tr("Automatic backups to &keep…"), None, self._set_backups_keep)
        )
        file_menu.addSeparator()
        file_menu.addAction(self.brief_action)
        file_menu.addAction(
            self._action(self.tr("&Letterhead and paper…"), None, self._edit_letterhead)
        )
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        file_menu.addAction(self.quit_action)
        # Undo / Redo of this window's changes and the Trash (casedesk.ui.entries).
        self.edit_controls = EditControls(self, bar)
        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addAction(self._action(self.tr("Find client"), "Ctrl+K", self._focus_search))
        for row, title in enumerate(PAGE_TITLES):
            go_menu.addAction(
                self._action(
                    self.tr(title),
                    f"Ctrl+{row + 1}",
                    lambda _=False, r=row: self.nav.setCurrentRow(r),
                )
            )
        tools_menu = bar.addMenu(self.tr("&Tools"))
        tools_menu.addAction(
            self._action(self.tr("Find &duplicate records…"), "Ctrl+Shift+D", self._duplicates)
        )
        tools_menu.addAction(self._action(self.tr("Court &closures…"), None, self._closures))
        # Encrypt / change passphrase, lock now and when idle (casedesk.ui.security).
        self.security = SecurityControls(self, tools_menu, self.quit_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About casedesk"), None, self._about))
        add_menu_actions(self, help_menu)  # Linux frozen build: menu entry on/off
        toolbar.addAction(self.new_client_action)
        toolbar.addAction(self.brief_action)

    # ------------------------------------------------------------------ navigation
    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):  # nothing to show until the store is open
            self.stack.setCurrentIndex(row)
            self.pages[row].activate()

    def show_page(self, page: Page) -> None:
        self.nav.setCurrentRow(self.pages.index(page))

    def navigate(self, where: str, key: object) -> None:
        if not self.ready:
            return
        target = {
            "client": self.clients,
            "clients_filter": self.clients,
            "matter": self.matters,
            "order": self.orders,
            "deadlines": self.deadlines,
            "calendar": self.calendar,
        }.get(where)
        if target is None:
            return
        self.show_page(target)
        if where == "clients_filter" and isinstance(key, dict):
            apply = getattr(self.clients, "apply_filter", None)
            if apply is not None:
                apply(key)
        elif key is not None:
            target.show_item(key)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _run_search(self) -> None:
        self._debounce.stop()
        if not self.ready:
            return  # attach() runs it once the store is open
        self.show_page(self.clients)
        self.clients.search(self.search.text())

    def _on_page(self, name: str, method: str) -> None:
        if not self.ready:
            return
        page = getattr(self, name)
        self.show_page(page)
        getattr(page, method)()

    def _open_team(self) -> None:
        ask_and_open(self)

    def _import(self) -> None:
        if self.ready:
            from casedesk.ui.imports.wizard import open_import_wizard  # noqa: PLC0415 - on demand

            open_import_wizard(self, self.services, self.bus)

    def _export(self) -> None:
        if self.ready:
            from casedesk.ui.imports.export import open_export_dialog  # noqa: PLC0415

            open_export_dialog(self, self.services)

    def _duplicates(self) -> None:
        if self.ready:
            from casedesk.ui.imports.duplicates import open_duplicates_dialog  # noqa: PLC0415

            open_duplicates_dialog(self, self.services, self.bus)

    def _backup_now(self) -> None:
        if not self.ready:
            return
        from casedesk.ui.ops import run_in_background  # noqa: PLC0415

        def done(result: object) -> None:
            path = getattr(result, "path", "")
            QMessageBox.information(
                self,
                self.tr("Backup"),
                self.tr("Backed up and verified:\n%1").replace("%1", str(path)),
            )

        run_in_background(
            self,
            lambda _p: self.services.backups.backup(),
            on_done=done,
            label=self.tr("Backing up the store…"),
        )

    def _closures(self) -> None:
        """Tools ▸ Court closures…: the days each court was closed (FRCP 6(a))."""
        if not self.ready:
            return
        from casedesk.ui.calendar.closures import open_closures  # noqa: PLC0415 - on use

        open_closures(self, self.services, self.bus)

    def _edit_letterhead(self) -> None:
        if not self.ready:
            return
        from casedesk.ui.briefs.letterhead import LetterheadDialog  # noqa: PLC0415

        dialog = LetterheadDialog(self.services, self)
        if dialog.exec() and dialog.changes is not None:
            self.bus.announce(dialog.changes, None)
            self.statusBar().showMessage(self.tr("Letterhead and paper saved."))

    def _set_backups_keep(self) -> None:
        if not self.ready:
            return
        from PySide6.QtWidgets import QInputDialog  # noqa: PLC0415

        from casedesk.ui.ops import mutate  # noqa: PLC0415

        current = self.services.settings.backups_keep()
        value, ok = QInputDialog.getInt(
            self,
            self.tr("Automatic backups"),
            self.tr(
                "casedesk backs the store up when the window closes and once a day, into\n"
                "%1\n\nHow many of these automatic backups should be kept?"
            ).replace("%1", str(self.services.backups.folder)),
            current,
            1,
            365,
        )
        if not ok or value == current:
            return
        if mutate(self, self.bus, lambda: self.services.settings.set("backups_keep", str(value))):
            self.statusBar().showMessage(
                self.tr("The newest %1 automatic backups will be kept.").replace("%1", str(value))
            )

    def _restore_backup(self) -> None:
        if not self.ready:
            return
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

        folder = str(self.services.backups.folder)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from backup"), folder, self.tr("casedesk backups (*.sqlite)")
        )
        if not name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace everything in this store with the backup %1?\n\nThe store as it is "
                "now is kept as a backup first."
            ).replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from casedesk.domain.errors import CasedeskError  # noqa: PLC0415
        from casedesk.ui.errors import show_error  # noqa: PLC0415

        try:
            self.services.backups.restore(Path(name))
        except CasedeskError as exc:
            show_error(self, exc)
            return
        self.bus.announce(Changes(everything=True), self)

    def _new_client(self) -> None:
        if not self.ready:
            return
        self.show_page(self.clients)
        create = getattr(self.clients, "new_client", None)
        if create is not None:
            create()

    def _brief(self) -> None:
        if not self.ready:
            return
        page = self.pages[self.stack.currentIndex()]
        handler = getattr(page, "print_brief", None)
        if handler is not None:
            handler()
        else:
            QMessageBox.information(
                self,
                "casedesk",
                self.tr("Open a client, matter, order or the deadlines to print a brief."),
            )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About casedesk"),
            self.tr(
                "<b>casedesk %1</b><p>Offline case management for immigration and "
                "human-rights advocates. Licence: GPL-3.0-or-later.</p><p>Fonts: Liberation "
                "Sans (SIL Open Font License 1.1). Libraries: Qt 6 and PySide6 (LGPLv3), "
                "SQLAlchemy, SQLModel, Alembic, pydantic, openpyxl, rapidfuzz, platformdirs "
                "(MIT), ReportLab, icalendar (BSD), PDFium via pypdfium2 (Apache-2.0/BSD), "
                "Pillow (HPND), Python (PSF).</p>"
            ).replace("%1", __version__),
        )

    def _update_status(self, changes: Changes, _initiator: object) -> None:
        if not changes.touches_clients:
            return
        total = self.clients.model.total
        self.statusBar().showMessage(
            self.tr("%Ln client(s) · store %1", "", total).replace(
                "%1", self.services.ctx.store_info().location
            )
        )

    # ------------------------------------------------------------------ settings
    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)

    def _closing_backup_finished(self) -> None:
        self._closing_backup_running = False
        self._closing_backup_done = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for page in self.pages:
            can_close = getattr(page, "can_close", None)
            if can_close is not None and not can_close():
                event.ignore()
                return
        timer = getattr(self, "_daily_timer", None)
        if timer is not None:
            timer.stop()
        reminders = getattr(self, "reminders", None)
        if reminders is not None:
            reminders.stop()
        if self.ready and self.auto_backup and not self._closing_backup_done:
            # An automatic, rotating backup each time the window closes, made on a worker:
            # the window stays responsive and closes itself when the copy is done.
            if not self._closing_backup_running:
                self._closing_backup_running = True
                back_up_then(self, self.services, self._closing_backup_finished)
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        for page in self.pages:
            save = getattr(page, "save_state", None)
            if save is not None:
                save()
        lock = getattr(self, "store_lock", None)
        if lock is not None and lock.isLocked():
            lock.unlock()  # a closed window no longer has the store open
        event.accept()
