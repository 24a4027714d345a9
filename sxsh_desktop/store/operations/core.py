"""The store's plumbing and whole assessments: the engine and sessions, listeners, the edit
helper every operation uses, and adding, reading, listing, replacing, duplicating and deleting an
assessment."""

from __future__ import annotations

import copy
import dataclasses
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ...domain.message import Message
from ...domain.model import (
    Assessment,
    Flow,
)
from ...domain.validation import Problem, ValidationError, validate_assessment
from .. import mapping as m
from ..errors import StoreError
from ..guard import check_values, guard
from ..models import (
    AssessmentRow,
    FacilityRow,
    FlowRow,
    ProcessStepRow,
)

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
    """`obj` with `fields` changed; `what` is the code of the record's name in a refusal."""
    names = {f.name for f in dataclasses.fields(obj)}
    unknown = sorted(set(fields) - names)
    if unknown:
        said = {"what": Message(what), "fields": ", ".join(repr(u) for u in unknown)}
        raise StoreError(Message("store.no_field", said))
    return dataclasses.replace(obj, **fields)


def _nth(rows: list[Any], index: int, what: str) -> Any:
    """The row at `index`; `what` is the code of the row's name in a refusal."""
    ordered = sorted(rows, key=lambda r: r.position)
    if not 0 <= index < len(ordered):
        raise StoreError(Message("store.no_row", {"what": Message(what), "index": index, "count": len(ordered)}))
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


class StoreBase:
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
        self._batch = threading.local()  # the session and changes of a batch running in this thread
        self.warnings: list[Message] = []  # said once to the user after opening (a backup skipped…); str(): English
        self.read_only = False  # opened read-only (a full disk)
        self.damage: Exception | None = None  # DamagedStoreError: the integrity check failed at the backup

    # -- life ------------------------------------------------------------------------------------

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        """Call `listener(change)` after each committed operation; returns a function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One write transaction; inside a batch (store/batch.py), a savepoint of the batch's transaction,
        after which every loaded row is expired so that the next operation sees what this one wrote."""
        batch: Session | None = getattr(self._batch, "session", None)
        if batch is not None:
            with batch.begin_nested():
                yield batch
            batch.expire_all()
            return
        with self._write_sessions() as s, s.begin():
            yield s

    def _done(self, change: Change) -> Change:
        """Tell the listeners; inside a batch, only once the batch has committed."""
        pending: list[Change] | None = getattr(self._batch, "changes", None)
        if pending is not None:
            pending.append(change)
            return change
        for listener in list(self._listeners):
            listener(change)
        return change

    @staticmethod
    def _row(s: Session, assessment_id: str) -> AssessmentRow:
        row = s.get(AssessmentRow, assessment_id)
        if row is None:
            raise StoreError(Message("store.no_assessment", {"id": assessment_id}))
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
                raise StoreError(Message("store.assessment_exists", {"id": a.id}))
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
                selectinload(AssessmentRow.focus_criteria),
                selectinload(AssessmentRow.focus_scores),
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
                raise StoreError(Message("store.no_assessment", {"id": assessment_id}))
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
