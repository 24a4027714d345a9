"""Small pieces the task pages share: the message line, table set-up, new ids, the number formats."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from ...domain.numbers import format_number, format_significant
from .quantity import ERROR_PREFIX, ERROR_STYLE

OK_STYLE = "color: #2e7d4f; font-weight: 600;"
MUTED_STYLE = "color: #6b7785;"


class MessageLabel(QLabel):
    """One line under a table or form: why the last entry was refused (empty and hidden when fine)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        if text:
            self.setText(ERROR_PREFIX + text)
            self.setAccessibleDescription(text)
            self.show()
        else:
            self.clear()
            self.setAccessibleDescription("")
            self.hide()


def setup_table(view: QTableView, name: str) -> QTableView:
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def delete_key(view: QAbstractItemView, text: str, delete: Callable[[], object]) -> QAction:
    """The Delete key on the table itself (not in an open cell editor, where it deletes a character) runs
    `delete`, as the page's delete button does."""
    action = QAction(text, view)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: delete())
    view.addAction(action)
    return action


def set_widths(view: QTableView, widths: Iterable[int], stretch: int | None = None) -> None:
    """Column widths (after the model is set, and again after it changes its columns)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(stretch is None)
    for i, w in enumerate(widths):
        if i < header.count():
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(i, w)
    if stretch is not None and stretch < header.count():
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def new_id(prefix: str, existing: Iterable[str]) -> str:
    taken = set(existing)
    n = 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


def money(value: float | None, language: str) -> str:
    """VND, whole đồng, grouped."""
    return "" if value is None else format_number(value, 0, language)


def sig(value: float | None, language: str, digits: int = 3) -> str:
    return "" if value is None else format_significant(value, digits, language)


def percent(value: float | None, language: str, decimals: int = 1) -> str:
    return "" if value is None else format_number(value, decimals, language) + " %"


def format_date(iso: str | None, language: str) -> str:
    """YYYY-MM-DD shown as 31/12/2024 in Vietnamese, kept as 2024-12-31 in English."""
    if not iso:
        return ""
    if language == "vi" and len(iso) == 10 and iso[4] == "-" and iso[7] == "-":
        return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"
    return iso


def parse_date(text: str, field: str) -> str | None:
    """Read 2024-12-31 or 31/12/2024 (31.12.2024) into ISO; empty gives None. Raises UnitError."""
    import re
    from datetime import date

    from ...domain.quantities import UnitError

    s = text.strip()
    if not s:
        return None
    try:
        m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", s)
        d = date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else date.fromisoformat(s)
    except ValueError:
        raise UnitError(f"{field}: '{text}' is not a date (31/12/2024 or 2024-12-31)") from None
    return d.isoformat()
