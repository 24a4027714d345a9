"""A Sở's intake: received packages and assessments, review states, comments, audit log, trusted signers.

Revision ID: 0003
Revises: 0002
Create Date: 2026-05-12

Received assessments are kept apart from the consultant's own (`assessment` and its children are not
touched): one row per revision received, the newest marked `current`, with the figures the dashboard
adds up computed at import. Unique constraints (package id; assessment id + revision) make two
simultaneous imports of one package store it once. Indexes serve the dashboard's filters.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "received_package",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("package_id", sa.String(36), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("enveloped", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("producer", sa.String(500), nullable=False),
        sa.Column("signer_name", sa.String(500), nullable=False),
        sa.Column("signer_organisation", sa.String(500), nullable=False),
        sa.Column("signer_serial", sa.String(80), nullable=False),
        sa.Column("signer_fingerprint", sa.String(100), nullable=False),
        sa.Column("signer_certificate", sa.LargeBinary(), nullable=False),
        sa.Column("verdict", sa.String(20), nullable=False),
        sa.Column("imported_at", sa.String(40), nullable=False),
        sa.Column("imported_by", sa.String(500), nullable=False),
        sa.Column("package_bytes", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint("verdict IN ('trusted', 'unknown_signer')", name="ck_received_package_verdict"),
        sa.PrimaryKeyConstraint("id", name="pk_received_package"),
        sa.UniqueConstraint("package_id", name="uq_received_package_package_id"),
    )
    op.create_index("ix_received_package_sha256", "received_package", ["sha256"], unique=False)

    op.create_table(
        "received_assessment",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("assessment_id", sa.String(36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.Integer(), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("content_digest", sa.String(64), nullable=False),
        sa.Column("facility_name", sa.String(500), nullable=False),
        sa.Column("tax_code", sa.String(20), nullable=False),
        sa.Column("province", sa.String(500), nullable=False),
        sa.Column("vsic", sa.String(16), nullable=False),
        sa.Column("sector", sa.String(500), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("energy_saving_toe", sa.Float(), nullable=False),
        sa.Column("saving_gj", sa.Float(), nullable=False),
        sa.Column("water_saving_m3", sa.Float(), nullable=False),
        sa.Column("co2_saving_t", sa.Float(), nullable=False),
        sa.Column("cost_saving_vnd", sa.Float(), nullable=False),
        sa.Column("energy_saving_percent", sa.Float(), nullable=True),
        sa.Column("met_target", sa.Boolean(), nullable=False),
        sa.Column("current", sa.Boolean(), nullable=False),
        sa.Column("superseded_by", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.String(40), nullable=False),
        sa.ForeignKeyConstraint(["package_id"], ["received_package.id"], ondelete="RESTRICT",
                                name="fk_received_assessment_package_id_received_package"),
        sa.PrimaryKeyConstraint("id", name="pk_received_assessment"),
        sa.UniqueConstraint("assessment_id", "revision", name="uq_received_assessment_assessment_id_revision"),
    )
    op.create_index("ix_received_assessment_package_id", "received_assessment", ["package_id"], unique=False)
    op.create_index("ix_received_assessment_current_province", "received_assessment", ["current", "province"])
    op.create_index("ix_received_assessment_current_vsic", "received_assessment", ["current", "vsic"])
    op.create_index("ix_received_assessment_current_year", "received_assessment", ["current", "year"])

    op.create_table(
        "review_state",
        sa.Column("assessment_id", sa.String(36), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("updated_by", sa.String(500), nullable=False),
        sa.CheckConstraint("state IN ('received', 'has_issues', 'approved', 'rejected')",
                           name="ck_review_state_state"),
        sa.PrimaryKeyConstraint("assessment_id", name="pk_review_state"),
    )
    op.create_index("ix_review_state_state", "review_state", ["state"], unique=False)

    op.create_table(
        "review_comment",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("assessment_id", sa.String(36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(500), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_review_comment"),
    )
    op.create_index("ix_review_comment_assessment_id", "review_comment", ["assessment_id"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("who", sa.String(500), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("assessment_id", sa.String(36), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_assessment_id", "audit_log", ["assessment_id"], unique=False)

    op.create_table(
        "trusted_signer",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("fingerprint", sa.String(100), nullable=False),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("organisation", sa.String(500), nullable=False),
        sa.Column("not_after", sa.String(40), nullable=False),
        sa.Column("certificate", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.String(40), nullable=False),
        sa.Column("added_by", sa.String(500), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_trusted_signer"),
        sa.UniqueConstraint("fingerprint", name="uq_trusted_signer_fingerprint"),
    )


def downgrade() -> None:
    op.drop_table("trusted_signer")
    op.drop_index("ix_audit_log_assessment_id", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_index("ix_review_comment_assessment_id", table_name="review_comment")
    op.drop_table("review_comment")
    op.drop_index("ix_review_state_state", table_name="review_state")
    op.drop_table("review_state")
    for name in ("ix_received_assessment_current_year", "ix_received_assessment_current_vsic",
                 "ix_received_assessment_current_province", "ix_received_assessment_package_id"):
        op.drop_index(name, table_name="received_assessment")
    op.drop_table("received_assessment")
    op.drop_index("ix_received_package_sha256", table_name="received_package")
    op.drop_table("received_package")
