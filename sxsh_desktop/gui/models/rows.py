"""The one table model of the GUI: a list of plain rows, described column by column.

Each column says how a row is shown, what an editor starts from and how an edit is committed (a function
that runs a workspace operation); a column may be a check box, aligned right (numbers) or centred, shown in
the alert colour or bold. A refused edit (UnitError, ValidationError, StoreError, ValueError) is said on
`problem` in the screen's language, with Vietnamese number formats, and nothing changes: the model always
shows what is stored. `problem` says "" when an edit went through. An entry equal to what the cell holds
commits nothing. When the rows are replaced by rows with the same keys (or, without a key, as many rows),
the model says the data changed instead of resetting, so that the selection and an open editor survive a
refresh.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ..forms import EDIT_ERRORS, error_text
from ..i18n import format_value

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
ALERT = QColor("#b00020")
EditError = EDIT_ERRORS
_ROOT = QModelIndex()
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass
class Column:
    header: str | Callable[[], str]  # a function when the header follows the screen's language as it changes
    display: Callable[[Any], str]
    edit: Callable[[Any], Any] | None = None  # the value an editor starts from (EditRole)
    commit: Callable[[Any, Any], Any] | None = None  # runs the operation; raises when refused
    numeric: bool = False  # aligned right
    sort: Callable[[Any], Any] | None = None
    alert: Callable[[Any], bool] | None = None  # shown in the alert colour (with words in the text)
    tooltip: Callable[[Any], str | None] | None = None
    editable: Callable[[Any], bool] | None = None
    checked: Callable[[Any], bool] | None = None  # a check box; `commit(row, True/False)` when clicked
    bold: Callable[[Any], bool] | None = None
    centred: bool = False
    colour: Callable[[Any], str | None] | None = None  # the text's colour ("#2e7d4f"), None: the usual

    def title(self) -> str:
        return self.header() if callable(self.header) else self.header

    @classmethod
    def number(cls, header: str, value: Callable[[Any], float | None], **more: Any) -> Column:
        """A column of numbers written as the screen writes them (1.234,5 in Vietnamese), aligned right,
        empty when there is none; an editor starts from the same text."""

        def text(row: Any) -> str:
            v = value(row)
            return "" if v is None else format_value(float(v))

        return cls(header, text, numeric=True, **more)


class RowsModel(QAbstractTableModel):
    problem = Signal(str)  # why an entry was refused; "" when an edit went through
    # Empty defaults on the class: when Python's garbage collector clears a page's reference cycle
    # (columns whose functions hold the page) before Qt has deleted the model, a view asking the model
    # for its size meets an instance without attributes; it then sees an empty table, not an error.
    columns: list[Column] = []
    rows: list[Any] = []

    def __init__(
        self,
        columns: Sequence[Column],
        key: Callable[[Any], Any] | None = None,
        parent: QObject | None = None,
        source: Callable[[], Sequence[Any]] | None = None,
        roles: dict[int, Callable[[Any], Any]] | None = None,
    ):
        """`key` tells rows apart across a refresh; `source` gives the rows `reload` shows; `roles` answers
        more item data roles for every cell of a row (an id a view asks for, the words a search looks at)."""
        super().__init__(parent)
        self.columns = list(columns)
        self.rows = []
        self._key = key
        self._source = source
        self._roles = dict(roles or {})

    # -- content --------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        rows = list(rows)
        if rows and self._same_rows(rows):
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
        else:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()

    def _same_rows(self, rows: list[Any]) -> bool:
        if self._key is None:
            return len(rows) == len(self.rows)
        return [self._key(r) for r in rows] == [self._key(r) for r in self.rows]

    def reload(self) -> None:
        """The rows again from the model's source (the workspace's assessment)."""
        if self._source is not None:
            self.set_rows(self._source())

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [c.title() for c in self.columns]

    def row(self, index: int) -> Any:
        return self.rows[index]

    def row_of(self, key: Any) -> int:
        return next((i for i, r in enumerate(self.rows) if self._key_of(r) == key), -1)

    def key_at(self, row: int) -> Any:
        return self._key_of(self.rows[row]) if 0 <= row < len(self.rows) else None

    def _key_of(self, row: Any) -> Any:
        return self._key(row) if self._key is not None else row

    # -- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title() if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.columns):
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role in self._roles:
            return self._roles[role](row)
        if col.checked is not None:
            return self._check_data(row, col, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return col.display(row)
        if role == Qt.ItemDataRole.EditRole:
            return col.edit(row) if col.edit else col.display(row)
        if role == SORT_ROLE:
            return col.sort(row) if col.sort else col.display(row)
        if role == KEY_ROLE:
            return self._key_of(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and (col.numeric or col.centred):
            return _RIGHT if col.numeric else int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col.alert and col.alert(row):
                return QBrush(ALERT)
            colour = col.colour(row) if col.colour else None
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and col.bold and col.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(row) or None
        return None

    def _check_data(self, row: Any, col: Column, role: int) -> Any:
        assert col.checked is not None
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if col.checked(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return col.title()
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(row) or None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.columns):
            return base
        col = self.columns[index.column()]
        if col.commit is None or (col.editable is not None and not col.editable(self.rows[index.row()])):
            return base
        return base | (Qt.ItemFlag.ItemIsUserCheckable if col.checked is not None else Qt.ItemFlag.ItemIsEditable)

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.columns):
            return False
        row, col = self.rows[index.row()], self.columns[index.column()]
        if col.commit is None:
            return False
        if col.checked is not None:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif value == (col.edit(row) if col.edit else col.display(row)):
            return False  # nothing changed: nothing to store
        try:
            col.commit(row, value)
        except EDIT_ERRORS as exc:
            self.problem.emit(error_text(exc))
            return False
        self.problem.emit("")
        return True
