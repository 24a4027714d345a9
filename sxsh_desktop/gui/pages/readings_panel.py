"""The monitoring page's monthly table: one period's readings, a row a month (or any span), with the
production, each resource and the further drivers (cooling degree days …) in columns.

A block copied from Excel or LibreOffice is pasted with Ctrl+V from the current cell (tab-separated
cells, the Vietnamese decimal comma, "01/2024" for a month; a heading row is skipped); Ctrl+C copies the
selected cells out the same way. Every change — a cell, a paste, rows added or deleted — is one store
operation (the period's readings set at once) and one step of undo; a refused one names the row and
column and changes nothing.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.display import unit_label
from ...domain.methodology import PERIOD_LABELS
from ...domain.model import PERIOD_KEYS
from ...domain.quantities import UnitError, magnitude_in
from ...domain.readings import (
    Reading,
    ReadingEntry,
    format_span,
    month_after,
    monthly_spans,
    period_readings,
)
from ...domain.reference import carriers
from ...services import edits
from ..models.rows import Column, EditError, RowsModel
from ..widgets.common import MUTED_STYLE, MessageLabel, set_widths, setup_table
from ..widgets.quantity import error_text
from ..widgets.resources import resource_label
from ..workspace import delete_rows_text
from .readings_cells import DEFAULT_DRIVERS, cell_text, columns_of, with_cell  # noqa: F401 - callers import them here
from .readings_keys import ReadingsKeys


class ReadingsPanel(ReadingsKeys, QWidget):
    def __init__(self, page: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = page
        self.columns: list[tuple[str, str, str]] = []
        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_label.setBuddy(self.period_combo)
        self.period_combo.activated.connect(lambda _i: self.refresh())
        self.add_button = QPushButton(self)
        self.fill_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(MUTED_STYLE)
        self.driver = QLabel(self)
        self.driver.setWordWrap(True)
        self.driver.hide()
        self.model = RowsModel([], key=lambda r: (r.start, r.end), parent=self)
        self.table = setup_table(QTableView(self), "")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.installEventFilter(self)
        self.message = MessageLabel(self)
        self.model.problem.connect(self.message.show_message)
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period_combo)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.fill_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.driver)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_month)
        self.fill_button.clicked.connect(self.fill_months)
        self.delete_button.clicked.connect(self.delete_selected)
        QWidget.setTabOrder(self.period_combo, self.table)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.fill_button)
        QWidget.setTabOrder(self.fill_button, self.delete_button)
        self.retranslate()

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = self.page.language
        current = self.period
        self.period_combo.clear()
        for key in PERIOD_KEYS:
            self.period_combo.addItem(PERIOD_LABELS[key](lang), key)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(current)))
        self.period_label.setText(self.tr("&Period:"))
        self.period_combo.setAccessibleName(self.tr("Period of the readings"))
        self.hint.setText(
            self.tr(
                "One row a month (or any span: 01/01/2024 – 15/02/2024). Paste a block from Excel or "
                "LibreOffice with Ctrl+V from the chosen cell; Ctrl+C copies the selected cells. A period "
                "with readings takes its production and consumption from their sums."
            )
        )
        self.add_button.setText(self.tr("Add month"))
        self.fill_button.setText(self.tr("Fill the period's months"))
        self.delete_button.setText(self.tr("Delete rows"))
        self.add_button.setAccessibleName(self.tr("Add a month after the last reading"))
        self.fill_button.setAccessibleName(self.tr("Add a row for every month of the period"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected readings"))
        self.table.setAccessibleName(self.tr("Monthly readings"))

    @property
    def period(self) -> str:
        return self.period_combo.currentData() or "baseline"

    def set_period(self, key: str) -> None:
        self.period_combo.setCurrentIndex(self.period_combo.findData(key))
        self.refresh()

    def _header(self, col: tuple[str, str, str]) -> str:
        kind, key, unit = col
        lang = self.page.language
        if kind == "month":
            return self.tr("Month")
        if kind == "production":
            return self.tr("Production ({unit})").format(unit=unit_label(unit, lang)) if unit else self.tr("Production")
        if kind == "resource":
            name = resource_label(self._carrier(key) or key, lang)
            return f"{name} ({unit_label(unit, lang)})" if unit else name
        layout = self.page.workspace.assessment.monitoring_layout
        named = {d.key: d.name for d in layout.drivers} if layout else {}
        if key == "cdd":
            return self.tr("Cooling degree days")
        return str(named.get(key) or key)

    def _display(self, col: tuple[str, str, str]) -> Any:
        kind, key, _ = col
        lang = self.page.language

        def show(r: Reading) -> str:
            if kind == "month":
                return format_span(r.start, r.end)
            if kind == "production":
                return cell_text(r.production.value if r.production else None, lang)
            if kind == "resource":
                e = r.entry(key)
                return cell_text(self._in_column_unit(e, col), lang)
            return cell_text(r.drivers.get(key), lang)

        return show

    def _in_column_unit(self, e: ReadingEntry | None, col: tuple[str, str, str]) -> float | None:
        if e is None or e.quantity.value is None:
            return None
        unit = col[2]
        if not unit or e.quantity.unit == unit:
            return e.quantity.value
        c = carriers().get(e.carrier or self._carrier(col[1]) or col[1])
        try:
            return magnitude_in(e.quantity, unit, c.density_t_per_m3 if c else None)
        except UnitError:
            return e.quantity.value

    def _committer(self, column: int) -> Callable[[Any, Any], Any]:
        """What a cell of the column runs when typed in: the reading's edit, as the cell's text."""

        def commit(row: Any, value: Any) -> Any:
            return self.edit_cell(row, column, str(value or ""))

        return commit

    def _model_columns(self) -> list[Column]:
        return [
            Column(
                self._header(col),
                self._display(col),
                commit=self._committer(i),
                numeric=col[0] != "month",
            )
            for i, col in enumerate(self.columns)
        ]

    # -- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        a = self.page.workspace.assessment
        columns = columns_of(a)
        if columns != self.columns:
            self.columns = columns
            self.model.set_columns(self._model_columns())
            set_widths(self.table, [80, 100] + [100] * (len(columns) - 2))
        self.model.set_rows(period_readings(a, self.period))
        driver = a.monitoring_layout.driver if a.monitoring_layout else ""
        self.driver.setText(
            self.tr("Driver suggested by the sector template: {driver}").format(driver=driver) if driver else ""
        )
        self.driver.setVisible(bool(driver))
        self.fill_button.setEnabled(a.period(self.period) is not None)
        self.add_button.setEnabled(a.period(self.period) is not None)

    def readings(self) -> list[Reading]:
        return period_readings(self.page.workspace.assessment, self.period)

    def _carrier(self, key: str) -> str | None:
        a = self.page.workspace.assessment
        return next((c.carrier for c in a.consumption if c.resource == key and c.carrier), None)

    def _field(self, row: int, col: int) -> str:
        return self.tr("row {row}, {column}").format(row=row + 1, column=self._header(self.columns[col]))

    # -- writing ---------------------------------------------------------------------------------

    def set_readings(self, new: list[Reading], text: str) -> None:
        """The period's readings set at once, undoably (raises when refused: nothing changes)."""
        old = copy.deepcopy(self.readings())
        if new == old:
            return
        self.page.workspace.run(edits.set_readings(self.page.store, self.page.assessment_id, self.period, new, text))

    def edit_cell(self, r: Reading, col: int, text: str) -> None:
        rows = self.readings()
        i = rows.index(r)
        key = self.columns[col][1]
        rows[i] = with_cell(r, self.columns[col], text, self._field(i, col), self.page.language, self._carrier(key))
        self.set_readings(rows, self.tr("Edit a reading"))

    def add_month(self) -> None:
        rows = self.readings()
        period = self.page.workspace.assessment.period(self.period)
        if period is None:
            return
        start, end = month_after(rows[-1].end) if rows else monthly_spans(period.start, period.end)[0]
        try:
            self.set_readings([*rows, Reading(self.period, start, end, None)], self.tr("Add a month"))
        except EditError as exc:
            self.message.show_message(error_text(exc))
            return
        self.message.show_message("")
        self.table.setCurrentIndex(self.model.index(len(rows), 1))

    def fill_months(self) -> None:
        """A row for each calendar month of the period that no reading covers yet."""
        rows = self.readings()
        period = self.page.workspace.assessment.period(self.period)
        if period is None:
            return
        taken = [(r.start, r.end) for r in rows]
        new = list(rows)
        for start, end in monthly_spans(period.start, period.end):
            if not any(s <= end and start <= e for s, e in taken):
                new.append(Reading(self.period, start, end, None))
        new.sort(key=lambda r: r.start)
        try:
            self.set_readings(new, self.tr("Fill the period's months"))
        except EditError as exc:
            self.message.show_message(error_text(exc))
            return
        self.message.show_message("")

    def delete_selected(self) -> None:
        chosen = {i.row() for i in self.table.selectionModel().selectedIndexes()}
        if not chosen and self.table.currentIndex().isValid():
            chosen = {self.table.currentIndex().row()}
        if not chosen:
            return
        rows = self.readings()
        self.set_readings([r for i, r in enumerate(rows) if i not in chosen], delete_rows_text(len(chosen)))
