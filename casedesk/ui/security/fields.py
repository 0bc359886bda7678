"""The passphrase field every security dialog uses: typing hidden, a Show/Hide toggle
beside it, and the live hint for a new passphrase."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

#: The shortest passphrase the store accepts (casedesk.storage.cipher.MIN_PASSPHRASE;
#: the service refuses shorter ones too, this only lets the dialog say so while typing).
MIN_LENGTH = 8


class PassphraseField(QWidget):
    """A line edit with echo off and a toggle to show what was typed."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "passphrase") -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMinimumWidth(280)
        self.toggle = QToolButton()
        self.toggle.setObjectName(f"{name}-show")
        self.toggle.setCheckable(True)
        self.toggle.setText(self.tr("Show"))
        self.toggle.setToolTip(self.tr("Show or hide what you typed"))
        self.toggle.toggled.connect(self._set_shown)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        self.setFocusProxy(self.edit)

    def _set_shown(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.toggle.setChecked(False)

    def retype(self) -> None:
        """Select what was typed so the next keystroke replaces it."""
        self.edit.setFocus()
        self.edit.selectAll()


def new_passphrase_hint(first: str, second: str) -> tuple[str, bool]:
    """What to say under a new passphrase and its confirmation, and whether it will do."""
    if len(first.strip()) < MIN_LENGTH:
        return (
            QCoreApplication.translate(
                "PassphraseField",
                "At least %1 characters. A few unrelated words are best: easy to remember, "
                "hard to guess (for example “lamp orbit velvet cactus”).",
            ).replace("%1", str(MIN_LENGTH)),
            False,
        )
    if not second:
        return QCoreApplication.translate("PassphraseField", "Now type it again below."), False
    if first != second:
        return QCoreApplication.translate("PassphraseField", "The two entries differ."), False
    return QCoreApplication.translate("PassphraseField", "The two entries match."), True
