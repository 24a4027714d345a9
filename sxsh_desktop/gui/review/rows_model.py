"""A read-only table over rows of text that a view has already worded (the savings, options,
revisions, comments, audit log, dashboard groups and import outcomes of the review workspace)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt

from ..models.rows import Column, RowsModel

if TYPE_CHECKING:  # pragma: no cover
    from PySide6.QtWidgets import QTableView, QWidget


class _Line(list):
    """A row of worded cells that knows its place and the value kept for the caller."""

    def __init__(self, cells: Sequence[str], place: int, key: Any):
        super().__init__(cells)
        self.place, self.key = place, key


class TextRowsModel(RowsModel):
    """`set_rows(headers, rows)`; numbers (columns in `right`) are aligned right; a row may carry a
    colour per column (`colours[row][col]`) and a value kept for the caller (`keys[row]`, the UserRole)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__([], parent=parent, roles={Qt.ItemDataRole.UserRole: lambda line: line.key})
        self.right: set[int] = set()
        self.keys: list[Any] = []
        self.colours: dict[tuple[int, int], str] = {}
        self.tooltips: dict[tuple[int, int], str] = {}

    def set_rows(  # type: ignore[override]  # the headers come with the rows
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
        self.right = set(right)
        self.keys = list(keys) if keys is not None else [None] * len(rows)
        self.colours = dict(colours or {})
        self.tooltips = dict(tooltips or {})
        self.columns = [self._column(c, h) for c, h in enumerate(headers)]
        self.rows = [_Line(r, i, self.keys[i]) for i, r in enumerate(rows)]
        self.endResetModel()

    def _column(self, c: int, header: str) -> Column:
        def text(line: _Line) -> str:
            return line[c]

        return Column(
            header,
            text,
            numeric=c in self.right,
            tooltip=lambda line: self.tooltips.get((line.place, c)) or line[c] or None,
            colour=lambda line: self.colours.get((line.place, c)),
        )

    def column(self, c: int) -> list[str]:
        return [row[c] for row in self.rows]


def read_only_table(
    parent: QWidget, model: TextRowsModel, name: str, stretch: int | None = 0, wrap: tuple[int, ...] = ()
) -> QTableView:
    """A QTableView for a TextRowsModel: rows selected whole, nothing editable, one column stretched;
    the `wrap` columns share the width the others leave and wrap their text (widgets/common.fit_columns)."""
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    from ..widgets.common import fit_columns

    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    fit_columns(view, (), stretch, wrap)
    return view
