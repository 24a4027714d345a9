"""The store operations on readings (monthly or any sub-period data): add, edit, delete one reading, or set
all readings of a period at once (a block pasted from a spreadsheet). One transaction each; each checks
the assessment with the domain's validation first (no overlap, inside the period, units) and writes nothing
when the edit brings a problem. The inverse of each is another of them (the GUI's undo)."""

from __future__ import annotations

from ...domain.message import Message
from ...domain.model import PERIOD_KEYS, Assessment
from ...domain.readings import Reading
from .. import mapping as m
from ..errors import StoreError
from ..models import ReadingRow
from .core import Change, StoreBase, _position_at


class ReadingOperations(StoreBase):
    """Mixed into Store: the readings of a period."""

    def _change(self, assessment_id: str, ids: tuple[str, ...]) -> Change:
        return self._done(Change(assessment_id, "readings", ids))

    def add_reading(self, assessment_id: str, reading: Reading, index: int | None = None) -> int:
        """Add a reading at the end, or at `index` of the readings (an undone delete goes back where it was)."""

        def mutate(a: Assessment) -> None:
            a.readings.insert(len(a.readings) if index is None else index, reading)

        with self._write() as s:
            row, before, _ = self._edit(s, assessment_id, mutate)
            position = _position_at(row.readings, index)
            s.add(m.fill_reading(ReadingRow(assessment_id=assessment_id), reading, position))
        at = len(before.readings) if index is None else min(max(index, 0), len(before.readings))
        self._change(assessment_id, (str(at),))
        return at

    def update_reading(self, assessment_id: str, index: int, reading: Reading) -> Change:
        with self._write() as s:
            row, _, _ = self._edit(s, assessment_id, lambda a: _set(a, index, reading))
            target = _nth(row.readings, index)
            m.fill_reading(target, reading, target.position)
        return self._change(assessment_id, (str(index),))

    def delete_reading(self, assessment_id: str, index: int) -> Change:
        with self._write() as s:
            row, _, _ = self._edit(s, assessment_id, lambda a: _pop(a, index))
            s.delete(_nth(row.readings, index))
        return self._change(assessment_id, (str(index),))

    def set_readings(self, assessment_id: str, period: str, readings: list[Reading]) -> Change:
        """All readings of one period at once; the other period's are kept. The readings come out baseline
        first, then reporting, so that setting a period back (an undo) gives the very list it had."""
        if period not in PERIOD_KEYS:
            raise StoreError(Message("store.not_period", {"period": period}))
        if any(r.period != period for r in readings):
            raise StoreError(Message("store.readings_period", {"period": period}))

        def ordered(current: list[Reading]) -> list[Reading]:
            kept = [r for r in current if r.period != period]
            return kept + list(readings) if period == "reporting" else list(readings) + kept

        def mutate(a: Assessment) -> None:
            a.readings = ordered(a.readings)

        with self._write() as s:
            row, _, after = self._edit(s, assessment_id, mutate)
            for r in list(row.readings):
                row.readings.remove(r)
                s.delete(r)
            s.flush()
            for i, reading in enumerate(after.readings):
                s.add(m.fill_reading(ReadingRow(assessment_id=assessment_id), reading, i))
        return self._change(assessment_id, (period,))


def _nth(rows: list[ReadingRow], index: int) -> ReadingRow:
    ordered = sorted(rows, key=lambda r: r.position)
    if not 0 <= index < len(ordered):
        raise StoreError(Message("store.no_reading", {"index": index, "count": len(ordered)}))
    return ordered[index]


def _set(a: Assessment, index: int, reading: Reading) -> None:
    if not 0 <= index < len(a.readings):
        raise StoreError(Message("store.no_reading", {"index": index, "count": len(a.readings)}))
    a.readings[index] = reading


def _pop(a: Assessment, index: int) -> None:
    if not 0 <= index < len(a.readings):
        raise StoreError(Message("store.no_reading", {"index": index, "count": len(a.readings)}))
    a.readings.pop(index)
