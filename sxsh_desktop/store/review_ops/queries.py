"""The received list and one assessment's details and package."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select, true

from ...domain.message import Message
from ..review_models import (
    ReceivedAssessmentRow,
    ReceivedPackageRow,
    ReviewStateRow,
)
from .base import ReviewBase
from .types import (
    Comment,
    Figures,
    ReceivedDetail,
    ReceivedSummary,
    ReviewError,
)


class QueryOps(ReviewBase):
    """Mixed into ReviewStore: the received list and details."""

    if TYPE_CHECKING:  # given by the other parts of ReviewStore (figures.py, workflow.py)

        @staticmethod
        def _filtered(q: Any, province: str | None, year: int | None, vsic: str | None = None) -> Any: ...

        def comments(self, assessment_id: str) -> list[Comment]: ...

    def _summary_query(self) -> Any:
        a, p, r = ReceivedAssessmentRow, ReceivedPackageRow, ReviewStateRow
        return (
            select(
                a.assessment_id,
                a.revision,
                a.current,
                a.facility_name,
                a.tax_code,
                a.province,
                a.vsic,
                a.sector,
                a.year,
                a.energy_saving_toe,
                a.saving_gj,
                a.water_saving_m3,
                a.co2_saving_t,
                a.cost_saving_vnd,
                a.energy_saving_percent,
                a.met_target,
                a.method,
                r.state,
                p.signer_name,
                p.signer_organisation,
                p.signer_fingerprint,
                p.verdict,
                a.received_at,
                p.package_id,
                a.superseded_by,
            )
            .join(p, a.package_id == p.id)
            .join(r, r.assessment_id == a.assessment_id)
        )

    @staticmethod
    def _summary(row: Any) -> ReceivedSummary:
        figures = Figures(
            row.energy_saving_toe,
            row.saving_gj,
            row.water_saving_m3,
            row.co2_saving_t,
            row.cost_saving_vnd,
            row.energy_saving_percent,
            bool(row.met_target),
            row.method,
        )
        return ReceivedSummary(
            row.assessment_id,
            row.revision,
            bool(row.current),
            row.facility_name,
            row.tax_code,
            row.province,
            row.vsic,
            row.sector,
            row.year,
            figures,
            row.state if row.current else "superseded",
            row.signer_name,
            row.signer_organisation,
            row.signer_fingerprint,
            row.verdict,
            row.received_at,
            row.package_id,
            row.superseded_by,
        )

    def list_received(
        self,
        *,
        province: str | None = None,
        year: int | None = None,
        vsic: str | None = None,
        state: str | None = None,
        search: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ReceivedSummary]:
        """The newest revision of each received assessment, by province then facility."""
        a = ReceivedAssessmentRow
        q = self._filtered(self._summary_query().where(a.current == true()), province, year, vsic)
        if state is not None:
            q = q.where(ReviewStateRow.state == state)
        if search:
            like = f"%{search.strip()}%"
            q = q.where(a.facility_name.ilike(like) | a.tax_code.ilike(like))
        q = q.order_by(a.province, a.facility_name, a.assessment_id).offset(offset)
        if limit is not None:
            q = q.limit(limit)
        with self._read() as s:
            return [self._summary(r) for r in s.execute(q)]

    def received(self, assessment_id: str, revision: int | None = None) -> ReceivedDetail:
        a = ReceivedAssessmentRow
        with self._read() as s:
            rows = s.execute(
                self._summary_query().where(a.assessment_id == assessment_id).order_by(a.revision.desc())
            ).all()
            if not rows:
                raise ReviewError(Message("review.no_received", {"id": assessment_id}))
            chosen = rows[0] if revision is None else next((r for r in rows if r.revision == revision), None)
            if chosen is None:
                said = {"id": assessment_id, "revision": revision, "revisions": tuple(r.revision for r in rows)}
                raise ReviewError(Message("review.no_revision", said))
            document = s.scalar(
                select(a.document).where(a.assessment_id == assessment_id, a.revision == chosen.revision)
            )
            state = s.get(ReviewStateRow, assessment_id)
            assert state is not None
            updated_at, updated_by = state.updated_at, state.updated_by
        return ReceivedDetail(
            self._summary(chosen),
            document or {},
            [self._summary(r) for r in rows],
            self.comments(assessment_id),
            updated_at,
            updated_by,
        )

    def package_bytes(self, assessment_id: str, revision: int | None = None) -> bytes:
        """The signed package (zip) an assessment revision came in (the newest by default)."""
        a, p = ReceivedAssessmentRow, ReceivedPackageRow
        q = select(p.package_bytes).join(a, a.package_id == p.id).where(a.assessment_id == assessment_id)
        q = q.where(a.current == true()) if revision is None else q.where(a.revision == revision)
        with self._read() as s:
            data = s.scalar(q)
        if data is None:
            if revision is None:
                raise ReviewError(Message("review.no_received", {"id": assessment_id}))
            raise ReviewError(Message("review.no_received_at", {"id": assessment_id, "revision": revision}))
        return bytes(data)

    def approved(self) -> list[ReceivedSummary]:
        return self.list_received(state="approved")

    # -- figures -----------------------------------------------------------------------------------
