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
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QKeySequence
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
from ...domain.model import PERIOD_KEYS, Assessment, MonitoringLayout
from ...domain.numbers import format_value
from ...domain.quantities import Quantity, UnitError, magnitude_in
from ...domain.readings import (
    Reading,
    ReadingEntry,
    format_span,
    month_after,
    monthly_spans,
    parse_cell,
    parse_span,
    period_readings,
    product_unit,
    resource_unit,
    split_pasted,
)
from ...domain.reference import carriers
from ...services import edits
from ..models.rows import Column, EditError, RowsModel
from ..widgets.common import MUTED_STYLE, MessageLabel, set_widths, setup_table
from ..widgets.quantity import error_text
from ..widgets.resources import resource_label
from ..workspace import delete_rows_text

DEFAULT_DRIVERS = ("cdd",)
_DEFAULT_UNITS = {"electricity": "kWh", "water": "m³"}


def cell_text(value: float | None, language: str) -> str:
    """A number as the table shows and copies it: grouped, in the language's way, no trailing zeros."""
    return format_value(value, language, 4)


def columns_of(a: Assessment) -> list[tuple[str, str, str]]:
    """(kind, key, unit) of the table's columns: month, production, each resource, each driver."""
    cols = [("month", "", ""), ("production", "", product_unit(a))]
    layout = a.monitoring_layout or MonitoringLayout()
    # the sector template's resources first (a fuel entered as "coal" with its carrier stands for the carrier)
    refined = {c.carrier: c.resource for c in a.consumption if c.carrier}
    suggested = [refined.get(k, k) for k in layout.resources]
    resources = [
        *suggested,
        *(c.resource for c in a.consumption),
        *(e.resource for r in a.readings for e in r.consumption),
    ]
    if not resources:  # a blank assessment: the two every facility meters
        resources = list(_DEFAULT_UNITS)
    for key in dict.fromkeys(resources):
        unit = resource_unit(a, key) or layout.units.get(key) or _DEFAULT_UNITS.get(key, "")
        cols.append(("resource", key, unit))
    suggested_drivers = [d.key for d in layout.drivers]
    drivers = [*suggested_drivers, *DEFAULT_DRIVERS, *(k for r in a.readings for k in r.drivers)]
    cols += [("driver", k, "") for k in dict.fromkeys(drivers)]
    return cols


def with_cell(r: Reading, col: tuple[str, str, str], text: str, field: str, lang: str, carrier: str | None) -> Reading:
    """The reading with one cell typed in (an empty cell: not entered)."""
    kind, key, unit = col
    if kind == "month":
        start, end = parse_span(text, field)
        return replace(r, start=start, end=end)
    value = parse_cell(text, field, lang)
    if value is not None and value < 0 and kind != "driver":
        raise UnitError(f"{field}: must not be negative")
    if kind == "production":
        return replace(r, production=None if value is None else Quantity(value, unit))
    if kind == "resource":  # typed in the column's unit (the header's), whatever unit the entry had
        entries = [e for e in r.consumption if e.resource != key]
        if value is not None:
            old = r.entry(key)
            at = next((i for i, e in enumerate(r.consumption) if e.resource == key), len(entries))
            entries.insert(at, ReadingEntry(key, Quantity(value, unit), old.carrier if old else carrier))
        return replace(r, consumption=entries)
    drivers = dict(r.drivers)
    if value is None:
        drivers.pop(key, None)
    else:
        drivers[key] = value
    return replace(r, drivers=drivers)


class ReadingsPanel(QWidget):
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

    def _model_columns(self) -> list[Column]:
        return [
            Column(
                self._header(col),
                self._display(col),
                commit=lambda r, v, i=i: self.edit_cell(r, i, str(v or "")),
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

    # -- clipboard -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Paste):  # type: ignore[attr-defined]
                self.paste(QGuiApplication.clipboard().text())
                return True
            if event.matches(QKeySequence.StandardKey.Copy):  # type: ignore[attr-defined]
                QGuiApplication.clipboard().setText(self.copy_text())
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
