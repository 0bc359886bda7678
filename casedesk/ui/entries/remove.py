"""The remove prompt: what goes to the Trash, and the reason, which is required.

The reason stays in the audit trail and in the Trash beside the entry, so the next
person knows why a fact disappeared ("entered on the wrong client", "source retracted").
A few common reasons are offered; any text can be typed.
"""

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QWidget

from casedesk.domain.changes import Changes
from casedesk.ui.bus import Bus
from casedesk.ui.form_dialog import FormDialog

#: Offered in the reason box; translated when shown.
COMMON_REASONS = (
    QT_TRANSLATE_NOOP("RemoveDialog", "entered on the wrong client"),
    QT_TRANSLATE_NOOP("RemoveDialog", "source retracted"),
    QT_TRANSLATE_NOOP("RemoveDialog", "entered twice"),
    QT_TRANSLATE_NOOP("RemoveDialog", "typing mistake"),
)


class RemoveDialog(FormDialog):
    """Asks why before ``remove(reason)`` runs; refused (blank) reasons are marked."""

    def __init__(
        self,
        what: str,
        remove: Callable[[str], Changes],
        bus: Bus,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        explanation: str | None = None,
        ok_text: str | None = None,
        initiator: object = None,
    ) -> None:
        super().__init__(
            title or self.tr("Remove entry"),
            parent,
            ok_text=ok_text or self.tr("Remove"),
            bus=bus,
            initiator=initiator,
        )
        self.setObjectName("remove-dialog")
        self.what = QLabel(
            explanation
            or self.tr(
                "Remove “%1”? It goes to the Trash, from which it can be restored with "
                "everything attached to it."
            ).replace("%1", what)
        )
        self.what.setWordWrap(True)
        self.form.addRow(self.what)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # As wide as the form: a reason is a sentence, not a code.
        self.reason.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.reason.addItem("")
        for text in COMMON_REASONS:
            self.reason.addItem(QCoreApplication.translate("RemoveDialog", str(text)))
        self.reason.setCurrentIndex(0)
        line = self.reason.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Why? (required, kept in the history)"))
        self.add_field(self.tr("&Reason"), "reason", self.reason)
        self.action = lambda: remove(self.reason_text())

    def reason_text(self) -> str:
        return self.reason.currentText().strip()
