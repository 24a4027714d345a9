"""Operations on process steps, their flows, the options, and the application's values."""

from __future__ import annotations

import copy
import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.message import Message
from ...domain.model import (
    Assessment,
    Flow,
    Option,
    ProcessStep,
)
from ...domain.validation import Problem, ValidationError
from .. import mapping as m
from ..errors import StoreError
from ..models import (
    AppMetaRow,
    AssessmentRow,
    FlowRow,
    OptionRow,
    ProcessStepRow,
)
from .core import (
    Change,
    StoreBase,
    _check,
    _position_at,
    _replace,
    utc_now,
)


class StepOperations(StoreBase):
    """Mixed into Store: process steps, flows, options and the application's values."""

    # -- process steps ---------------------------------------------------------------------------

    @staticmethod
    def _step_row(row: AssessmentRow, step_id: str) -> ProcessStepRow:
        step = next((p for p in row.process_steps if p.step_id == step_id), None)
        if step is None:
            raise StoreError(Message("store.no_step", {"step": step_id, "id": row.id}))
        return step

    def add_process_step(self, assessment_id: str, step: ProcessStep, index: int | None = None) -> Change:
        """Add a step (with any flows it already has) at the end of the list, or at `index` (an undone
        delete goes back where it was)."""
        with self._write() as s:
            row, _, _ = self._edit(s, assessment_id, lambda a: a.process_steps.append(step))
            new = m.step_to_row(step, _position_at(row.process_steps, index))
            new.assessment_id = assessment_id
            s.add(new)
        return self._done(Change(assessment_id, "process step", (step.id,)))

    def update_process_step(self, assessment_id: str, step_id: str, **fields: Any) -> Change:
        """Change a step's own fields (id, name, order, focus, basis, extra; flows have their own
        operations). A new id is carried into the options that point at the step."""
        if "flows" in fields:
            raise StoreError(Message("store.step_flows"))
        new_id = fields.get("id", step_id)

        def mutate(a: Assessment) -> None:
            i = next((i for i, p in enumerate(a.process_steps) if p.id == step_id), None)
            if i is not None:
                a.process_steps[i] = _replace(a.process_steps[i], fields, "store.a_step")
            for o in a.options:
                if o.process_step == step_id:
                    o.process_step = new_id
            if new_id != step_id:  # the focus matrix's scores and the next focus follow the step
                if a.focus_matrix is not None and step_id in a.focus_matrix.scores:
                    a.focus_matrix.scores = {
                        (new_id if k == step_id else k): v for k, v in a.focus_matrix.scores.items()
                    }
                if a.maintenance.next_focus == step_id:
                    a.maintenance.next_focus = new_id

        with self._write() as s:
            row = self._row(s, assessment_id)
            target = self._step_row(row, step_id)
            _, _, after = self._edit(s, assessment_id, mutate)
            step = after.step(new_id)
            assert step is not None
            m.fill_process_step(target, step, target.position)
            if new_id != step_id:
                for o in row.options:
                    if o.process_step == step_id:
                        o.process_step = new_id
                m.fill_focus_matrix(row, after.focus_matrix)
                m.fill_maintenance(row, after.maintenance)
        return self._done(Change(assessment_id, "process step", tuple(dict.fromkeys((step_id, new_id)))))

    def delete_process_step(self, assessment_id: str, step_id: str) -> Change:
        """Delete a step and its flows; refused (ValidationError) while an option points at it."""
        with self._write() as s:
            row = self._row(s, assessment_id)
            target = self._step_row(row, step_id)
            owned = [(i, o.option_id) for i, o in enumerate(row.options) if o.process_step == step_id]
            if owned:  # said as such, not as the options' dangling references the check would find
                raise ValidationError(
                    [
                        Problem.of(
                            f"options[{owned[0][0]}].process_step",
                            "step.has_options",
                            step=target.name or step_id,
                            options=", ".join(option for _, option in owned),
                        )
                    ]
                )
            self._edit(
                s, assessment_id, lambda a: setattr(a, "process_steps", [p for p in a.process_steps if p.id != step_id])
            )
            s.delete(target)
        return self._done(Change(assessment_id, "process step", (step_id,)))

    def move_process_step(self, assessment_id: str, step_id: str, new_order: int) -> Change:
        """Move a step to place `new_order` (1 = first); every step's `order` becomes its place."""
        with self._write() as s:
            row = self._row(s, assessment_id)
            steps = sorted(row.process_steps, key=lambda p: p.position)
            target = self._step_row(row, step_id)
            steps.remove(target)
            steps.insert(max(0, min(new_order - 1, len(steps))), target)
            for i, p in enumerate(steps):
                p.position, p.order = i, i + 1
            row.updated_at = utc_now()
        return self._done(Change(assessment_id, "process step order", (step_id,)))

    # -- flows -----------------------------------------------------------------------------------

    def _flow_edit(
        self, s: Session, assessment_id: str, step_id: str, old: FlowRow | None, flow: Flow | None, index: int
    ) -> ProcessStepRow:
        """Validate one flow in the context of its step (the step's other flows are not loaded)."""
        row = self._row(s, assessment_id)
        step = self._step_row(row, step_id)
        si = sorted(row.process_steps, key=lambda p: p.position).index(step)
        if flow is not None and flow.id != (old.flow_id if old is not None else None):
            clash = s.scalar(select(FlowRow.id).where(FlowRow.process_step_id == step.id, FlowRow.flow_id == flow.id))
            if clash is not None:
                raise ValidationError([Problem(f"process_steps[{si}].flows[{index}].id", f"'{flow.id}' is used twice")])
        probe_before = [m.flow_from_row(old)] if old is not None else []
        here, there = f"process_steps[{si}].flows[0]", f"process_steps[{si}].flows[{index}]"

        def mutate(a: Assessment) -> None:
            a.process_steps[si].flows = [flow] if flow is not None else []

        def before_flows(a: Assessment) -> None:
            a.process_steps[si].flows = probe_before

        before = m.rows_to_assessment(row, with_flows=False)
        before_flows(before)
        after = copy.deepcopy(before)
        mutate(after)
        _check(before, after, lambda f: there + f[len(here) :] if f.startswith(here) else f)
        row.updated_at = utc_now()
        return step

    def _flow_row(self, s: Session, step: ProcessStepRow, flow_id: str) -> FlowRow:
        found = s.scalars(
            select(FlowRow).where(FlowRow.process_step_id == step.id, FlowRow.flow_id == flow_id)
        ).one_or_none()
        if found is None:
            raise StoreError(Message("store.no_flow", {"flow": flow_id, "step": step.step_id}))
        return found

    def _flow_index(self, s: Session, step: ProcessStepRow, position: int) -> int:
        return (
            s.scalar(select(func.count()).where(FlowRow.process_step_id == step.id, FlowRow.position < position)) or 0
        )

    def add_flow(self, assessment_id: str, step_id: str, flow: Flow, index: int | None = None) -> Change:
        """Add a flow to a step at the end, or at `index` (an undone delete goes back where it was)."""
        with self._write() as s:
            step = self._step_row(self._row(s, assessment_id), step_id)
            count, top = s.execute(
                select(func.count(), func.max(FlowRow.position)).where(FlowRow.process_step_id == step.id)
            ).one()
            self._flow_edit(s, assessment_id, step_id, None, flow, count)
            if index is None or index >= count:
                position = 0 if top is None else top + 1
            else:
                position = _position_at(
                    list(s.scalars(select(FlowRow).where(FlowRow.process_step_id == step.id))), index
                )
            s.add(m.fill_flow(FlowRow(process_step_id=step.id), flow, position))
        return self._done(Change(assessment_id, "flow", (step_id, flow.id)))

    def update_flow(self, assessment_id: str, step_id: str, flow_id: str, flow: Flow) -> Change:
        with self._write() as s:
            step = self._step_row(self._row(s, assessment_id), step_id)
            target = self._flow_row(s, step, flow_id)
            self._flow_edit(s, assessment_id, step_id, target, flow, self._flow_index(s, step, target.position))
            m.fill_flow(target, flow, target.position)
        return self._done(Change(assessment_id, "flow", tuple(dict.fromkeys((step_id, flow_id, flow.id)))))

    def delete_flow(self, assessment_id: str, step_id: str, flow_id: str) -> Change:
        with self._write() as s:
            row = self._row(s, assessment_id)
            step = self._step_row(row, step_id)
            s.delete(self._flow_row(s, step, flow_id))
            row.updated_at = utc_now()
        return self._done(Change(assessment_id, "flow", (step_id, flow_id)))

    # -- options ---------------------------------------------------------------------------------

    @staticmethod
    def _option_row(row: AssessmentRow, option_id: str) -> OptionRow:
        found = next((o for o in row.options if o.option_id == option_id), None)
        if found is None:
            raise StoreError(Message("store.no_option", {"option": option_id, "id": row.id}))
        return found

    @staticmethod
    def _unique_option(row: AssessmentRow, option: Option, index: int, old_id: str | None) -> None:
        if option.id != old_id and any(o.option_id == option.id for o in row.options):
            raise ValidationError([Problem(f"options[{index}].id", f"'{option.id}' is used twice")])

    def add_option(self, assessment_id: str, option: Option, index: int | None = None) -> Change:
        """Add an option at the end, or at `index` (an undone delete goes back where it was)."""
        with self._write() as s:
            row, before, _ = self._edit(s, assessment_id, lambda a: a.options.append(option))
            self._unique_option(row, option, len(before.options), None)
            position = _position_at(row.options, index)
            s.add(m.fill_option(OptionRow(assessment_id=assessment_id), option, position))
        return self._done(Change(assessment_id, "option", (option.id,)))

    def update_option(self, assessment_id: str, option_id: str, option: Option) -> Change:
        with self._write() as s:
            row = self._row(s, assessment_id)
            target = self._option_row(row, option_id)
            index = sorted(row.options, key=lambda o: o.position).index(target)
            self._unique_option(row, option, index, option_id)
            self._edit(s, assessment_id, lambda a: a.options.__setitem__(index, option))
            m.fill_option(target, option, target.position)
        return self._done(Change(assessment_id, "option", tuple(dict.fromkeys((option_id, option.id)))))

    def delete_option(self, assessment_id: str, option_id: str) -> Change:
        with self._write() as s:
            row = self._row(s, assessment_id)
            s.delete(self._option_row(row, option_id))
            row.updated_at = utc_now()
        return self._done(Change(assessment_id, "option", (option_id,)))

    # -- application values (revision 0002) ------------------------------------------------------

    def get_meta(self, key: str, default: Any = None) -> Any:
        """An application-wide value: e.g. 'consultant_profile', 'last_assessment'."""
        with self.sessions() as s:
            row = s.get(AppMetaRow, key)
            return default if row is None else copy.deepcopy(row.value)

    def set_meta(self, key: str, value: Any) -> Change:
        try:
            json.dumps(value)
        except (TypeError, ValueError) as exc:
            raise StoreError(Message("store.value_not_kept", {"key": key, "error": str(exc)})) from exc
        with self._write() as s:
            s.merge(AppMetaRow(key=key, value=copy.deepcopy(value)))
        return self._done(Change("", "app meta", (key,)))
