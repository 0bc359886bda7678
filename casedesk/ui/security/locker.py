"""Locking the window: every piece of client data off the screen, nothing destroyed.

The window's central area switches to the lock screen (the pages are hidden, never
closed, so unsaved edits survive); the search field is emptied, menus and toolbar are
disabled except Quit, the title names no client, and other windows are hidden. A
dialog waiting in ``exec()`` cannot be hidden without ending it (its edits would be
lost), so it is *veiled* instead: its contents are hidden and its title replaced, and
the lock screen is shown in a dialog above it, since a modal dialog blocks the window.
Unlocking puts everything back as it was.
"""

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.ui.security.lock_screen import LockScreen


class _LockDialog(QDialog):
    """The lock screen above a veiled modal dialog (which would block the window's)."""

    def __init__(self, screen: LockScreen, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lock-dialog")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        layout = QVBoxLayout(self)
        layout.addWidget(screen)
        self.resize(560, 360)

    def reject(self) -> None:  # Escape does not unlock
        pass


class Locker(QObject):
    """Locks and unlocks one main window. ``verify(passphrase)`` runs on a worker."""

    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, quit_action: QAction | None) -> None:
        super().__init__(window)
        self.window = window
        self.quit_action = quit_action
        self.locked = False
        self.pending_quit = False
        self.store_name = ""
        self.verify: Callable[[str], bool] = lambda _p: False
        content = window.takeCentralWidget()
        assert content is not None, "the window's central widget is set before this"
        self.content: QWidget = content
        self.stack = QStackedWidget()
        self.stack.setObjectName("central-stack")
        self.stack.addWidget(self.content)
        window.setCentralWidget(self.stack)
        self.screen: LockScreen | None = None
        self.dialog: _LockDialog | None = None
        self._saved: dict[str, Any] = {}
        self._actions: list[tuple[QAction, bool]] = []
        self._hidden: list[QWidget] = []
        self._veiled: list[tuple[QWidget, str, list[QWidget]]] = []

    # ------------------------------------------------------------------ lock
    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        window = self.window
        app = QApplication.instance()
        self._saved = {
            "title": window.windowTitle(),
            "status": window.statusBar().currentMessage(),
            "focus": QApplication.focusWidget(),
        }
        search = getattr(window, "search", None)
        if search is not None:
            self._saved["search"] = search.text()
            search.blockSignals(True)
            search.clear()
            search.blockSignals(False)
        self._disable_actions()
        for bar in window.findChildren(QWidget, "main-toolbar"):
            bar.setEnabled(False)
        for other in QApplication.topLevelWidgets():
            self._cover(other)
        if self.screen is None:
            self.screen = LockScreen(self.store_name, self._verify)
            self.screen.unlocked.connect(self.unlock)
            self.stack.addWidget(self.screen)
        self.screen.reset()
        self.content.setEnabled(False)
        self.stack.setCurrentWidget(self.screen)
        window.setWindowTitle(self.tr("casedesk — locked"))
        window.statusBar().showMessage(self.tr("Locked. Type the passphrase to continue."))
        window.installEventFilter(self)
        if app is not None:
            app.installEventFilter(self)
        if self._veiled:
            self._show_dialog()
        else:
            self.screen.setFocus()
        self.locked_changed.emit(True)

    def _verify(self, passphrase: str) -> bool:
        return self.verify(passphrase)

    def _disable_actions(self) -> None:
        self._actions = []
        menus = [m for a in self.window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
        while menus:
            menu = menus.pop()
            for action in menu.actions():
                sub = action.menu()
                if isinstance(sub, QMenu):
                    menus.append(sub)
                if action is self.quit_action or action.isSeparator():
                    continue
                self._actions.append((action, action.isEnabled()))
                action.setEnabled(False)

    def _cover(self, other: QWidget) -> None:
        """Hide another window, or veil it when it is modal (see the module doc)."""
        if other is self.window or other is self.dialog or not other.isVisible():
            return
        if other.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            return  # menus (Quit stays usable) and tooltips
        if other in self._hidden:
            return
        if any(other is veiled for veiled, _t, _c in self._veiled):
            return
        if other.isModal():
            children = [
                c
                for c in other.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
                )
                if c.isVisible() and not c.isWindow()
            ]
            for child in children:
                child.hide()
            self._veiled.append((other, other.windowTitle(), children))
            other.setWindowTitle(self.tr("casedesk — locked"))
            other.installEventFilter(self)
        else:
            other.hide()
            self._hidden.append(other)

    def _show_dialog(self) -> None:
        """The lock screen in a dialog above the veiled ones (newest modal gets input)."""
        if self.dialog is None:
            second = LockScreen(self.store_name, self._verify)
            second.unlocked.connect(self.unlock)
            self.dialog = _LockDialog(second, self.window)
            self.dialog.setWindowTitle(self.tr("casedesk — locked"))
        self.dialog.hide()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        screen = self.dialog.findChild(LockScreen)
        if screen is not None:
            screen.reset()
            screen.setFocus()

    # ------------------------------------------------------------------ unlock
    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        window = self.window
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        window.removeEventFilter(self)
        if self.dialog is not None:
            self.dialog.hide()
        self.content.setEnabled(True)
        self.stack.setCurrentWidget(self.content)
        for action, enabled in self._actions:
            if shiboken6.isValid(action):
                action.setEnabled(enabled)
        self._actions = []
        for bar in window.findChildren(QWidget, "main-toolbar"):
            bar.setEnabled(True)
        search = getattr(window, "search", None)
        if search is not None:
            search.blockSignals(True)
            search.setText(self._saved.get("search", ""))
            search.blockSignals(False)
        window.setWindowTitle(self._saved.get("title", "casedesk"))
        window.statusBar().showMessage(self._saved.get("status", ""))
        for veiled, title, children in self._veiled:
            if shiboken6.isValid(veiled):
                veiled.removeEventFilter(self)
                veiled.setWindowTitle(title)
                for child in children:
                    if shiboken6.isValid(child):
                        child.show()
        for hidden in self._hidden:
            if shiboken6.isValid(hidden):
                hidden.show()
        self._veiled, self._hidden = [], []
        focus = self._saved.get("focus")
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus()
        self._saved = {}
        self.locked_changed.emit(False)
        if self.pending_quit:
            self.pending_quit = False
            window.close()

    # ------------------------------------------------------------------ while locked
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.locked:
            return False
        kind = event.type()
        if kind == QEvent.Type.Close and (watched is self.window or self._is_veiled(watched)):
            # Quitting asks about unsaved changes, naming the client: unlock first.
            event.ignore()
            if watched is self.window:
                self.pending_quit = True
                for screen in self._screens():
                    screen.say(
                        self.tr(
                            "Type the passphrase to quit: casedesk first asks about any "
                            "unsaved changes, and that would show client data."
                        )
                    )
            return True
        if (
            kind == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self.window
            and watched is not self.dialog
        ):
            # A window that opens while locked (a finished job's message) is covered too,
            # once it is fully shown.
            QTimer.singleShot(0, lambda w=watched: self._cover_late(w))
        return False

    def _cover_late(self, other: QWidget) -> None:
        if not self.locked or not shiboken6.isValid(other):
            return
        self._cover(other)
        if self._is_veiled(other):
            self._show_dialog()

    def _is_veiled(self, watched: QObject) -> bool:
        return any(watched is veiled for veiled, _t, _c in self._veiled)

    def _screens(self) -> list[LockScreen]:
        screens = [self.screen] if self.screen is not None else []
        second = self.dialog.findChild(LockScreen) if self.dialog is not None else None
        if second is not None and second.isVisible():
            screens.append(second)
        return screens
