"""What the monthly readings table takes from the keyboard: Ctrl+V pastes a block copied from Excel or
LibreOffice from the current cell, Ctrl+C copies the selected cells out the same way, Ctrl+D fills the
first selected value of a column down. Each is one store operation (the period's readings set at once) and
one undo step; a refused one names the row and column and changes nothing. A mixin of ReadingsPanel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from ...domain.quantities import UnitError
from ...domain.readings import Reading, month_after, monthly_spans, parse_cell, parse_span, split_pasted
from ..models.rows import EditError
from ..widgets.fill_down import fill_plan, fill_text
from ..widgets.quantity import error_text
from .readings_cells import with_cell


class ReadingsKeys:
    """Needs of the panel: page, table, model, columns, message, readings(), set_readings(), _field(),
    _carrier()."""

    page: Any
    table: Any
    model: Any
    columns: list[tuple[str, str, str]]
    message: Any

    # -- clipboard -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Paste):  # type: ignore[attr-defined]
                self.paste(QGuiApplication.clipboard().text())
                return True
            if event.matches(QKeySequence.StandardKey.Copy):  # type: ignore[attr-defined]
                QGuiApplication.clipboard().setText(self.copy_text())
                return True
            if event.key() == Qt.Key.Key_D and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
                self.fill_down()
                return True
        return super().eventFilter(watched, event)

    def copy_text(self) -> str:
        indexes = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        indexes = [i for i in indexes if i.isValid()]
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        lines = []
        for r in rows:
            cells = [self.model.data(self.model.index(r, c)) if (r, c) in chosen else "" for c in cols]
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"

    def paste(self, text: str) -> None:
        block = split_pasted(text)
        if not block:
            return
        current = self.table.currentIndex()
        row0 = current.row() if current.isValid() else len(self.model.rows)
        col0 = current.column() if current.isValid() else 0
        if block and self._is_heading(block[0], col0):
            block = block[1:]
        try:
            new = self._pasted(block, row0, col0)
            self.set_readings(new, self.tr("Paste readings"))
        except EditError as exc:
            self.message.show_message(error_text(exc))
            return
        self.message.show_message("")

    def _is_heading(self, cells: list[str], col0: int) -> bool:
        for j, text in enumerate(cells):
            col = self.columns[col0 + j] if col0 + j < len(self.columns) else None
            if col is None or not text.strip():
                continue
            try:
                if col[0] == "month":
                    parse_span(text)
                else:
                    parse_cell(text, "", self.page.language)
                return False
            except UnitError:
                continue
        return True

    def _pasted(self, block: list[list[str]], row0: int, col0: int) -> list[Reading]:
        rows = self.readings()
        period = self.page.workspace.assessment.period(self.period)
        if period is None:
            raise UnitError(self.tr("There is no such period yet: enter its dates first."))
        if col0 + max(len(cells) for cells in block) > len(self.columns):
            raise UnitError(
                self.tr("The pasted block is {n} columns wide; from this cell the table has {m}.").format(
                    n=max(len(c) for c in block), m=len(self.columns) - col0
                )
            )
        for i, cells in enumerate(block):
            at = row0 + i
            if at < len(rows):
                reading = rows[at]
            else:
                last = rows[-1].end if rows else None
                start, end = month_after(last) if last else monthly_spans(period.start, period.end)[0]
                reading = Reading(self.period, start, end, None)
                rows.append(reading)
            for j, text in enumerate(cells):
                col = col0 + j
                if self.columns[col][0] == "month" and not text.strip():
                    continue
                key = self.columns[col][1]
                field = self._field(at, col)
                reading = with_cell(reading, self.columns[col], text, field, self.page.language, self._carrier(key))
            rows[at] = reading
        return sorted(rows, key=lambda r: r.start)

    def fill_down(self) -> None:
        """Ctrl+D: in each column of the selection, its first cell's value into the selected cells below it
        (with one cell chosen, the value above it); the months stay as they are. One undo step."""
        rows = self.readings()
        count = 0
        try:
            for col, source, targets in fill_plan(self.table):
                if self.columns[col][0] == "month":
                    continue
                text = str(self.model.data(self.model.index(source, col)) or "")
                key = self.columns[col][1]
                for at in targets:
                    field = self._field(at, col)
                    new = with_cell(rows[at], self.columns[col], text, field, self.page.language, self._carrier(key))
                    count += new != rows[at]
                    rows[at] = new
            self.set_readings(rows, fill_text(count))
        except EditError as exc:
            self.message.show_message(error_text(exc))
            return
        self.message.show_message("")
