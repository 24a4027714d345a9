"""The Sở's operations on the store: record an imported package, review steps, comments, trusted
signers; and the queries behind the review list and the dashboard.

Like `operations.Store`, every method that writes is one transaction and writes an audit entry in it.
Nothing here checks signatures or reads packages (that is `sync/`): `record_import` is given a
package that was checked and the figures computed from its document.

Concurrency: a package id and an (assessment id, revision) are unique in the database. An import
first takes the assessment's review-state row as a lock (inserted if missing, then SELECT … FOR
UPDATE; SQLite's writers are serialised by BEGIN IMMEDIATE), then decides. Should two imports still
collide on a unique constraint, the loser's transaction is rolled back and the decision made again,
so the same package is stored once and the second import says "already imported".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import case, delete, func, select, true, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.provinces import current_province
from .errors import StoreError
from .operations import Store, utc_now
from .review_models import (
    REVIEW_STATES,
    AuditLogRow,
    ReceivedAssessmentRow,
    ReceivedPackageRow,
    ReviewCommentRow,
    ReviewStateRow,
    TrustedSignerRow,
)

# review steps a reviewer may take from each state (a new revision puts the state back to "received")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "received": ("has_issues", "approved", "rejected"),
    "has_issues": ("received", "approved", "rejected"),
    "approved": ("has_issues", "rejected"),
    "rejected": ("received", "has_issues"),
}
STATE_WORDS = {"received": "received", "has_issues": "has issues", "approved": "approved", "rejected": "rejected"}
GROUPS = ("province", "vsic", "sector", "year")
SYSTEM = "system"


class ReviewError(StoreError):
    """A review step or query that cannot be done; one line for the user."""


# -- what goes in ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """The savings of one assessment that the dashboard adds up (from the savings summary)."""

    energy_saving_toe: float = 0.0
    saving_gj: float = 0.0
    water_saving_m3: float = 0.0
    co2_saving_t: float = 0.0
    cost_saving_vnd: float = 0.0
    energy_saving_percent: float | None = None
    met_target: bool = False


@dataclass(frozen=True)
class IncomingPackage:
    """A checked package, ready to be recorded."""

    package_id: str
    sha256: str
    file_sha256: str
    size: int
    enveloped: bool
    created_at: str
    producer: str
    signer_name: str
    signer_organisation: str
    signer_serial: str
    signer_fingerprint: str
    signer_certificate: bytes
    verdict: str  # trusted | unknown_signer
    package_bytes: bytes
    assessment_id: str
    revision: int
    document: dict[str, Any]
    content_digest: str
    facility_name: str
    tax_code: str
    province: str
    vsic: str
    sector: str
    year: int | None
    figures: Figures


@dataclass(frozen=True)
class ImportRecord:
    """What recording a package did. status: imported | already_imported | superseded | refused."""

    status: str
    assessment_id: str
    revision: int
    superseded_revision: int | None = None  # the older revision this one replaced
    newer_revision: int | None = None  # for "superseded": the newer revision already here
    reason: str | None = None

    def describe(self) -> str:
        if self.status == "imported":
            return "imported" + (
                f" (supersedes revision {self.superseded_revision})" if self.superseded_revision is not None else ""
            )
        if self.status == "already_imported":
            return "already imported"
        if self.status == "superseded":
            return (
                f"superseded (revision {self.revision} is older than revision {self.newer_revision}, already imported)"
            )
        return f"refused: {self.reason}"


# -- what comes out ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedSummary:
    """One row of the review list (the newest revision unless asked otherwise)."""

    assessment_id: str
    revision: int
    current: bool
    facility_name: str
    tax_code: str
    province: str
    vsic: str
    sector: str
    year: int | None
    figures: Figures
    state: str
    signer_name: str
    signer_organisation: str
    signer_fingerprint: str
    verdict: str
    received_at: str
    package_id: str
    superseded_by: int | None


@dataclass(frozen=True)
class Comment:
    assessment_id: str
    revision: int
    author: str
    text: str
    created_at: str


@dataclass(frozen=True)
class AuditEntry:
    at: str
    who: str
    action: str
    assessment_id: str | None
    revision: int | None
    detail: str


@dataclass(frozen=True)
class ReceivedDetail:
    summary: ReceivedSummary
    document: dict[str, Any]
    revisions: list[ReceivedSummary]  # every revision received, newest first
    comments: list[Comment]
    state_updated_at: str
    state_updated_by: str


@dataclass(frozen=True)
class TrustedSigner:
    fingerprint: str
    name: str
    organisation: str
    not_after: str
    certificate: bytes
    added_at: str
    added_by: str


@dataclass(frozen=True)
class ReviewChange:
    """What a review operation changed (sent to subscribers after the commit)."""

    what: str
    assessment_id: str | None = None
    ids: tuple[str, ...] = field(default_factory=tuple)


class _NoChange(Exception):  # control flow: roll the transaction back, answer `record`
    def __init__(self, record: ImportRecord):
        self.record = record


def sort_key(value: Any) -> tuple[Any, ...]:
    """Order for people: numbers by value, text by its letters without marks (đ as d), then as written;
    empty last."""
    import unicodedata

    if value is None or value == "":
        return (2, "", "")
    if isinstance(value, int | float):
        return (0, value, "")
    text = str(value).replace("đ", "d").replace("Đ", "D")
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return (1, plain.casefold(), str(value))


def _who(by: str | None) -> str:
    name = " ".join((by or "").split())
    return name or SYSTEM


class ReviewStore:
    """The Sở's side of a store: intake, review and the figures."""

    def __init__(self, store: Store):
        self.store = store
        self._listeners: list[Callable[[ReviewChange], None]] = []

    # -- plumbing ----------------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with self.store._write_sessions() as s, s.begin():
            yield s

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self.store.sessions() as s, s.begin():
            yield s

    def subscribe(self, listener: Callable[[ReviewChange], None]) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _done(self, change: ReviewChange) -> ReviewChange:
        for listener in list(self._listeners):
            listener(change)
        return change

    @staticmethod
    def _audit(
        s: Session,
        who: str,
        action: str,
        detail: str = "",
        assessment_id: str | None = None,
        revision: int | None = None,
    ) -> None:
        s.add(
            AuditLogRow(
                at=utc_now(), who=who, action=action, assessment_id=assessment_id, revision=revision, detail=detail
            )
        )

    # -- intake ------------------------------------------------------------------------------------

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
                        reason="another package with the same package id was "
                        "imported before (the two differ); ask the consultant to package it again",
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
                        reason=f"revision {rev} of this assessment was "
                        "already imported with other content; the consultant must export a new revision",
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
                    current=True,
                    superseded_by=None,
                    received_at=now,
                )
            )
            detail = (
                f"package {item.package_id} from {item.signer_name} ({item.signer_organisation or '–'}), "
                f"{'trusted signer' if item.verdict == 'trusted' else 'signer not trusted'}"
            )
            if item.enveloped:
                detail += ", encrypted"
            if superseded is not None:
                detail += f"; supersedes revision {superseded}"
            self._audit(s, who, "import", detail, aid, rev)
            if not created:
                if state.state != "received":
                    self._audit(
                        s, who, "review", f"{STATE_WORDS[state.state]} → received (revision {rev} arrived)", aid, rev
                    )
                state.state, state.revision, state.updated_at, state.updated_by = "received", rev, now, who
            s.flush()
        return ImportRecord("imported", aid, rev, superseded_revision=superseded)

    # -- review ------------------------------------------------------------------------------------

    def resolve_id(self, given: str) -> str:
        """The full id of the received assessment whose id is `given` or starts with it."""
        given = given.strip()
        with self._read() as s:
            ids = s.scalars(
                select(ReviewStateRow.assessment_id)
                .where(ReviewStateRow.assessment_id.startswith(given, autoescape=True))
                .limit(3)
            ).all()
        if given in ids:
            return given
        if len(ids) == 1:
            return ids[0]
        if not ids:
            raise ReviewError(f"id: no received assessment '{given}' (see 'sxsh summary' or the review list)")
        raise ReviewError(f"id: '{given}' matches several received assessments; give more of the id")

    def set_state(self, assessment_id: str, state: str, by: str | None = None, comment: str | None = None) -> str:
        """Take a review step (with an optional comment), logged; returns the state before."""
        if state not in REVIEW_STATES:
            raise ReviewError(f"state: '{state}' is not one of {', '.join(REVIEW_STATES)}")
        who = _who(by)
        with self._write() as s:
            row = s.execute(
                select(ReviewStateRow).where(ReviewStateRow.assessment_id == assessment_id).with_for_update()
            ).scalar_one_or_none()
            if row is None:
                raise ReviewError(f"id: no received assessment '{assessment_id}'")
            before = row.state
            if state == before:
                raise ReviewError(f"state: the assessment is already {STATE_WORDS[state]}")
            if state not in TRANSITIONS[before]:
                allowed = ", ".join(STATE_WORDS[t] for t in TRANSITIONS[before])
                raise ReviewError(
                    f"state: an assessment that is {STATE_WORDS[before]} can become {allowed}, not {STATE_WORDS[state]}"
                )
            if state == "approved":
                self._refuse_untrusted(s, assessment_id)
            row.state, row.updated_at, row.updated_by = state, utc_now(), who
            self._audit(s, who, "review", f"{STATE_WORDS[before]} → {STATE_WORDS[state]}", assessment_id, row.revision)
            if comment and comment.strip():
                self._comment(s, assessment_id, row.revision, comment, who)
        self._done(ReviewChange("review state", assessment_id, (state,)))
        return before

    def _refuse_untrusted(self, s: Session, assessment_id: str) -> None:
        signer = s.execute(
            select(ReceivedPackageRow.verdict, ReceivedPackageRow.signer_fingerprint, ReceivedPackageRow.signer_name)
            .join(ReceivedAssessmentRow, ReceivedAssessmentRow.package_id == ReceivedPackageRow.id)
            .where(ReceivedAssessmentRow.assessment_id == assessment_id, ReceivedAssessmentRow.current == true())
        ).one()
        if signer.verdict == "trusted":
            return
        now_trusted = s.scalar(
            select(func.count())
            .select_from(TrustedSignerRow)
            .where(TrustedSignerRow.fingerprint == signer.signer_fingerprint)
        )
        if not now_trusted:
            raise ReviewError(
                f"state: the package was signed by {signer.signer_name}, who is not a trusted signer; "
                "trust the signer's certificate first (sxsh trust add)"
            )

    def add_comment(self, assessment_id: str, text: str, by: str | None = None) -> None:
        who = _who(by)
        if not text.strip():
            raise ReviewError("comment: the text is empty")
        with self._write() as s:
            row = s.get(ReviewStateRow, assessment_id)
            if row is None:
                raise ReviewError(f"id: no received assessment '{assessment_id}'")
            self._comment(s, assessment_id, row.revision, text, who)
        self._done(ReviewChange("comment", assessment_id))

    def _comment(self, s: Session, assessment_id: str, revision: int, text: str, who: str) -> None:
        s.add(
            ReviewCommentRow(
                assessment_id=assessment_id, revision=revision, author=who, text=text.strip(), created_at=utc_now()
            )
        )
        self._audit(s, who, "comment", text.strip()[:200], assessment_id, revision)

    def comments(self, assessment_id: str) -> list[Comment]:
        with self._read() as s:
            rows = s.scalars(
                select(ReviewCommentRow)
                .where(ReviewCommentRow.assessment_id == assessment_id)
                .order_by(ReviewCommentRow.id)
            ).all()
            return [Comment(r.assessment_id, r.revision, r.author, r.text, r.created_at) for r in rows]

    def audit_log(self, assessment_id: str | None = None, limit: int = 500) -> list[AuditEntry]:
        """Newest first."""
        with self._read() as s:
            q = select(AuditLogRow).order_by(AuditLogRow.id.desc()).limit(limit)
            if assessment_id is not None:
                q = q.where(AuditLogRow.assessment_id == assessment_id)
            return [AuditEntry(r.at, r.who, r.action, r.assessment_id, r.revision, r.detail) for r in s.scalars(q)]

    def log(self, action: str, detail: str, by: str | None = None, assessment_id: str | None = None) -> None:
        """An audit entry for something done outside the store (an export, for instance)."""
        with self._write() as s:
            self._audit(s, _who(by), action, detail, assessment_id)

    # -- reading -----------------------------------------------------------------------------------

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
                raise ReviewError(f"id: no received assessment '{assessment_id}'")
            chosen = rows[0] if revision is None else next((r for r in rows if r.revision == revision), None)
            if chosen is None:
                raise ReviewError(
                    f"revision: assessment {assessment_id} has no revision {revision} here "
                    f"(there are {', '.join(str(r.revision) for r in rows)})"
                )
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
            raise ReviewError(
                f"id: no received assessment '{assessment_id}'"
                + (f" at revision {revision}" if revision is not None else "")
            )
        return bytes(data)

    def approved(self) -> list[ReceivedSummary]:
        return self.list_received(state="approved")

    # -- figures -----------------------------------------------------------------------------------

    @staticmethod
    def _filtered(q: Any, province: str | None, year: int | None, vsic: str | None = None) -> Any:
        a = ReceivedAssessmentRow
        if province is not None:  # a former unit's name means the unit that holds it now
            q = q.where(a.province == current_province(province))
        if year is not None:
            q = q.where(a.year == year)
        if vsic is not None:
            q = q.where(a.vsic == vsic)
        return q

    @staticmethod
    def _totals() -> list[Any]:
        a = ReceivedAssessmentRow
        facility = case((a.tax_code != "", a.tax_code), else_=a.facility_name)
        return [
            func.count().label("assessments"),
            func.count(func.distinct(facility)).label("facilities"),
            func.coalesce(func.sum(a.energy_saving_toe), 0.0).label("energy_saving_toe"),
            func.coalesce(func.sum(a.saving_gj), 0.0).label("saving_gj"),
            func.coalesce(func.sum(a.water_saving_m3), 0.0).label("water_saving_m3"),
            func.coalesce(func.sum(a.co2_saving_t), 0.0).label("co2_saving_t"),
            func.coalesce(func.sum(a.cost_saving_vnd), 0.0).label("cost_saving_vnd"),
            func.coalesce(func.sum(case((a.met_target == true(), 1), else_=0)), 0).label("met_target"),
        ]

    @staticmethod
    def _figures(row: Any) -> dict[str, Any]:
        return {
            "assessments": int(row.assessments),
            "facilities": int(row.facilities),
            "energy_saving_toe": float(row.energy_saving_toe),
            "saving_gj": float(row.saving_gj),
            "water_saving_m3": float(row.water_saving_m3),
            "co2_saving_t": float(row.co2_saving_t),
            "cost_saving_vnd": float(row.cost_saving_vnd),
            "met_target": int(row.met_target),
        }

    def summary(
        self, *, province: str | None = None, year: int | None = None, vsic: str | None = None
    ) -> dict[str, Any]:
        """The summary across imported assessments (the spec's names), newest revisions only."""
        a = ReceivedAssessmentRow
        base = self._filtered(select(*self._totals()).where(a.current == true()), province, year, vsic)
        states = self._filtered(
            select(ReviewStateRow.state, func.count())
            .join(a, a.assessment_id == ReviewStateRow.assessment_id)
            .where(a.current == true())
            .group_by(ReviewStateRow.state),
            province,
            year,
            vsic,
        )
        with self._read() as s:
            totals = self._figures(s.execute(base).one())
            by_state = dict.fromkeys(REVIEW_STATES, 0)
            by_state.update({state: int(n) for state, n in s.execute(states)})
            provinces = self._grouped(s, "province", province, year, vsic)
        out: dict[str, Any] = {
            k: totals[k]
            for k in (
                "assessments",
                "facilities",
                "energy_saving_toe",
                "saving_gj",
                "co2_saving_t",
                "cost_saving_vnd",
                "met_target",
            )
        }
        out["water_saving_m3"] = totals["water_saving_m3"]
        out["by_review_state"] = by_state
        out["by_province"] = [
            {
                "province": g["province"],
                "assessments": g["assessments"],
                "facilities": g["facilities"],
                "energy_saving_toe": g["energy_saving_toe"],
                "saving_gj": g["saving_gj"],
                "water_saving_m3": g["water_saving_m3"],
                "co2_saving_t": g["co2_saving_t"],
                "cost_saving_vnd": g["cost_saving_vnd"],
                "met_target": g["met_target"],
            }
            for g in provinces
        ]
        out["filters"] = {"province": province, "year": year, "vsic": vsic}
        return out

    def _grouped(
        self, s: Session, by: str, province: str | None, year: int | None, vsic: str | None
    ) -> list[dict[str, Any]]:
        if by not in GROUPS:
            raise ReviewError(f"group: '{by}' is not one of {', '.join(GROUPS)}")
        a = ReceivedAssessmentRow
        key = getattr(a, by)
        q = self._filtered(select(key.label("key"), *self._totals()).where(a.current == true()), province, year, vsic)
        q = q.group_by(key)
        groups = [{by: row.key, **self._figures(row)} for row in s.execute(q)]
        # sorted here, not by the database: the same order on SQLite and PostgreSQL whatever their
        # collation, Vietnamese names by their letters (Hà Tĩnh before Huế), empty years last
        return sorted(groups, key=lambda g: sort_key(g[by]))

    def aggregate(
        self, by: str, *, province: str | None = None, year: int | None = None, vsic: str | None = None
    ) -> list[dict[str, Any]]:
        """Figures grouped by province, vsic, sector or year (newest revisions only)."""
        with self._read() as s:
            return self._grouped(s, by, province, year, vsic)

    def years(self) -> list[int]:
        a = ReceivedAssessmentRow
        with self._read() as s:
            return [
                y
                for y in s.scalars(
                    select(a.year).where(a.current == true(), a.year.is_not(None)).distinct().order_by(a.year)
                )
                if y is not None
            ]

    def provinces(self) -> list[str]:
        a = ReceivedAssessmentRow
        with self._read() as s:
            return list(s.scalars(select(a.province).where(a.current == true()).distinct().order_by(a.province)))

    # -- trusted signers ---------------------------------------------------------------------------

    def add_trusted_signer(self, signer: TrustedSigner, by: str | None = None) -> bool:
        """Trust a certificate; False when it was trusted already. An expired certificate is refused:
        the intake would not trust what it signs."""
        if signer.not_after and signer.not_after < utc_now():
            raise StoreError(
                f"the certificate of {signer.name} expired on {signer.not_after[:10]}; it was not trusted "
                "(packages it signs would be refused anyway)"
            )
        who = _who(by)
        try:
            with self._write() as s:
                if s.scalar(
                    select(func.count())
                    .select_from(TrustedSignerRow)
                    .where(TrustedSignerRow.fingerprint == signer.fingerprint)
                ):
                    return False
                s.add(
                    TrustedSignerRow(
                        fingerprint=signer.fingerprint,
                        name=signer.name,
                        organisation=signer.organisation,
                        not_after=signer.not_after,
                        certificate=signer.certificate,
                        added_at=utc_now(),
                        added_by=who,
                    )
                )
                self._audit(
                    s,
                    who,
                    "trust",
                    f"trusted {signer.name} ({signer.organisation or '–'}), SHA-256 {signer.fingerprint}",
                )
        except IntegrityError:
            return False
        self._done(ReviewChange("trusted signer", None, (signer.fingerprint,)))
        return True

    def remove_trusted_signer(self, fingerprint: str, by: str | None = None) -> None:
        who = _who(by)
        with self._write() as s:
            row = s.scalar(select(TrustedSignerRow).where(TrustedSignerRow.fingerprint == fingerprint))
            if row is None:
                raise ReviewError(f"trust: no trusted signer with fingerprint {fingerprint}")
            s.execute(delete(TrustedSignerRow).where(TrustedSignerRow.id == row.id))
            self._audit(
                s, who, "distrust", f"no longer trusts {row.name} ({row.organisation or '–'}), SHA-256 {fingerprint}"
            )
        self._done(ReviewChange("trusted signer", None, (fingerprint,)))

    def trusted_signers(self) -> list[TrustedSigner]:
        with self._read() as s:
            rows = s.scalars(select(TrustedSignerRow).order_by(TrustedSignerRow.name, TrustedSignerRow.id)).all()
            return [
                TrustedSigner(
                    r.fingerprint, r.name, r.organisation, r.not_after, bytes(r.certificate), r.added_at, r.added_by
                )
                for r in rows
            ]

    def trusted_certificates(self) -> list[bytes]:
        with self._read() as s:
            return [bytes(c) for c in s.scalars(select(TrustedSignerRow.certificate))]

    # -- for tests and checks ----------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        tables = (
            ReceivedPackageRow,
            ReceivedAssessmentRow,
            ReviewStateRow,
            ReviewCommentRow,
            AuditLogRow,
            TrustedSignerRow,
        )
        with self._read() as s:
            return {t.__tablename__: int(s.scalar(select(func.count()).select_from(t)) or 0) for t in tables}


__all__ = [
    "AuditEntry",
    "Comment",
    "Figures",
    "ImportRecord",
    "IncomingPackage",
    "ReceivedDetail",
    "ReceivedSummary",
    "ReviewChange",
    "ReviewError",
    "ReviewStore",
    "TRANSITIONS",
    "TrustedSigner",
]
