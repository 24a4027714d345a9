"""What the balance page writes: a flow of the current step edited, added, deleted (several at once: one
undo step) or filled down (Ctrl+D: one undo step, one transaction), and the step's basis and its label.
A mixin of BalancePage."""

from __future__ import annotations

import dataclasses
from typing import Any

from ...domain.model import Flow
from ...domain.quantities import Quantity, UnitError, require_kind
from ...services import edits
from ..forms import EDIT_ERRORS, error_text, not_saved
from ..widgets.common import new_id
from ..widgets.fill_down import fill_plan, fill_rows
from ..widgets.resources import flow_kinds
from ..workspace import delete_rows_text

COL_DIRECTION, COL_KIND, COL_NAME, COL_RESOURCE, COL_QUANTITY, COL_UNIT, COL_PRICE, COL_TREATMENT, COL_BALANCE = range(
    9
)


class FlowEdits:
    """Needs of the page: workspace, current_step(), model, table, message, basis_edit, basis_label_edit."""

    workspace: Any
    model: Any
    table: Any
    message: Any
    basis_edit: Any
    basis_label_edit: Any

    # -- writing --------------------------------------------------------------------------------

    def update_flow(self, flow: Flow, **changes: Any) -> None:
        """Change one flow of the current step (undoable); UnitError/ValidationError when refused."""
        step = self.current_step()
        if step is None:
            return
        new = dataclasses.replace(flow, **changes)
        if new == flow:
            return
        if "quantity" in changes or "resource" in changes or "kind" in changes:
            field = self.tr("Quantity of “{name}”").format(name=new.name)
            require_kind(new.quantity.unit, flow_kinds(new.resource, new.kind), field)
        name = self.tr("Edit flow “{name}”").format(name=flow.name)
        self.workspace.run(
            edits.update_flow(self.workspace.store, self.workspace.assessment_id, step.id, flow, new, name)
        )

    def add_flow(self, direction: str) -> Flow | None:
        step = self.current_step()
        if step is None:
            return None
        flow = Flow(
            id=new_id("f", [f.id for f in step.flows]),
            direction=direction,
            kind="raw_material" if direction == "input" else "product",
            name=self.tr("New input") if direction == "input" else self.tr("New output"),
            quantity=Quantity(0.0, "kg"),
        )
        self.workspace.run(
            edits.add_flow(self.workspace.store, self.workspace.assessment_id, step.id, flow, self.tr("Add flow"))
        )
        row = self.model.row_of(flow.id)
        if row >= 0:
            index = self.model.index(row, COL_NAME)
            self.table.setCurrentIndex(index)
            self.table.setFocus()
        return flow

    def delete_selected(self) -> None:
        """Delete the selected flows (or the current one): one undo step, one store transaction."""
        step = self.current_step()
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}) if step else []
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        flows = [self.model.rows[r] for r in rows if 0 <= r < len(self.model.rows)]
        if not flows or step is None:
            return
        name = (
            self.tr("Delete flow “{name}”").format(name=flows[0].name)
            if len(flows) == 1
            else delete_rows_text(len(flows))
        )
        edit = edits.delete_flows(
            self.workspace.store, self.workspace.assessment_id, step.id, [f.id for f in flows], name
        )
        try:
            self.workspace.run(edit)
        except EDIT_ERRORS as exc:
            self.message.show_message(not_saved(exc))
            return
        self.message.show_message("")

    def _set_basis(self, q: Quantity | None) -> None:
        step = self.current_step()
        if step is None or q is None or q == step.basis:
            return
        edit = edits.update_process_step(
            self.workspace.store, self.workspace.assessment_id, step, {"basis": q}, self.tr("Change the basis")
        )
        try:
            if edit is not None:
                self.workspace.run(edit)
        except (UnitError, ValueError) as exc:
            self.basis_edit.refuse(exc)

    def _set_basis_label(self) -> None:
        step = self.current_step()
        if step is None:
            return
        text = self.basis_label_edit.text().strip()
        name = self.tr("Change the basis label")
        edit = edits.update_process_step(
            self.workspace.store, self.workspace.assessment_id, step, {"basis_label": text}, name
        )
        if edit is not None:
            self.workspace.run(edit)

    def fill_down(self) -> None:
        """Ctrl+D: the current column's first selected value into the selected flows below it."""
        if self.current_step() is None:
            return
        try:
            fill_rows(self.workspace, self.model, fill_plan(self.table))
        except EDIT_ERRORS as exc:
            self.message.show_message(error_text(exc))
            return
        self.message.show_message("")
