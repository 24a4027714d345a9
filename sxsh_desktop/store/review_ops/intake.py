"""Recording an imported package: the review-state row as a lock, the decision (imported, a newer revision, already imported, superseded), one transaction."""

from __future__ import annotations

from sqlalchemy import select, true, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...domain.message import Message
from ...domain.provinces import current_province
from ..operations import utc_now
from ..review_models import (
    ReceivedAssessmentRow,
    ReceivedPackageRow,
    ReviewStateRow,
)
from .base import ReviewBase
from .types import (
    ImportRecord,
    IncomingPackage,
    ReviewChange,
    _NoChange,
    _who,
)


class IntakeOps(ReviewBase):
    """Mixed into ReviewStore: recording a checked package."""

    def record_import(self, item: IncomingPackage, by: str | None = None) -> ImportRecord:
        """Store a checked package in one transaction, or say why nothing changed."""
        for attempt in range(3):
            try:
                record = self._record(item, _who(by))
            except _NoChange as nothing:
                return nothing.record
            except IntegrityError:
                # another import stored the same package or revision at this very moment: decide again
                if attempt == 2:
                    raise
                continue
            if record.status == "imported":
                self._done(ReviewChange("package imported", record.assessment_id, (item.package_id,)))
            return record
        raise AssertionError("unreachable")  # pragma: no cover

    def _lock(self, s: Session, assessment_id: str, revision: int, who: str) -> tuple[ReviewStateRow, bool]:
        created = False
        if s.get(ReviewStateRow, assessment_id) is None:
            try:
                with s.begin_nested():
                    s.add(
                        ReviewStateRow(
                            assessment_id=assessment_id,
                            state="received",
                            revision=revision,
                            updated_at=utc_now(),
                            updated_by=who,
                        )
                    )
                created = True
            except IntegrityError:
                pass  # made by a concurrent import; lock it below
        row = s.execute(
            select(ReviewStateRow)
            .where(ReviewStateRow.assessment_id == assessment_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        ).scalar_one()
        return row, created

    def _record(self, item: IncomingPackage, who: str) -> ImportRecord:
        aid, rev = item.assessment_id, item.revision
        with self._write() as s:
            state, created = self._lock(s, aid, rev, who)
            known = s.execute(
                select(ReceivedPackageRow.sha256).where(ReceivedPackageRow.package_id == item.package_id)
            ).first()
            if known is not None:
                if known.sha256 == item.sha256:
                    raise _NoChange(ImportRecord("already_imported", aid, rev))
                raise _NoChange(
                    ImportRecord(
                        "refused",
                        aid,
                        rev,
                        said=Message("review.package_id_reused"),
                    )
                )
            revisions = s.execute(
                select(
                    ReceivedAssessmentRow.revision,
                    ReceivedAssessmentRow.content_digest,
                    ReceivedAssessmentRow.id,
                    ReceivedAssessmentRow.current,
                ).where(ReceivedAssessmentRow.assessment_id == aid)
            ).all()
            same = [r for r in revisions if r.revision == rev]
            if same:
                if same[0].content_digest == item.content_digest:
                    raise _NoChange(ImportRecord("already_imported", aid, rev))
                raise _NoChange(
                    ImportRecord(
                        "refused",
                        aid,
                        rev,
                        said=Message("review.revision_differs", {"revision": rev}),
                    )
                )
            newest = max((r.revision for r in revisions), default=None)
            if newest is not None and rev < newest:
                raise _NoChange(ImportRecord("superseded", aid, rev, newer_revision=newest))
            now = utc_now()
            superseded = None
            if newest is not None:  # the older revisions stay (the history), no longer current
                superseded = newest
                s.execute(
                    update(ReceivedAssessmentRow)
                    .where(ReceivedAssessmentRow.assessment_id == aid, ReceivedAssessmentRow.current == true())
                    .values(current=False, superseded_by=rev)
                )
            package = ReceivedPackageRow(
                package_id=item.package_id,
                sha256=item.sha256,
                file_sha256=item.file_sha256,
                size=item.size,
                enveloped=item.enveloped,
                created_at=item.created_at,
                producer=item.producer,
                signer_name=item.signer_name,
                signer_organisation=item.signer_organisation,
                signer_serial=item.signer_serial,
                signer_fingerprint=item.signer_fingerprint,
                signer_certificate=item.signer_certificate,
                verdict=item.verdict,
                imported_at=now,
                imported_by=who,
                package_bytes=item.package_bytes,
            )
            s.add(package)
            s.flush()
            f = item.figures
            s.add(
                ReceivedAssessmentRow(
                    assessment_id=aid,
                    revision=rev,
                    package_id=package.id,
                    document=item.document,
                    content_digest=item.content_digest,
                    facility_name=item.facility_name,
                    tax_code=item.tax_code,
                    province=current_province(item.province),  # the unit that holds it now
                    vsic=item.vsic,
                    sector=item.sector,
                    year=item.year,
                    energy_saving_toe=f.energy_saving_toe,
                    saving_gj=f.saving_gj,
                    water_saving_m3=f.water_saving_m3,
                    co2_saving_t=f.co2_saving_t,
                    cost_saving_vnd=f.cost_saving_vnd,
                    energy_saving_percent=f.energy_saving_percent,
                    met_target=f.met_target,
                    method=f.method,
                    current=True,
                    superseded_by=None,
                    received_at=now,
                )
            )
            trust = "audit.trusted_signer" if item.verdict == "trusted" else "signer.not_trusted"
            detail = Message(
                "audit.import",
                {
                    "package": item.package_id,
                    "name": item.signer_name,
                    "organisation": item.signer_organisation or "–",
                    "trust": Message(trust),
                    "encrypted": Message("audit.encrypted") if item.enveloped else "",
                    "supersedes": "" if superseded is None else Message("audit.supersedes", {"revision": superseded}),
                },
            )
            self._audit(s, who, "import", detail, aid, rev)
            if not created:
                if state.state != "received":
                    arrived = {"before": Message(f"state.{state.state}"), "after": Message("state.received")}
                    self._audit(
                        s, who, "review", Message("audit.review_arrived", {**arrived, "revision": rev}), aid, rev
                    )
                state.state, state.revision, state.updated_at, state.updated_by = "received", rev, now, who
            s.flush()
        return ImportRecord("imported", aid, rev, superseded_revision=superseded)

    # -- review ------------------------------------------------------------------------------------
