"""Trusted signers: added (never an expired certificate), removed, listed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from ...domain.message import Message
from ..errors import StoreError
from ..operations import utc_now
from ..review_models import (
    AuditLogRow,
    ReceivedAssessmentRow,
    ReceivedPackageRow,
    ReviewCommentRow,
    ReviewStateRow,
    TrustedSignerRow,
)
from .base import ReviewBase
from .types import (
    ReviewChange,
    ReviewError,
    TrustedSigner,
    _who,
)


class TrustOps(ReviewBase):
    """Mixed into ReviewStore: the trusted signers."""

    def add_trusted_signer(self, signer: TrustedSigner, by: str | None = None) -> bool:
        """Trust a certificate; False when it was trusted already. An expired certificate is refused:
        the intake would not trust what it signs."""
        if signer.not_after and signer.not_after < utc_now():
            raise StoreError(Message("review.expired_signer", {"name": signer.name, "date": _day(signer.not_after)}))
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
                who_is = {"name": signer.name, "organisation": signer.organisation or "–"}
                self._audit(s, who, "trust", Message("audit.trust", {**who_is, "fingerprint": signer.fingerprint}))
        except IntegrityError:
            return False
        self._done(ReviewChange("trusted signer", None, (signer.fingerprint,)))
        return True

    def remove_trusted_signer(self, fingerprint: str, by: str | None = None) -> None:
        who = _who(by)
        with self._write() as s:
            row = s.scalar(select(TrustedSignerRow).where(TrustedSignerRow.fingerprint == fingerprint))
            if row is None:
                raise ReviewError(Message("review.no_signer", {"fingerprint": fingerprint}))
            s.execute(delete(TrustedSignerRow).where(TrustedSignerRow.id == row.id))
            who_is = {"name": row.name, "organisation": row.organisation or "–", "fingerprint": fingerprint}
            self._audit(s, who, "distrust", Message("audit.distrust", who_is))
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


def _day(when: str) -> dt.date | str:
    """The day of a stored time (YYYY-MM-DD…), said as a date; as written when it is not one."""
    try:
        return dt.date.fromisoformat(when[:10])
    except ValueError:
        return when[:10]
