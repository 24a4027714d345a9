"""What the monitoring page's table of metered consumption shows and writes: its columns, a reading edited,
added, deleted (several at once: one undo step) or filled down (Ctrl+D: one undo step, one transaction).
A mixin of MonitoringPage."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QModelIndex

from ...domain.methodology import PERIOD_LABELS
from ...domain.model import Consumption
from ...domain.quantities import Quantity, UnitError
from ...domain.validation import resource_kinds
from ...services import edits
from ...store.operations import Operation
from ..forms import EDIT_ERRORS, error_text, not_saved
from ..models.rows import Column
from ..widgets.fill_down import fill_plan, fill_rows
from ..widgets.resources import resource_label
from ..workspace import delete_rows_text

C_PERIOD, C_RESOURCE, C_CARRIER, C_QUANTITY, C_PRICE = range(5)


class ConsumptionEdits:
    """Needs of the page: workspace, _lang(), consumption_table, consumption_model, consumption_message."""

    workspace: Any
    consumption_table: Any
    consumption_model: Any
    consumption_message: Any

    def _consumption_columns(self) -> list[Column]:
        lang = self._lang

        def q(value: Quantity | None) -> str:
            from ..widgets.quantity import format_quantity

            return format_quantity(value, lang())

        return [
            Column(
                self.tr("Period"),
                lambda r: PERIOD_LABELS[r[1].period](lang()),
                lambda r: r[1].period,
                lambda r, v: self.update_consumption(r[0], period=v),
            ),
            Column(
                self.tr("Resource"),
                lambda r: resource_label(r[1].resource, lang()),
                lambda r: r[1].resource,
                lambda r, v: self.update_consumption(r[0], resource=str(v or "").strip()),
            ),
            Column(
                self.tr("Carrier"),
                lambda r: resource_label(r[1].carrier, lang()),
                lambda r: r[1].carrier,
                lambda r, v: self.update_consumption(r[0], carrier=v or None),
                tooltip=lambda r: self.tr(
                    "The energy carrier of the official table, when the resource name is not one"
                ),
            ),
            Column(
                self.tr("Quantity"),
                lambda r: q(r[1].quantity),
                lambda r: r[1].quantity,
                lambda r, v: self.update_consumption(r[0], quantity=v),
                numeric=True,
            ),
            Column(
                self.tr("Unit price"),
                lambda r: q(r[1].unit_price),
                lambda r: r[1].unit_price,
                lambda r, v: self.update_consumption(r[0], unit_price=v),
                numeric=True,
            ),
        ]

    def _consumption_field(self, index: QModelIndex) -> str:
        rows = self.consumption_model.rows
        if 0 <= index.row() < len(rows):
            return self.tr("Quantity ({resource})").format(
                resource=resource_label(rows[index.row()][1].resource, self._lang())
            )
        return self.tr("Quantity")

    def _consumption_kinds(self, index: QModelIndex) -> tuple[str, ...] | None:
        rows = self.consumption_model.rows
        return resource_kinds(rows[index.row()][1].carrier_key) if 0 <= index.row() < len(rows) else None

    # -- writing --------------------------------------------------------------------------------

    def _run(self, name: str, op: Operation) -> None:
        self.workspace.run(edits.operations(self.workspace.store, name, [op]))

    def update_consumption(self, index: int, **changes: Any) -> None:
        old = self.workspace.assessment.consumption[index]
        new = dataclasses.replace(old, **changes)
        if new == old:
            return
        if not new.resource:
            raise UnitError(self.tr("A reading needs a resource."))
        self._run(self.tr("Edit reading"), Operation("update_consumption", (self.workspace.assessment_id, index, new)))

    def add_consumption(self, c: Consumption | None = None) -> int:
        a = self.workspace.assessment
        if c is None:
            period = "reporting" if a.reporting is not None else "baseline"
            c = Consumption("electricity", period, Quantity(None, "kWh"))  # type: ignore[arg-type]  # not entered
        index = len(a.consumption)
        self._run(self.tr("Add reading"), Operation("add_consumption", (self.workspace.assessment_id, c)))
        self.consumption_table.setCurrentIndex(self.consumption_model.index(index, C_RESOURCE))
        return index

    def delete_consumption(self) -> None:
        """Delete the selected readings (or the current one): one undo step, one store transaction."""
        rows = {i.row() for i in self.consumption_table.selectionModel().selectedRows()}
        if not rows and self.consumption_table.currentIndex().isValid():
            rows = {self.consumption_table.currentIndex().row()}
        chosen = [self.consumption_model.rows[r][0] for r in sorted(rows) if r < len(self.consumption_model.rows)]
        if not chosen:
            return
        name = self.tr("Delete reading") if len(chosen) == 1 else delete_rows_text(len(chosen))
        try:
            self.workspace.run(
                edits.delete_rows(self.workspace.store, self.workspace.assessment_id, "consumption", chosen, name)
            )
        except EDIT_ERRORS as exc:
            self.consumption_message.show_message(not_saved(exc))

    def fill_consumption(self) -> None:
        """Ctrl+D: the current column's first selected value into the selected readings below it."""
        try:
            fill_rows(self.workspace, self.consumption_model, fill_plan(self.consumption_table))
        except EDIT_ERRORS as exc:
            self.consumption_message.show_message(error_text(exc))
            return
        self.consumption_message.show_message("")
