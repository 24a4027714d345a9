"""The operations that change data: the only write path of the app.

Each method is one transaction. It checks the result with the domain's validation before writing
(a ValidationError carries the problems, and nothing is written), sets the assessment's
`updated_at`, and says what changed (a `Change`, also sent to the store's listeners after the
commit). Fine-grained edits touch only the rows they change.

Validation compares the problems after the edit with those before it, so an assessment stored by
an older version with a problem the current rules find can still be edited elsewhere; an edit
is refused only for problems it introduces.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..domain.model import (
    PERIOD_KEYS,
    Assessment,
    Consumption,
    Facility,
    Flow,
    Option,
    Period,
    ProcessStep,
    Product,
    TaskProgress,
    TeamMember,
)
from ..domain.validation import Problem, ValidationError, validate_assessment
from . import mapping as m
from .errors import StoreError
from .guard import check_values, guard
from .models import (
    AppMetaRow,
    AssessmentRow,
    ConsumptionRow,
    FacilityRow,
    FlowRow,
    OptionRow,
    PeriodRow,
    ProcessStepRow,
    TaskProgressRow,
    TeamMemberRow,
)
from .reading_ops import ReadingOperations

COPY_SUFFIX = " (bản sao)"


def utc_now() -> str:
    """Now, UTC, RFC 3339 with 'Z' (seconds)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Change:
    """What an operation changed: the assessment, a word for what, and the ids (or indexes) touched."""

    assessment_id: str
    what: str
    ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class AssessmentSummary:
    id: str
    facility_name: str
    province: str
    tax_code: str
    created_at: str
    updated_at: str
    revision: int
    product: str
    consultant_name: str
    template: str | None


def _check(before: Assessment, after: Assessment, rename: Callable[[str], str] | None = None) -> None:
    """Refuse the edit if `after` has problems `before` did not have."""
    old = set(validate_assessment(before))
    new = [p for p in validate_assessment(after) if p not in old]
    if new:
        raise ValidationError([Problem(rename(p.field), p.message) for p in new] if rename else new)


def _replace(obj: Any, fields: dict[str, Any], what: str) -> Any:
    names = {f.name for f in dataclasses.fields(obj)}
    unknown = sorted(set(fields) - names)
    if unknown:
        raise StoreError(f"{what} has no field {', '.join(repr(u) for u in unknown)}.")
    return dataclasses.replace(obj, **fields)


def _nth(rows: list[Any], index: int, what: str) -> Any:
    ordered = sorted(rows, key=lambda r: r.position)
    if not 0 <= index < len(ordered):
        raise StoreError(f"There is no {what} number {index} (there are {len(ordered)}).")
    return ordered[index]


def _next_position(rows: list[Any]) -> int:
    return max((r.position for r in rows), default=-1) + 1


def _position_at(rows: list[Any], index: int | None) -> int:
    """The position for a new row to land at `index` of the ordered rows (None: at the end);
    the rows from there on move down one place."""
    ordered = sorted(rows, key=lambda r: r.position)
    if index is None or index >= len(ordered):
        return _next_position(rows)
    at = ordered[max(index, 0)].position
    for r in ordered:
        if r.position >= at:
            r.position += 1
    return at


class Store(ReadingOperations):
    """A database of assessments: the engine, its sessions, and every operation that writes."""

    def __init__(self, engine: Engine, *, sqlite_path: Path | None = None, backup_dir: Path | None = None):
        self.engine = engine
        self.sqlite_path = sqlite_path
        self.backup_dir = backup_dir
        writer = engine.execution_options(sqlite_begin="immediate") if engine.dialect.name == "sqlite" else engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(writer, expire_on_commit=False)
        guard(self.sessions)
        guard(self._write_sessions)
        self._listeners: list[Callable[[Change], None]] = []
        self.warnings: list[str] = []  # said once to the user after opening (a backup skipped…)
        self.read_only = False  # opened read-only (a full disk)
        self.damage: Exception | None = None  # DamagedStoreError: the integrity check failed at the backup

    # -- life ------------------------------------------------------------------------------------

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        """Call `listener(change)` after each committed operation; returns a function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self._write_sessions() as s, s.begin():
            yield s

    def _done(self, change: Change) -> Change:
        for listener in list(self._listeners):
            listener(change)
        return change

    @staticmethod
    def _row(s: Session, assessment_id: str) -> AssessmentRow:
        row = s.get(AssessmentRow, assessment_id)
        if row is None:
            raise StoreError(f"There is no assessment with id {assessment_id}.")
        return row

    def _edit(
        self,
        s: Session,
        assessment_id: str,
        mutate: Callable[[Assessment], None],
        rename: Callable[[str], str] | None = None,
    ) -> tuple[AssessmentRow, Assessment, Assessment]:
        """Load the assessment without flows, apply `mutate` to a copy, validate, touch updated_at."""
        row = self._row(s, assessment_id)
        before = m.rows_to_assessment(row, with_flows=False)
        after = copy.deepcopy(before)
        mutate(after)
        _check(before, after, rename)
        row.updated_at = utc_now()
        return row, before, after

    # -- whole assessments -----------------------------------------------------------------------

    def add_assessment(self, a: Assessment) -> str:
        """Store a new assessment as given (timestamps kept; set to now when empty); returns its id."""
        a = dataclasses.replace(a, id=a.id or str(uuid.uuid4()))
        now = utc_now()
        a.created_at, a.updated_at = a.created_at or now, a.updated_at or a.created_at or now
        problems = validate_assessment(a)
        if problems:
            raise ValidationError(problems)
        with self._write() as s:
            if s.get(AssessmentRow, a.id) is not None:
                raise StoreError(f"An assessment with id {a.id} is already in the store.")
            self._insert(s, a)
        self._done(Change(a.id, "assessment added", (a.id,)))
        return a.id

    @staticmethod
    def _insert(s: Session, a: Assessment, exported_digest: str | None = None) -> None:
        """Insert a whole assessment: the ORM for the header rows, one bulk insert for the flows."""
        row = m.assessment_to_rows(a, with_flows=False)
        row.exported_digest = exported_digest
        s.add(row)
        s.flush()
        flows = [
            m.flow_values(f, j, step_row.id)
            for step_row, step in zip(row.process_steps, a.process_steps, strict=True)
            for j, f in enumerate(step.flows)
        ]
        if flows:
            check_values(FlowRow.__table__, flows)
            s.execute(insert(FlowRow), flows)

    def replace_assessment(self, a: Assessment, *, keep_updated_at: bool = False) -> Change:
        """Replace a whole stored assessment by `a` (same id) in one transaction; created_at is kept.
        `updated_at` becomes now, or stays as `a` has it with keep_updated_at (an imported document)."""
        problems = validate_assessment(a)
        if problems:
            raise ValidationError(problems)
        with self._write() as s:
            old = self._row(s, a.id)
            updated = a.updated_at if keep_updated_at and a.updated_at else utc_now()
            a = dataclasses.replace(a, created_at=old.created_at, updated_at=updated)
            digest = old.exported_digest
            s.delete(old)
            s.flush()
            self._insert(s, a, exported_digest=digest)
        return self._done(Change(a.id, "assessment replaced", (a.id,)))

    def get_assessment(self, assessment_id: str) -> Assessment:
        stmt = (
            select(AssessmentRow)
            .where(AssessmentRow.id == assessment_id)
            .options(
                selectinload(AssessmentRow.facility),
                selectinload(AssessmentRow.team),
                selectinload(AssessmentRow.periods),
                selectinload(AssessmentRow.consumption),
                selectinload(AssessmentRow.process_steps),
                selectinload(AssessmentRow.options),
                selectinload(AssessmentRow.tasks),
                selectinload(AssessmentRow.readings),
            )
        )
        # flows are the bulk (thousands): read them as plain rows, without ORM objects
        flow_stmt = (
            select(FlowRow.__table__)
            .join(ProcessStepRow, ProcessStepRow.id == FlowRow.process_step_id)
            .where(ProcessStepRow.assessment_id == assessment_id)
            .order_by(FlowRow.process_step_id, FlowRow.position)
        )
        with self.sessions() as s, s.begin():  # one read transaction: a consistent snapshot
            row = s.scalars(stmt).one_or_none()
            if row is None:
                raise StoreError(f"There is no assessment with id {assessment_id}.")
            flows: dict[int, list[Flow]] = {}
            for r in s.execute(flow_stmt):
                flows.setdefault(r.process_step_id, []).append(m.flow_from_row(r))
            return m.rows_to_assessment(row, flows=flows)

    def get_flows(self, assessment_id: str, step_id: str) -> list[Flow]:
        """The flows of one process step, in order (a view refreshing after a flow edit needs no more)."""
        stmt = (
            select(FlowRow.__table__)
            .join(ProcessStepRow, ProcessStepRow.id == FlowRow.process_step_id)
            .where(ProcessStepRow.assessment_id == assessment_id, ProcessStepRow.step_id == step_id)
            .order_by(FlowRow.position)
        )
        with self.sessions() as s:
            return [m.flow_from_row(r) for r in s.execute(stmt)]

    def list_assessments(self) -> list[AssessmentSummary]:
        """Every assessment, the most recently changed first."""
        a, f = AssessmentRow, FacilityRow
        stmt = (
            select(
                a.id,
                f.name,
                f.province,
                f.tax_code,
                a.created_at,
                a.updated_at,
                a.revision,
                a.product_name,
                a.consultant_name,
                a.template,
            )
            .outerjoin(f, f.assessment_id == a.id)
            .order_by(a.updated_at.desc(), a.id)
        )
        with self.sessions() as s:
            return [
                AssessmentSummary(r[0], r[1] or "", r[2] or "", r[3] or "", r[4], r[5], r[6], r[7], r[8], r[9])
                for r in s.execute(stmt)
            ]

    def delete_assessment(self, assessment_id: str) -> Change:
        with self._write() as s:
            self._row(s, assessment_id)
            s.execute(delete(AssessmentRow).where(AssessmentRow.id == assessment_id))
        return self._done(Change(assessment_id, "assessment deleted", (assessment_id,)))

    def duplicate_assessment(self, assessment_id: str) -> str:
        """A copy under a new id, revision 1, never exported, '(bản sao)' after the facility name."""
        a = self.get_assessment(assessment_id)
        now = utc_now()
        copy_ = dataclasses.replace(
            a,
            id=str(uuid.uuid4()),
            revision=1,
            created_at=now,
            updated_at=now,
            facility=dataclasses.replace(a.facility, name=a.facility.name + COPY_SUFFIX),
        )
        return self.add_assessment(copy_)

    # -- header records --------------------------------------------------------------------------

    def update_facility(self, assessment_id: str, **fields: Any) -> Change:
        facility: Facility = Facility()

        def mutate(a: Assessment) -> None:
            nonlocal facility
            facility = a.facility = _replace(a.facility, fields, "The facility")

        with self._write() as s:
            row, _, _ = self._edit(s, assessment_id, mutate)
            if row.facility is None:
                row.facility = FacilityRow(assessment_id=assessment_id)
            m.fill_facility(row.facility, facility)
        return self._done(Change(assessment_id, "facility", tuple(fields)))

    def update_consultant(self, assessment_id: str, **fields: Any) -> Change:
        with self._write() as s:
            row, _, after = self._edit(
                s, assessment_id, lambda a: setattr(a, "consultant", _replace(a.consultant, fields, "The consultant"))
            )
            m.fill_consultant(row, after.consultant)
        return self._done(Change(assessment_id, "consultant", tuple(fields)))

    def set_product(self, assessment_id: str, name: str, unit: str) -> Change:
        with self._write() as s:
            row, _, after = self._edit(
                s, assessment_id, lambda a: setattr(a, "product", Product(name, unit, a.product.extra))
            )
            m.fill_product(row, after.product)
        return self._done(Change(assessment_id, "product"))

    def update_assessment(self, assessment_id: str, **fields: Any) -> Change:
        """Change the assessment's own fields: assessment_type (rapid/detailed), language, template."""
        allowed = {"assessment_type", "language", "template"}
        unknown = set(fields) - allowed
        if unknown:
            raise StoreError(f"The assessment has no field {', '.join(sorted(unknown))}.")

        def change(a: Assessment) -> None:
            for k, v in fields.items():
                setattr(a, k, v)

        with self._write() as s:
            row, _, after = self._edit(s, assessment_id, change)
            row.assessment_type, row.language, row.template = after.assessment_type, after.language, after.template
        return self._done(Change(assessment_id, "assessment", tuple(fields)))

    def update_settings(self, assessment_id: str, **fields: Any) -> Change:
        with self._write() as s:
            row, _, after = self._edit(
                s, assessment_id, lambda a: setattr(a, "settings", _replace(a.settings, fields, "The settings"))
            )
            m.fill_settings(row, after.settings)
        return self._done(Change(assessment_id, "settings", tuple(fields)))

    def set_extra(self, assessment_id: str, key: str, value: Any) -> Change:
        """Set a free-form value kept in assessment.extra (maintenance notes, focus matrix …);
        None removes the key."""
        try:
            json.dumps(value)
        except (TypeError, ValueError) as exc:
            raise StoreError(f"The value for '{key}' cannot be stored ({exc}).") from exc

        def mutate(a: Assessment) -> None:
            if value is None:
                a.extra.pop(key, None)
            else:
                a.extra[key] = copy.deepcopy(value)

        with self._write() as s:
            row, _, after = self._edit(s, assessment_id, mutate)
            row.extra = after.extra
        return self._done(Change(assessment_id, "extra", (key,)))

    def mark_exported(self, assessment_id: str, digest: str) -> int:
        """Record the digest of an export; returns the revision to write into the document.

        The first export keeps the revision; an export whose digest differs from the last one
        adds 1. `updated_at` is not changed (an export is not an edit), so the digest should be
        computed over the document without `revision`.
        """
        with self._write() as s:
            row = self._row(s, assessment_id)
            if row.exported_digest is not None and row.exported_digest != digest:
                row.revision += 1
            row.exported_digest = digest
            revision = row.revision
        self._done(Change(assessment_id, "exported", (str(revision),)))
        return revision

    def export_revision(self, assessment_id: str, digest: str) -> int:
        """The revision `mark_exported` would give, without recording anything (a read-only store)."""
        with self.sessions() as s:
            row = self._row(s, assessment_id)
            changed = row.exported_digest is not None and row.exported_digest != digest
            return row.revision + (1 if changed else 0)

    # -- team ------------------------------------------------------------------------------------

    def set_team(self, assessment_id: str, members: list[TeamMember]) -> Change:
        with self._write() as s:
            row, _, _ = self._edit(s, assessment_id, lambda a: setattr(a, "team", list(members)))
            s.execute(delete(TeamMemberRow).where(TeamMemberRow.assessment_id == assessment_id))
            s.add_all(
                [m.fill_team_member(TeamMemberRow(assessment_id=assessment_id), t, i) for i, t in enumerate(members)]
            )
        return self._done(Change(assessment_id, "team"))

    def add_team_member(self, assessment_id: str, member: TeamMember) -> int:
        with self._write() as s:
            row, before, _ = self._edit(s, assessment_id, lambda a: a.team.append(member))
            s.add(m.fill_team_member(TeamMemberRow(assessment_id=assessment_id), member, _next_position(row.team)))
        index = len(before.team)
        self._done(Change(assessment_id, "team", (str(index),)))
        return index

    def update_team_member(self, assessment_id: str, index: int, member: TeamMember) -> Change:
        with self._write() as s:
            target = _nth(self._row(s, assessment_id).team, index, "team member")
            self._edit(s, assessment_id, lambda a: a.team.__setitem__(index, member))
            m.fill_team_member(target, member, target.position)
        return self._done(Change(assessment_id, "team", (str(index),)))

    def delete_team_member(self, assessment_id: str, index: int) -> Change:
        with self._write() as s:
            row = self._row(s, assessment_id)
            s.delete(_nth(row.team, index, "team member"))
            row.updated_at = utc_now()
        return self._done(Change(assessment_id, "team", (str(index),)))

    # -- periods and consumption -----------------------------------------------------------------

    def set_period(self, assessment_id: str, key: str, period: Period | None) -> Change:
        """Set or (with None) remove the baseline or reporting period."""
        if key not in PERIOD_KEYS:
            raise StoreError(f"'{key}' is not a period (baseline or reporting).")
        with self._write() as s:
            row, _, _ = self._edit(s, assessment_id, lambda a: setattr(a, key, period))
            existing = next((p for p in row.periods if p.key == key), None)
            if period is None:
                if existing is not None:
                    s.delete(existing)
            elif existing is not None:
                m.fill_period(existing, key, period)
            else:
                s.add(m.fill_period(PeriodRow(assessment_id=assessment_id), key, period))
        return self._done(Change(assessment_id, "period", (key,)))

    def add_consumption(self, assessment_id: str, c: Consumption, index: int | None = None) -> int:
        """Add a metered reading at the end, or at `index` (an undone delete goes back where it was)."""
        with self._write() as s:
            row, before, _ = self._edit(s, assessment_id, lambda a: a.consumption.append(c))
            position = _position_at(row.consumption, index)
            s.add(m.fill_consumption(ConsumptionRow(assessment_id=assessment_id), c, position))
        index = len(before.consumption) if index is None else min(max(index, 0), len(before.consumption))
        self._done(Change(assessment_id, "consumption", (str(index),)))
        return index

    def update_consumption(self, assessment_id: str, index: int, c: Consumption) -> Change:
        with self._write() as s:
            row = self._row(s, assessment_id)
            target = _nth(row.consumption, index, "consumption line")
            self._edit(s, assessment_id, lambda a: a.consumption.__setitem__(index, c))
            m.fill_consumption(target, c, target.position)
        return self._done(Change(assessment_id, "consumption", (str(index),)))

    def delete_consumption(self, assessment_id: str, index: int) -> Change:
        with self._write() as s:
            row = self._row(s, assessment_id)
            s.delete(_nth(row.consumption, index, "consumption line"))
            row.updated_at = utc_now()
        return self._done(Change(assessment_id, "consumption", (str(index),)))

    # -- tasks -----------------------------------------------------------------------------------

    def set_task(self, assessment_id: str, task_number: int, done: bool, notes: str = "") -> Change:
        def mutate(a: Assessment) -> None:
            t = next((t for t in a.tasks if t.task == task_number), None)
            if t is None:
                a.tasks.append(TaskProgress(task_number, done, notes))
            else:
                t.done, t.notes = done, notes

        with self._write() as s:
            row, _, _ = self._edit(s, assessment_id, mutate)
            existing = next((t for t in row.tasks if t.task == task_number), None)
            if existing is None:
                s.add(
                    m.fill_task(
                        TaskProgressRow(assessment_id=assessment_id),
                        TaskProgress(task_number, done, notes),
                        _next_position(row.tasks),
                    )
                )
            else:
                existing.done, existing.notes = done, notes
        return self._done(Change(assessment_id, "task", (str(task_number),)))

    # -- process steps ---------------------------------------------------------------------------

    @staticmethod
    def _step_row(row: AssessmentRow, step_id: str) -> ProcessStepRow:
        step = next((p for p in row.process_steps if p.step_id == step_id), None)
        if step is None:
            raise StoreError(f"There is no process step with id {step_id!r} in assessment {row.id}.")
        return step

    def add_process_step(self, assessment_id: str, step: ProcessStep) -> Change:
        """Add a step (with any flows it already has) at the end of the list."""
        with self._write() as s:
            row, _, _ = self._edit(s, assessment_id, lambda a: a.process_steps.append(step))
            new = m.step_to_row(step, _next_position(row.process_steps))
            new.assessment_id = assessment_id
            s.add(new)
        return self._done(Change(assessment_id, "process step", (step.id,)))

    def update_process_step(self, assessment_id: str, step_id: str, **fields: Any) -> Change:
        """Change a step's own fields (id, name, order, focus, basis, extra; flows have their own
        operations). A new id is carried into the options that point at the step."""
        if "flows" in fields:
            raise StoreError("Change a step's flows with the flow operations.")
        new_id = fields.get("id", step_id)

        def mutate(a: Assessment) -> None:
            i = next((i for i, p in enumerate(a.process_steps) if p.id == step_id), None)
            if i is not None:
                a.process_steps[i] = _replace(a.process_steps[i], fields, "A process step")
            for o in a.options:
                if o.process_step == step_id:
                    o.process_step = new_id

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
        return self._done(Change(assessment_id, "process step", tuple(dict.fromkeys((step_id, new_id)))))

    def delete_process_step(self, assessment_id: str, step_id: str) -> Change:
        """Delete a step and its flows; refused (ValidationError) while an option points at it."""
        with self._write() as s:
            row = self._row(s, assessment_id)
            target = self._step_row(row, step_id)
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
            raise StoreError(f"There is no flow with id {flow_id!r} in process step {step.step_id!r}.")
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
            raise StoreError(f"There is no option with id {option_id!r} in assessment {row.id}.")
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
            raise StoreError(f"The value for '{key}' cannot be stored ({exc}).") from exc
        with self._write() as s:
            s.merge(AppMetaRow(key=key, value=copy.deepcopy(value)))
        return self._done(Change("", "app meta", (key,)))
