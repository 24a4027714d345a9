"""The tables of a Sở's intake: received packages and assessments, review states, comments, the audit
log and the trusted signers. They share the models' MetaData, so one Alembic history covers all
(revision 0003 creates them).

Received assessments are kept apart from the consultant's own assessments: they are what a signer
sent, read-only for reviewers. Each revision received is a row (the history); `current` marks the
newest revision of each assessment, and the figures the dashboard adds up are computed once at
import and kept beside the document (province, VSIC, year, savings), so aggregation is plain SQL.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import ID, NAME, Base

TIME = String(40)
SHA256 = String(64)
REVIEW_STATES = ("received", "has_issues", "approved", "rejected")
VERDICTS = ("trusted", "unknown_signer")


class ReceivedPackageRow(Base):
    """One imported package: who signed it, how it checked out, and its signed bytes (the zip, decrypted
    when it came enveloped), kept for the reviewer and for the ministry."""

    __tablename__ = "received_package"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    package_id: Mapped[str] = mapped_column(ID, nullable=False, unique=True)
    sha256: Mapped[str] = mapped_column(SHA256, nullable=False, index=True)  # of the signed zip
    file_sha256: Mapped[str] = mapped_column(SHA256, nullable=False)  # of the file as received
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    enveloped: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    created_at: Mapped[str] = mapped_column(TIME, nullable=False, default="")  # the manifest's
    producer: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    signer_name: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    signer_organisation: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    signer_serial: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    signer_fingerprint: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    signer_certificate: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    verdict: Mapped[str] = mapped_column(String(20), nullable=False)
    imported_at: Mapped[str] = mapped_column(TIME, nullable=False)
    imported_by: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    package_bytes: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)

    __table_args__ = (CheckConstraint("verdict IN ('trusted', 'unknown_signer')", name="verdict"),)


class ReceivedAssessmentRow(Base):
    """One revision of an assessment as received, with the figures the dashboard adds up."""

    __tablename__ = "received_assessment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    assessment_id: Mapped[str] = mapped_column(ID, nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    package_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("received_package.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    document: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    content_digest: Mapped[str] = mapped_column(SHA256, nullable=False)
    facility_name: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    tax_code: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    province: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    vsic: Mapped[str] = mapped_column(String(16), nullable=False, default="")
    sector: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)  # of the reporting period's end
    energy_saving_toe: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    saving_gj: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    water_saving_m3: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    co2_saving_t: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    cost_saving_vnd: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    energy_saving_percent: Mapped[float | None] = mapped_column(Float, nullable=True)
    met_target: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # regression | ratio (store/review_ops.METHODS); NULL until worked out for a row received before
    method: Mapped[str | None] = mapped_column(String(20), nullable=True)
    current: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    superseded_by: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the newer revision
    received_at: Mapped[str] = mapped_column(TIME, nullable=False)

    __table_args__ = (
        UniqueConstraint("assessment_id", "revision"),
        *(
            CheckConstraint(f"{c} BETWEEN -1e308 AND 1e308", name=f"ck_received_assessment_{c}_finite")
            for c in ("energy_saving_toe", "saving_gj", "water_saving_m3", "co2_saving_t", "cost_saving_vnd")
        ),
        CheckConstraint(
            "energy_saving_percent IS NULL OR energy_saving_percent BETWEEN -1e308 AND 1e308",
            name="ck_received_assessment_energy_saving_percent_finite",
        ),
        CheckConstraint("revision >= 1", name="ck_received_assessment_revision_positive"),  # revision 0007
        Index("ix_received_assessment_current_province", "current", "province"),
        Index("ix_received_assessment_current_vsic", "current", "vsic"),
        Index("ix_received_assessment_current_year", "current", "year"),
    )


class ReviewStateRow(Base):
    """The review state of an assessment (of its newest revision); also the lock an import takes."""

    __tablename__ = "review_state"

    assessment_id: Mapped[str] = mapped_column(ID, primary_key=True)
    state: Mapped[str] = mapped_column(String(20), nullable=False, default="received")
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    updated_at: Mapped[str] = mapped_column(TIME, nullable=False)
    updated_by: Mapped[str] = mapped_column(NAME, nullable=False, default="")

    __table_args__ = (
        CheckConstraint("state IN ('received', 'has_issues', 'approved', 'rejected')", name="state"),
        Index("ix_review_state_state", "state"),
    )


class ReviewCommentRow(Base):
    __tablename__ = "review_comment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    assessment_id: Mapped[str] = mapped_column(ID, nullable=False, index=True)
    revision: Mapped[int] = mapped_column(Integer, nullable=False)
    author: Mapped[str] = mapped_column(NAME, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[str] = mapped_column(TIME, nullable=False)


class AuditLogRow(Base):
    """Who did what when: imports, refusals, review steps, comments, trust changes, exports."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(TIME, nullable=False)
    who: Mapped[str] = mapped_column(NAME, nullable=False)
    action: Mapped[str] = mapped_column(String(40), nullable=False)
    assessment_id: Mapped[str | None] = mapped_column(ID, nullable=True, index=True)
    revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")  # in English
    # the detail as a message of the catalogue (revision 0011); NULL for entries written before
    detail_code: Mapped[str | None] = mapped_column(String(60), nullable=True)
    detail_params: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class TrustedSignerRow(Base):
    """A certificate the Sở trusts as a signer (or as the CA of signers)."""

    __tablename__ = "trusted_signer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    fingerprint: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    organisation: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    not_after: Mapped[str] = mapped_column(TIME, nullable=False, default="")
    certificate: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    added_at: Mapped[str] = mapped_column(TIME, nullable=False)
    added_by: Mapped[str] = mapped_column(NAME, nullable=False, default="")
