"""The applications-menu question and the Help menu actions for Linux desktops.

A person who unpacks the tarball with the archive manager and double-clicks
``casedesk/casedesk`` has no menu entry yet. Once the window is up, casedesk asks once
per run whether to add itself to the applications menu (Yes / Not now / Don't ask again,
the last remembered in QSettings); Help > Add to applications menu and Remove from
applications menu do it at any time. The files are written by
``casedesk.desktop_integration``; only the frozen Linux build offers any of this.
"""

import logging
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from casedesk import desktop_integration
from casedesk.desktop_integration import IntegrationError, State

log = logging.getLogger("casedesk.ui")

#: True once the person answered "Don't ask again".
NEVER_ASK_KEY = "desktop/never_offer_menu_entry"


class Answer(Enum):
    ADD = "add"
    LATER = "later"
    NEVER = "never"


def ask(parent: QWidget | None) -> Answer:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "casedesk",
        QCoreApplication.translate("DesktopPrompt", "Add casedesk to your applications menu?"),
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.NoToAll,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "DesktopPrompt",
            "You can then start casedesk from the menu like any other program, without "
            "opening this folder. It stays where it is now: if you move or delete this "
            "folder, the menu entry stops working.",
        )
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("DesktopPrompt", "Not now")
    )
    box.button(QMessageBox.StandardButton.NoToAll).setText(
        QCoreApplication.translate("DesktopPrompt", "Don't ask again")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    result = QMessageBox.StandardButton(box.exec())
    if result == QMessageBox.StandardButton.Yes:
        return Answer.ADD
    if result == QMessageBox.StandardButton.NoToAll:
        return Answer.NEVER
    return Answer.LATER


def offer(
    window: QWidget,
    *,
    force: bool = False,
    executable: Path | None = None,
    home: Path | None = None,
) -> Answer | None:
    """Ask once, if this copy is not in the menu and the person did not say never.
    Returns the answer, or None when nothing was asked. ``force`` skips the frozen-Linux
    check (tests); the caller keeps this out of --smoke runs."""
    if not (force or desktop_integration.available()):
        return None
    settings = QSettings()
    if settings.value(NEVER_ASK_KEY, False, type=bool):
        return None
    exe = desktop_integration.running_executable() if executable is None else executable
    if not desktop_integration.should_offer(exe, home=home):
        return None
    answer = ask(window)
    if answer is Answer.ADD:
        add(window, executable=exe, home=home)
    elif answer is Answer.NEVER:
        settings.setValue(NEVER_ASK_KEY, True)
        settings.sync()
    return answer


def offer_soon(window: QWidget) -> None:
    """Ask after the event loop has shown the window (call from the normal start-up)."""
    if desktop_integration.available():
        QTimer.singleShot(0, lambda: offer(window))


def add(window: QWidget, *, executable: Path | None = None, home: Path | None = None) -> bool:
    exe = desktop_integration.running_executable() if executable is None else executable
    return _change_menu(
        window,
        lambda: desktop_integration.install(exe, home=home),
        QCoreApplication.translate(
            "DesktopPrompt", "casedesk could not be added to the applications menu: %1"
        ),
        QCoreApplication.translate(
            "DesktopPrompt",
            "casedesk is now in your applications menu (under Office). Some desktops show "
            "it only after you log out and back in.",
        ),
    )


def remove(window: QWidget, *, home: Path | None = None) -> bool:
    return _change_menu(
        window,
        lambda: desktop_integration.remove(home=home),
        QCoreApplication.translate(
            "DesktopPrompt", "casedesk could not be removed from the applications menu: %1"
        ),
        QCoreApplication.translate(
            "DesktopPrompt",
            "casedesk is no longer in your applications menu. The program and your data "
            "were not touched.",
        ),
    )


def _change_menu(window: QWidget, change: Callable[[], object], failed: str, done: str) -> bool:
    """Run ``change``; say ``failed`` (with the reason for %1) or ``done``."""
    try:
        change()
    except (OSError, IntegrationError) as exc:
        log.warning("could not change the applications menu entry: %s", exc)
        QMessageBox.warning(window, "casedesk", failed.replace("%1", str(exc)))
        return False
    QMessageBox.information(window, "casedesk", done)
    return True


def add_menu_actions(
    window: QWidget, menu: QMenu, *, force: bool = False, home: Path | None = None
) -> None:
    """Help > Add to / Remove from applications menu (frozen Linux build only), enabled
    according to what is in place each time the menu opens."""
    if not (force or desktop_integration.available()):
        return
    menu.addSeparator()
    add_action = menu.addAction(
        QCoreApplication.translate("DesktopPrompt", "Add to applications menu")
    )
    remove_action = menu.addAction(
        QCoreApplication.translate("DesktopPrompt", "Remove from applications menu")
    )
    add_action.setObjectName("desktop_add")
    remove_action.setObjectName("desktop_remove")
    add_action.triggered.connect(lambda: add(window, home=home))
    remove_action.triggered.connect(lambda: remove(window, home=home))

    def refresh() -> None:
        here = (
            desktop_integration.state(desktop_integration.running_executable(), home=home)
            is State.HERE
        )
        add_action.setEnabled(not here)
        remove_action.setEnabled(desktop_integration.is_installed(home))

    menu.aboutToShow.connect(refresh)
    refresh()
