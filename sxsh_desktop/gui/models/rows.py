"""A table model over a list of plain rows, described column by column.

Each column says how a row is shown, what an editor starts from and how an edit is committed
(a function that runs a workspace operation). A refused edit (UnitError, ValidationError,
StoreError) is reported through `problem` and nothing changes. When the rows are replaced by
rows with the same keys, the model says the data changed instead of resetting, so that the
selection and any open editor survive a refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ...domain.quantities import UnitError
from ...domain.validation import ValidationError
from ...store.errors import StoreError
from ..widgets.quantity import error_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
ALERT = QColor("#b00020")
EditError = (UnitError, ValidationError, StoreError, ValueError)


@dataclass
class Column:
    header: str
    display: Callable[[Any], str]
    edit: Callable[[Any], Any] | None = None  # the value an editor starts from (EditRole)
    commit: Callable[[Any, Any], Any] | None = None  # runs the operation; raises when refused
    numeric: bool = False
    sort: Callable[[Any], Any] | None = None
    alert: Callable[[Any], bool] | None = None  # shown in the alert colour (with words in the text)
    tooltip: Callable[[Any], str] | None = None
    editable: Callable[[Any], bool] | None = None


class RowsModel(QAbstractTableModel):
    problem = Signal(str)  # "" when an edit went through
    # Empty defaults on the class: when Python's garbage collector clears a page's reference cycle
    # (columns whose functions hold the page) before Qt has deleted the model, a view asking the model
    # for its size meets an instance without attributes; it then sees an empty table, not an error.
    columns: list[Column] = []
    rows: list[Any] = []

    def __init__(self, columns: Sequence[Column], key: Callable[[Any], Any], parent: Any = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self._key = key

    # -- content --------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        rows = list(rows)
        if [self._key(r) for r in rows] == [self._key(r) for r in self.rows] and rows:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
        else:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def row_of(self, key: Any) -> int:
        return next((i for i, r in enumerate(self.rows) if self._key(r) == key), -1)

    def key_at(self, row: int) -> Any:
        return self._key(self.rows[row]) if 0 <= row < len(self.rows) else None

    # -- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return col.display(row)
        if role == Qt.ItemDataRole.EditRole:
            return col.edit(row) if col.edit else col.display(row)
        if role == SORT_ROLE:
            return col.sort(row) if col.sort else col.display(row)
        if role == KEY_ROLE:
            return self._key(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col.alert and col.alert(row):
            return QBrush(ALERT)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(row) or None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        col = self.columns[index.column()]
        if col.commit is not None and (col.editable is None or col.editable(self.rows[index.row()])):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        col = self.columns[index.column()]
        if col.commit is None:
            return False
        try:
            col.commit(self.rows[index.row()], value)
        except EditError as exc:
            self.problem.emit(error_text(exc))
            return False
        self.problem.emit("")
        return True
