"""A read-only table over rows of text that a view has already worded (the savings, options,
revisions, comments, audit log, dashboard groups and import outcomes of the review workspace)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

_ROOT = QModelIndex()


class TextRowsModel(QAbstractTableModel):
    """`set_rows(headers, rows)`; numbers (columns in `right`) are aligned right; a row may carry a
    colour per column (`colours[row][col]`) and a value kept for the caller (`keys[row]`)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[str]] = []
        self.right: set[int] = set()
        self.keys: list[Any] = []
        self.colours: dict[tuple[int, int], str] = {}
        self.tooltips: dict[tuple[int, int], str] = {}

    def set_rows(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        right: Sequence[int] = (),
        keys: Sequence[Any] | None = None,
        colours: dict[tuple[int, int], str] | None = None,
        tooltips: dict[tuple[int, int], str] | None = None,
    ) -> None:
        self.beginResetModel()
        self.headers = list(headers)
        self.rows = [list(r) for r in rows]
        self.right = set(right)
        self.keys = list(keys) if keys is not None else [None] * len(self.rows)
        self.colours = dict(colours or {})
        self.tooltips = dict(tooltips or {})
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[r][c]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltips.get((r, c)) or self.rows[r][c] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and c in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (r, c) in self.colours:
            return QBrush(QColor(self.colours[(r, c)]))
        if role == Qt.ItemDataRole.UserRole:
            return self.keys[r]
        return None

    def column(self, c: int) -> list[str]:
        return [row[c] for row in self.rows]


def read_only_table(parent, model: TextRowsModel, name: str, stretch: int | None = 0):
    """A QTableView for a TextRowsModel: rows selected whole, nothing editable, one column stretched."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        model.modelReset.connect(lambda: _stretch(view, stretch))
    return view


def _stretch(view, column: int) -> None:
    from PySide6.QtWidgets import QHeaderView

    header = view.horizontalHeader()
    for c in range(view.model().columnCount()):
        header.setSectionResizeMode(
            c, QHeaderView.ResizeMode.Stretch if c == column else QHeaderView.ResizeMode.ResizeToContents
        )
