"""Operations on the assessment's header records: facility, consultant, product, settings, extra
values, the export mark, the team, the periods and consumption, the task list."""

from __future__ import annotations

import copy
import json
from typing import Any

from sqlalchemy import delete

from ...domain.message import Message
from ...domain.model import (
    PERIOD_KEYS,
    Assessment,
    Consumption,
    Facility,
    Period,
    Product,
    TaskProgress,
    TeamMember,
)
from .. import mapping as m
from ..errors import StoreError
from ..models import (
    ConsumptionRow,
    FacilityRow,
    PeriodRow,
    TaskProgressRow,
    TeamMemberRow,
)
from .core import (
    Change,
    StoreBase,
    _next_position,
    _nth,
    _position_at,
    _replace,
    utc_now,
)


class RecordOperations(StoreBase):
    """Mixed into Store: the header records, the team, periods and consumption, the tasks."""

    # -- header records --------------------------------------------------------------------------

    def update_facility(self, assessment_id: str, **fields: Any) -> Change:
        facility: Facility = Facility()

        def mutate(a: Assessment) -> None:
            nonlocal facility
            facility = a.facility = _replace(a.facility, fields, "store.the_facility")

        with self._write() as s:
            row, _, _ = self._edit(s, assessment_id, mutate)
            if row.facility is None:
                row.facility = FacilityRow(assessment_id=assessment_id)
            m.fill_facility(row.facility, facility)
        return self._done(Change(assessment_id, "facility", tuple(fields)))

    def update_consultant(self, assessment_id: str, **fields: Any) -> Change:
        with self._write() as s:
            row, _, after = self._edit(
                s,
                assessment_id,
                lambda a: setattr(a, "consultant", _replace(a.consultant, fields, "store.the_consultant")),
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
            raise StoreError(
                Message(
                    "store.no_field", {"what": Message("store.the_assessment"), "fields": ", ".join(sorted(unknown))}
                )
            )

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
                s, assessment_id, lambda a: setattr(a, "settings", _replace(a.settings, fields, "store.the_settings"))
            )
            m.fill_settings(row, after.settings)
        return self._done(Change(assessment_id, "settings", tuple(fields)))

    def set_extra(self, assessment_id: str, key: str, value: Any) -> Change:
        """Set a free-form value kept in assessment.extra (maintenance notes, focus matrix …);
        None removes the key."""
        try:
            json.dumps(value)
        except (TypeError, ValueError) as exc:
            raise StoreError(Message("store.value_not_kept", {"key": key, "error": str(exc)})) from exc

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

    def add_team_member(self, assessment_id: str, member: TeamMember, index: int | None = None) -> int:
        """Add a member at the end, or at `index` (an undone delete goes back where it was); returns the place."""
        with self._write() as s:
            row, before, _ = self._edit(s, assessment_id, lambda a: a.team.append(member))
            position = _position_at(row.team, index)
            s.add(m.fill_team_member(TeamMemberRow(assessment_id=assessment_id), member, position))
        index = len(before.team) if index is None else min(max(index, 0), len(before.team))
        self._done(Change(assessment_id, "team", (str(index),)))
        return index

    def update_team_member(self, assessment_id: str, index: int, member: TeamMember) -> Change:
        with self._write() as s:
            target = _nth(self._row(s, assessment_id).team, index, "store.team_member")
            self._edit(s, assessment_id, lambda a: a.team.__setitem__(index, member))
            m.fill_team_member(target, member, target.position)
        return self._done(Change(assessment_id, "team", (str(index),)))

    def delete_team_member(self, assessment_id: str, index: int) -> Change:
        with self._write() as s:
            row = self._row(s, assessment_id)
            s.delete(_nth(row.team, index, "store.team_member"))
            row.updated_at = utc_now()
        return self._done(Change(assessment_id, "team", (str(index),)))

    # -- periods and consumption -----------------------------------------------------------------

    def set_period(self, assessment_id: str, key: str, period: Period | None) -> Change:
        """Set or (with None) remove the baseline or reporting period."""
        if key not in PERIOD_KEYS:
            raise StoreError(Message("store.not_period", {"period": key}))
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
            target = _nth(row.consumption, index, "store.consumption_line")
            self._edit(s, assessment_id, lambda a: a.consumption.__setitem__(index, c))
            m.fill_consumption(target, c, target.position)
        return self._done(Change(assessment_id, "consumption", (str(index),)))

    def delete_consumption(self, assessment_id: str, index: int) -> Change:
        with self._write() as s:
            row = self._row(s, assessment_id)
            s.delete(_nth(row.consumption, index, "store.consumption_line"))
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
