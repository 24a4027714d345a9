"""Review steps, comments and the audit log."""

from __future__ import annotations

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from ...domain.message import Message, from_json
from ..operations import utc_now
from ..review_models import (
    REVIEW_STATES,
    AuditLogRow,
    ReceivedAssessmentRow,
    ReceivedPackageRow,
    ReviewCommentRow,
    ReviewStateRow,
    TrustedSignerRow,
)
from .base import ReviewBase
from .types import (
    TRANSITIONS,
    AuditEntry,
    Comment,
    ReviewChange,
    ReviewError,
    _who,
    not_one_of,
)


class WorkflowOps(ReviewBase):
    """Mixed into ReviewStore: review steps, comments, the audit log."""

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
            raise ReviewError(Message("review.no_received_see", {"id": given}))
        raise ReviewError(Message("review.ambiguous_id", {"id": given}))

    def set_state(self, assessment_id: str, state: str, by: str | None = None, comment: str | None = None) -> str:
        """Take a review step (with an optional comment), logged; returns the state before."""
        if state not in REVIEW_STATES:
            raise ReviewError(not_one_of("review.not_a_state", REVIEW_STATES, "state", state=state))
        who = _who(by)
        with self._write() as s:
            row = s.execute(
                select(ReviewStateRow).where(ReviewStateRow.assessment_id == assessment_id).with_for_update()
            ).scalar_one_or_none()
            if row is None:
                raise ReviewError(Message("review.no_received", {"id": assessment_id}))
            before = row.state
            if state == before:
                raise ReviewError(Message("review.already", {"state": _state(state)}))
            if state not in TRANSITIONS[before]:
                allowed = tuple(_state(t) for t in TRANSITIONS[before])
                said = {"before": _state(before), "allowed": allowed, "after": _state(state)}
                raise ReviewError(Message("review.transition", said))
            if state == "approved":
                self._refuse_untrusted(s, assessment_id)
            row.state, row.updated_at, row.updated_by = state, utc_now(), who
            step = Message("audit.review", {"before": _state(before), "after": _state(state)})
            self._audit(s, who, "review", step, assessment_id, row.revision)
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
            raise ReviewError(Message("review.untrusted", {"name": signer.signer_name}))

    def add_comment(self, assessment_id: str, text: str, by: str | None = None) -> None:
        who = _who(by)
        if not text.strip():
            raise ReviewError(Message("review.empty_comment"))
        with self._write() as s:
            row = s.get(ReviewStateRow, assessment_id)
            if row is None:
                raise ReviewError(Message("review.no_received", {"id": assessment_id}))
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
            return [
                AuditEntry(r.at, r.who, r.action, r.assessment_id, r.revision, r.detail, _said(r)) for r in s.scalars(q)
            ]

    def log(self, action: str, detail: str | Message, by: str | None = None, assessment_id: str | None = None) -> None:
        """An audit entry for something done outside the store (an export, for instance)."""
        with self._write() as s:
            self._audit(s, _who(by), action, detail, assessment_id)

    # -- reading -----------------------------------------------------------------------------------


def _state(state: str) -> Message:
    return Message(f"state.{state}")


def _said(row: AuditLogRow) -> Message | None:
    """An entry's message, when it was kept with one (and this app knows its code)."""
    if not row.detail_code:
        return None
    try:
        return from_json(row.detail_code, row.detail_params)
    except (KeyError, TypeError, ValueError):  # a code of a newer app, or parameters not as written here
        return None
