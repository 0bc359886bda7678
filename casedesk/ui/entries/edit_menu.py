"""The window's Edit menu: Undo <what> (Ctrl+Z), Redo <what> (Ctrl+Shift+Z) and the Trash.

Undo and redo cover the changes made in this window (each window has its own services
and so its own stacks); each is a new, audited change whose ``Changes`` go out on the
bus like any other, so every view refreshes through the one path. The menu names what
it will undo, and is disabled when there is nothing to undo.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

from casedesk.domain.changes import Changes
from casedesk.domain.errors import CasedeskError
from casedesk.ui.bus import Bus
from casedesk.ui.errors import show_error

if TYPE_CHECKING:
    from casedesk.services.registry import Services


#: The services name a change in English ("edit of legal status entry"); the menu says
#: it in the user's language: the verb pattern, then the noun.
VERBS: dict[str, object] = {
    "adding ": QT_TRANSLATE_NOOP("EditControls", "adding %1"),
    "edit of ": QT_TRANSLATE_NOOP("EditControls", "edit of %1"),
    "removal of ": QT_TRANSLATE_NOOP("EditControls", "removal of %1"),
    "unlinking ": QT_TRANSLATE_NOOP("EditControls", "unlinking %1"),
    "restoring ": QT_TRANSLATE_NOOP("EditControls", "restoring %1"),
    "unarchiving ": QT_TRANSLATE_NOOP("EditControls", "unarchiving %1"),
    "archiving ": QT_TRANSLATE_NOOP("EditControls", "archiving %1"),
}
WHOLE: dict[str, object] = {
    "mark done": QT_TRANSLATE_NOOP("EditControls", "mark done"),
    "mark not done": QT_TRANSLATE_NOOP("EditControls", "mark not done"),
}
NOUNS: dict[str, object] = {
    "client": QT_TRANSLATE_NOOP("EditControls", "client"),
    "alias": QT_TRANSLATE_NOOP("EditControls", "alias"),
    "legal status entry": QT_TRANSLATE_NOOP("EditControls", "legal status entry"),
    "whereabouts event": QT_TRANSLATE_NOOP("EditControls", "whereabouts event"),
    "note": QT_TRANSLATE_NOOP("EditControls", "note"),
    "contact": QT_TRANSLATE_NOOP("EditControls", "contact"),
    "document": QT_TRANSLATE_NOOP("EditControls", "document"),
    "matter": QT_TRANSLATE_NOOP("EditControls", "matter"),
    "matter link": QT_TRANSLATE_NOOP("EditControls", "matter link"),
    "court order": QT_TRANSLATE_NOOP("EditControls", "court order"),
    "order status entry": QT_TRANSLATE_NOOP("EditControls", "order status entry"),
    "obligation": QT_TRANSLATE_NOOP("EditControls", "obligation"),
    "compliance record": QT_TRANSLATE_NOOP("EditControls", "compliance record"),
    "deadline": QT_TRANSLATE_NOOP("EditControls", "deadline"),
}


def _t(text: object) -> str:
    return QCoreApplication.translate("EditControls", str(text))


def change_name(label: str) -> str:
    """A service's name for a change, in the user's language (unknown forms as given)."""
    if label in WHOLE:
        return _t(WHOLE[label])
    for prefix, pattern in VERBS.items():
        if label.startswith(prefix):
            noun = label[len(prefix) :]
            return _t(pattern).replace("%1", _t(NOUNS[noun]) if noun in NOUNS else noun)
    return label


class EditControls(QObject):
    """Built with the menus (before the store is open); ``attach`` brings them to life."""

    def __init__(self, window: QMainWindow, bar: QMenuBar) -> None:
        super().__init__(window)
        self.window = window
        self.services: Services | None = None
        self.bus: Bus | None = None
        self.menu = QMenu(self.tr("&Edit"), window)
        bar.addMenu(self.menu)
        self.undo_action = QAction(self.tr("&Undo"), window)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), window)
        # Ctrl+Shift+Z everywhere (the promise), and Ctrl+Y where that is usual.
        # (Duplicates removed: the same key twice on one action is "ambiguous" to Qt.)
        keys = [QKeySequence("Ctrl+Shift+Z")]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if key not in keys:
                keys.append(key)
        self.redo_action.setShortcuts(keys)
        self.redo_action.triggered.connect(self.redo)
        self.trash_action = QAction(self.tr("&Trash…"), window)
        self.trash_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.trash_action.triggered.connect(self.open_trash)
        for action in (self.undo_action, self.redo_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.trash_action)
        self.menu.aboutToShow.connect(self.update_labels)
        self.update_labels()

    def attach(self, services: "Services", bus: Bus) -> None:
        self.services = services
        self.bus = bus
        bus.operation_did_execute.connect(lambda *_: self.update_labels())
        self.update_labels()

    # ------------------------------------------------------------------ labels
    def update_labels(self) -> None:
        undo = self.services.undo.undo_label() if self.services is not None else None
        redo = self.services.undo.redo_label() if self.services is not None else None
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", change_name(undo)) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", change_name(redo)) if redo else self.tr("&Redo")
        )
        self.trash_action.setEnabled(self.services is not None)

    # ------------------------------------------------------------------ actions
    def undo(self) -> Changes | None:
        return self._run(undo=True)

    def redo(self) -> Changes | None:
        return self._run(undo=False)

    def _run(self, *, undo: bool) -> Changes | None:
        if self.services is None or self.bus is None:
            return None
        history = self.services.undo
        try:
            result = history.undo() if undo else history.redo()
        except CasedeskError as exc:
            show_error(self.window, exc)
            self.update_labels()
            return None
        self.bus.announce(result.changes, self)
        self.update_labels()
        message = self.tr("Undone: %1") if undo else self.tr("Redone: %1")
        self.window.statusBar().showMessage(message.replace("%1", change_name(result.label)), 8000)
        return result.changes

    def open_trash(self) -> None:
        if self.services is None or self.bus is None:
            return
        from casedesk.ui.entries.trash import open_trash  # noqa: PLC0415 - on demand

        open_trash(self.window, self.services, self.bus)
