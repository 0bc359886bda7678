"""Settings ▸ Letterhead and paper: what every brief prints at its top, and on what paper.

Until now only ``casedesk settings KEY VALUE`` could set these; a paralegal now sets the
organisation's name, its address (one line per row), a logo and the paper size here.
All four are checked before any is stored, and stored together (one audit entry).
"""

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from casedesk.services.registry import Services
from casedesk.services.settings import set_letterhead
from casedesk.ui.form_dialog import FormDialog


class LetterheadDialog(FormDialog):
    """Organisation, address, logo and paper size for every brief."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Letterhead and paper"), parent)
        head = services.settings.letterhead()
        self.organisation = QLineEdit(head.organisation)
        self.organisation.setPlaceholderText(self.tr("e.g. Clínica de Derechos Humanos"))
        self.address = QPlainTextEdit("\n".join(head.address_lines))
        self.address.setPlaceholderText(self.tr("One line of the address per row"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(80)
        self.logo = QLineEdit(head.logo)
        self.logo.setPlaceholderText(self.tr("PNG or JPEG; empty for no logo"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self.choose_logo)
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo, 1)
        row.addWidget(self.browse)
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("US Letter"), "letter")
        self.page_size.addItem(self.tr("A4"), "a4")
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(head.page_size)))
        self.add_field(self.tr("&Organisation"), "organisation", self.organisation)
        self.add_field(self.tr("&Address"), "address", self.address)
        self.add_field(self.tr("&Logo"), "logo", logo_row)
        # A refused logo marks the line edit itself, not the row holding the button.
        self.errors.register("logo", self.logo, self.errors._fields["logo"][1])
        self.add_field(self.tr("&Paper"), "page_size", self.page_size)
        self.action = lambda: set_letterhead(
            services.settings,
            organisation=self.organisation.text(),
            address_lines=self.address.toPlainText().splitlines(),
            logo=self.logo.text(),
            page_size=str(self.page_size.currentData()),
        )

    def choose_logo(self) -> None:
        start = str(Path(self.logo.text()).expanduser().parent) if self.logo.text() else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), start, self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if name:
            self.logo.setText(name)
