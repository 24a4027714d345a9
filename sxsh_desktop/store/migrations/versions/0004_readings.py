"""Readings: production and each resource per month (or any sub-period) of an assessment's periods.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

One row a reading, in the document's order (`position`). The resources read over it are a JSON list
([{"resource", "carrier", "quantity": {"value", "unit"}, "extra"}]) as an option's resource savings
are, the further drivers a JSON object. A production of null value is "not entered".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reading",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("assessment_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(16), nullable=False),
        sa.Column("start", sa.String(10), nullable=False),
        sa.Column("end", sa.String(10), nullable=False),
        sa.Column("production_value", sa.Float(), nullable=True),
        sa.Column("production_unit", sa.String(64), nullable=True),
        sa.Column("consumption", sa.JSON(), nullable=False),
        sa.Column("drivers", sa.JSON(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"], ondelete="CASCADE",
                                name="fk_reading_assessment_id_assessment"),
        sa.PrimaryKeyConstraint("id", name="pk_reading"),
        sa.CheckConstraint("period IN ('baseline', 'reporting')", name="ck_reading_period"),
    )
    op.create_index("ix_reading_assessment_id", "reading", ["assessment_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_reading_assessment_id", table_name="reading")
    op.drop_table("reading")
