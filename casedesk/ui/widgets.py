"""Small widget builders shared by the list-and-detail pages (matters, orders)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def make_table(model: object, *, multi: bool = False) -> QTableView:
    """A read-only, row-selecting table with interactive (never auto-sized) columns."""
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    return view


def titled_list(
    title: str, table: QTableView, empty_text: str, button: QPushButton
) -> tuple[QWidget, QStackedWidget, QLabel]:
    """A page's list: a heading with its main button, and the table or, when there is
    nothing to list, a sentence saying how to start."""
    empty = QLabel(empty_text)
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty.setWordWrap(True)
    stack = QStackedWidget()
    stack.addWidget(table)
    stack.addWidget(empty)
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    header = QHBoxLayout()
    header.addWidget(QLabel(f"<h2>{title}</h2>"))
    header.addStretch(1)
    header.addWidget(button)
    layout.addLayout(header)
    layout.addWidget(stack)
    return box, stack, empty


ERROR_STYLE = "color: #c62828;"


def with_error_line(widget: QWidget, field: str) -> tuple[QWidget, QLabel]:
    """``widget`` in a box with a hidden error line beneath it, for refusals marked on
    the field (the label's object name is ``error-<field>``, which tests look for)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    error = QLabel()
    error.setObjectName(f"error-{field}")
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.hide()
    column.addWidget(error)
    return box, error


def caption_label() -> QLabel:
    """The selected record's caption: rich text, wrapped, selectable for copying."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
