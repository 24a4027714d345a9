"""Fill down (Ctrl+D, as in a spreadsheet) in the data-entry tables: the first selected cell of a column is
written into the selected cells below it — one undo step, one store transaction. With one row selected, the
row above it is the one copied. A refusal at any cell (a unit of the wrong kind for that row's resource)
stores nothing and is said under the table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView

# (column, the row copied, the rows written)
Plan = list[tuple[int, int, list[int]]]


def fill_text(count: int) -> str:
    """The name of a fill-down of `count` cells, as the Edit menu shows it."""
    return QCoreApplication.translate("FillDown", "Fill down %n cell(s)", "", count)


def fill_plan(view: QAbstractItemView) -> Plan:
    """What Ctrl+D fills in `view`: per column, the top selected row and the selected rows below it. A table
    selecting whole rows fills the current cell's column."""
    selection, current = view.selectionModel(), view.currentIndex()
    columns: dict[int, set[int]] = {}
    if view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
        if current.isValid():
            columns[current.column()] = {i.row() for i in selection.selectedRows()} or {current.row()}
    else:
        for i in selection.selectedIndexes():
            columns.setdefault(i.column(), set()).add(i.row())
        if not columns and current.isValid():
            columns[current.column()] = {current.row()}
    plan: Plan = []
    for column, chosen in sorted(columns.items()):
        rows = sorted(chosen)
        if len(rows) > 1:
            plan.append((column, rows[0], rows[1:]))
        elif rows[0] > 0:
            plan.append((column, rows[0] - 1, rows))
    return plan


def fill_down_key(view: QAbstractItemView, text: str, fill: Callable[[], object]) -> QAction:
    """Ctrl+D on the table itself (not in an open cell editor) runs `fill`."""
    action = QAction(text, view)
    action.setShortcut(QKeySequence("Ctrl+D"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: fill())
    view.addAction(action)
    return action


def fill_rows(workspace: Any, model: Any, plan: Plan) -> None:
    """Fill a RowsModel's cells by its columns' own commits, gathered into one edit (Workspace.together).
    Raises when any is refused: nothing is stored then."""
    with workspace.together(fill_text):
        for col, source, targets in plan:
            column = model.columns[col]
            if column.commit is None:
                continue
            value = _value(model, column, source)
            for r in targets:
                row = model.rows[r]
                if (column.editable is not None and not column.editable(row)) or _value(model, column, r) == value:
                    continue
                column.commit(row, value)


def _value(model: Any, column: Any, row: int) -> Any:
    item = model.rows[row]
    if column.checked is not None:
        return bool(column.checked(item))
    return column.edit(item) if column.edit else column.display(item)
