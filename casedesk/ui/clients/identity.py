"""The Identity tab: a client's names, aliases and identifiers, edited in place.

Edits are held in the form until Save (Ctrl+S); Revert puts back what was loaded. The
version loaded with the record goes to the service, so an edit made on a stale copy
(someone else saved meanwhile) is refused with a choice to reload rather than silently
overwriting their work.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.countries import COUNTRIES
from casedesk.domain.errors import CasedeskError, ConflictError, ValidationError
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientDetail, ClientUpdate
from casedesk.ui.bus import Bus
from casedesk.ui.clients.dialogs import AliasDialog, country_edit
from casedesk.ui.clients.fields import FieldErrors
from casedesk.ui.entries.actions import attach
from casedesk.ui.errors import show_error
from casedesk.ui.widgets import ERROR_STYLE

FIELDS = (
    "given",
    "surname",
    "second_surname",
    "description",
    "a_number",
    "dob",
    "nationality",
    "languages",
    "tags",
)

NAME_FIELDS = ("given", "surname", "second_surname", "description")


class IdentityForm(QWidget):
    """Editable identity of one client, with Save and Revert."""

    dirty_changed = Signal(bool)
    #: Emitted after a conflict when the person chose to reload the saved record.
    reload_requested = Signal()

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.detail: ClientDetail | None = None
        self._loaded: dict[str, str] = {}
        self._dirty = False
        self.errors = FieldErrors()
        self.edits: dict[str, QLineEdit] = {}
        form = self._build_form()
        self.fallback = QLabel()
        self.fallback.setStyleSheet(ERROR_STYLE)
        self.fallback.setWordWrap(True)
        self.fallback.hide()
        self.errors.fallback = self.fallback
        buttons = self._build_buttons()
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(form)
        inner_layout.addWidget(self.fallback)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._set_dirty(False)

    def _build_form(self) -> QHBoxLayout:
        """Names on the left, identifiers on the right: the pane is wide and short."""
        forms = (QFormLayout(), QFormLayout())
        for form in forms:
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        labels = {
            "given": self.tr("Given names"),
            "surname": self.tr("Surname"),
            "second_surname": self.tr("Second surname"),
            "description": self.tr("Description"),
            "a_number": self.tr("A-Number"),
            "dob": self.tr("Date of birth"),
            "nationality": self.tr("Nationality"),
            "languages": self.tr("Languages"),
            "tags": self.tr("Tags"),
        }
        placeholders = {
            "description": self.tr("For an unidentified person, e.g. “man on the second flight”"),
            "a_number": "A123-456-789",
            "dob": self.tr("e.g. 1994, March 1994 or 1994-03-15"),
            "languages": self.tr("Comma-separated"),
            "tags": self.tr("Comma-separated"),
        }
        for field in FIELDS:
            edit = (
                country_edit(self.tr("e.g. Venezuela or VE"))
                if field == "nationality"
                else QLineEdit(placeholderText=placeholders.get(field, ""))
            )
            edit.setObjectName(f"identity-{field}")
            edit.textEdited.connect(self._edited)
            self.edits[field] = edit
            form = forms[0] if field in NAME_FIELDS else forms[1]
            self.errors.add_row(form, labels[field], field, edit)

        self.aliases = QListWidget()
        self.aliases.setMaximumHeight(70)
        self.add_alias_button = QPushButton(self.tr("Add alias…"))
        self.add_alias_button.clicked.connect(self.add_alias)
        # An alias edits on double-click or Enter and goes to the Trash on Delete (issue 11).
        self.alias_actions = attach(
            self,
            self.aliases,
            self.services,
            self.bus,
            lambda alias_id: ("alias", int(alias_id)),
            row_at=self._alias_id,
        )
        alias_box = QWidget()
        alias_layout = QHBoxLayout(alias_box)
        alias_layout.setContentsMargins(0, 0, 0, 0)
        alias_layout.addWidget(self.aliases, 1)
        alias_layout.addWidget(self.add_alias_button)
        forms[0].addRow(self.tr("Also known as"), alias_box)
        columns = QHBoxLayout()
        columns.addLayout(forms[0], 1)
        columns.addSpacing(12)
        columns.addLayout(forms[1], 1)
        return columns

    def _build_buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the identity (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Put back the saved values"))
        self.revert_button.clicked.connect(self.revert)
        self.state = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        return buttons

    # ------------------------------------------------------------------ loading
    def load(self, detail: ClientDetail | None) -> None:
        """Show ``detail`` (None: nothing selected), discarding unsaved edits."""
        self.detail = detail
        self.errors.clear()
        values = self._values_of(detail)
        for field, edit in self.edits.items():
            edit.setText(values[field])
            edit.setCursorPosition(0)
            edit.setEnabled(detail is not None)
        self._loaded = values
        self.load_aliases(detail)
        self.add_alias_button.setEnabled(detail is not None)
        self._set_dirty(False)

    def load_aliases(self, detail: ClientDetail | None) -> None:
        self.aliases.clear()
        for alias in detail.aliases if detail else []:
            text = alias.display_name
            if alias.source:
                text += f" — {alias.source}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, alias.id)
            self.aliases.addItem(item)

    def _alias_id(self, row: int) -> int | None:
        item = self.aliases.item(row)
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    @staticmethod
    def _values_of(detail: ClientDetail | None) -> dict[str, str]:
        if detail is None:
            return dict.fromkeys(FIELDS, "")
        return {
            "given": detail.given,
            "surname": detail.surname,
            "second_surname": detail.second_surname,
            "description": detail.description,
            "a_number": detail.a_number_display or "",
            "dob": detail.dob or "",
            "nationality": COUNTRIES.get(detail.nationality, detail.nationality)
            if detail.nationality
            else "",
            "languages": detail.languages,
            "tags": detail.tags,
        }

    def values(self) -> dict[str, str]:
        return {field: edit.text().strip() for field, edit in self.edits.items()}

    # ------------------------------------------------------------------ dirty state
    def is_dirty(self) -> bool:
        return self._dirty

    def _edited(self, _text: str = "") -> None:
        self._set_dirty(self.detail is not None and self.values() != self._loaded)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.state.setText(self.tr("Unsaved changes") if dirty else "")
        self.state.setStyleSheet("color: #b26a00; font-weight: bold;" if dirty else "")
        if changed:
            self.dirty_changed.emit(dirty)

    def revert(self) -> None:
        self.load(self.detail)

    # ------------------------------------------------------------------ saving
    def save(self) -> bool:
        """Save the edits; True when saved (or nothing to save), False when refused."""
        if self.detail is None or not self._dirty:
            return True
        values = self.values()
        changed = {f: v for f, v in values.items() if v != self._loaded.get(f)}
        if any(f in changed for f in NAME_FIELDS):  # a name is validated as a whole
            changed.update({f: values[f] for f in NAME_FIELDS})
        self.errors.clear()
        try:
            changes = self.services.clients.update(
                self.detail.id,
                ClientUpdate(**changed),
                expected_version=self.detail.version,
            )
        except ValidationError as exc:
            if not self.errors.show(exc):
                show_error(self, exc)
            return False
        except ConflictError as exc:
            self._conflict(exc)
            return False
        except CasedeskError as exc:
            show_error(self, exc)
            return False
        self._loaded = values
        self._set_dirty(False)
        self.bus.announce(changes, self)
        return True

    def _conflict(self, exc: ConflictError) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Changed elsewhere"),
            str(exc)
            + "\n\n"
            + self.tr(
                "Reload the saved record now? Your unsaved edits here will be lost. "
                "Choose No to keep editing and copy what you need first."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._set_dirty(False)
            self.reload_requested.emit()

    def add_alias(self) -> None:
        if self.detail is None:
            return
        dialog = AliasDialog(self.services, self.bus, self.detail.id, self)
        dialog.open()
        self.active_dialog = dialog
