"""Operations on the assessment's planning and report fields: the focus matrix (task 3), maintaining CP
(tasks 17 and 18), the consultant's own executive summary and conclusions for the report, and the norm's
sub-process the facility is benchmarked against. Each is one
transaction; the caller keeps the old value for its inverse (set it back)."""

from __future__ import annotations

import copy

from ...domain.model import Assessment, FocusMatrix, Maintenance
from .. import mapping as m
from .core import Change, StoreBase


class PlanningOperations(StoreBase):
    """Mixed into Store: the focus matrix, the maintenance, the report texts."""

    def set_focus_matrix(self, assessment_id: str, matrix: FocusMatrix | None) -> Change:
        """Set the focus matrix (criteria and scores) as a whole; None removes it."""
        value = copy.deepcopy(matrix)

        def mutate(a: Assessment) -> None:
            a.focus_matrix = value

        with self._write() as s:
            row, _, after = self._edit(s, assessment_id, mutate)
            m.fill_focus_matrix(row, after.focus_matrix)
        return self._done(Change(assessment_id, "focus matrix"))

    def set_maintenance(self, assessment_id: str, maintenance: Maintenance) -> Change:
        """Set the measures in place, the next focus and the next review date (tasks 17 and 18)."""
        value = copy.deepcopy(maintenance)

        def mutate(a: Assessment) -> None:
            a.maintenance = value

        with self._write() as s:
            row, _, after = self._edit(s, assessment_id, mutate)
            m.fill_maintenance(row, after.maintenance)
        return self._done(Change(assessment_id, "maintenance"))

    def set_executive_summary(self, assessment_id: str, text: str) -> Change:
        """The consultant's summary (tóm tắt) for the report; "" lets the report write its own."""
        with self._write() as s:
            row, _, after = self._edit(s, assessment_id, lambda a: setattr(a, "executive_summary", text))
            row.executive_summary = after.executive_summary
        return self._done(Change(assessment_id, "executive summary"))

    def set_conclusions(self, assessment_id: str, text: str) -> Change:
        """The consultant's conclusions and recommendations for the report; "" lets the report write its own."""
        with self._write() as s:
            row, _, after = self._edit(s, assessment_id, lambda a: setattr(a, "conclusions", text))
            row.conclusions = after.conclusions
        return self._done(Change(assessment_id, "conclusions"))

    def set_benchmark_process(self, assessment_id: str, key: str | None) -> Change:
        """The norm's sub-process to benchmark against (a key of the template's norm sets); None: not chosen."""
        with self._write() as s:
            row, _, after = self._edit(s, assessment_id, lambda a: setattr(a, "benchmark_process", key))
            row.benchmark_process = after.benchmark_process
        return self._done(Change(assessment_id, "benchmark process"))
