"""The user's language: casedesk's own catalogue and Qt's, installed on the application.

English is the source language (``casedesk_en.qm`` adds only its plural forms). Spanish ships as ``resources/translations/casedesk_es.qm``
(compiled from the ``.ts`` with ``pyside6-lrelease``; ``make translations`` refreshes both).
The language comes from ``CASEDESK_LANG`` when set (``es``, ``en``), else the system's.
"""

import os
from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

AVAILABLE = ("en", "es")


def chosen_language() -> str:
    wanted = os.environ.get("CASEDESK_LANG") or QLocale.system().name()
    code = wanted.split("_")[0].split("-")[0].lower()
    return code if code in AVAILABLE else "en"


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (default: :func:`chosen_language`)."""
    code = language or chosen_language()
    # Dates and numbers (month names, "1,234" or "1.234") in the same language as words.
    QLocale.setDefault(QLocale(code))
    keep = []
    ours = QTranslator(app)
    # English has a catalogue too, holding only the plural forms ("1 client",
    # "2 clients") of the ``tr(text, "", n)`` calls; every other English text is the source.
    resource = files("casedesk.resources") / "translations" / f"casedesk_{code}.qm"
    with as_file(resource) as path:
        if path.exists() and ours.load(str(path)):
            app.installTranslator(ours)
            keep.append(ours)
    if code == "en":
        app.setProperty("casedesk_translators", len(keep))
        return code
    # Qt's own strings: standard buttons (Cancel, Yes), file dialogs.
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        keep.append(qt)
    app.setProperty("casedesk_translators", len(keep))  # parented to app: kept alive
    return code


def uninstall(app: QCoreApplication) -> None:
    """Back to English (tests; a language switch without restarting)."""
    QLocale.setDefault(QLocale.system())
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
