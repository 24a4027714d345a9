"""A table model over a list of domain rows, edited through store operations.

Subclasses give the rows (`rows()`), the columns, what a cell shows (`display`) and how an
entry is saved (`commit`). A refused entry is reported on `refused` (the page shows it beside the
table) and the cell keeps its previous value, because the model always shows what is stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from .forms import EDIT_ERRORS, not_saved

_ROOT = QModelIndex()


class RowsModel(QAbstractTableModel):
    refused = Signal(str)
    accepted = Signal()

    editable_columns: tuple[int, ...] = ()
    check_columns: tuple[int, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []

    # -- for subclasses --------------------------------------------------------------------------

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rows(self) -> list[Any]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def edit_text(self, row: Any, column: int) -> str:
        return self.display(row, column)

    def checked(self, row: Any, column: int) -> bool:
        return False

    def commit(self, index: int, column: int, value: Any) -> None:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    # -- the model -------------------------------------------------------------------------------

    def reload(self) -> None:
        rows = list(self.rows())
        if len(rows) == len(self._rows) and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def row(self, index: int) -> Any:
        return self._rows[index]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.headers()[section]
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if col in self.check_columns:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if self.checked(row, col) else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.headers()[col]
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, col)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() in self.check_columns:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in self.editable_columns:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        col = index.column()
        if col in self.check_columns and role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or col not in self.editable_columns:
            return False
        elif value == self.edit_text(self._rows[index.row()], col):
            return False
        try:
            self.commit(index.row(), col, value)
        except EDIT_ERRORS as exc:
            self.refused.emit(not_saved(exc))
            return False
        self.accepted.emit()
        return True
