"""Application values (consultant profile, last assessment opened) and a search index on facilities.

Revision ID: 0002
Revises: 0001
Create Date: 2026-05-10

`app_meta` holds small JSON values by key, so that the consultant's own details are typed once and
the app reopens the assessment last worked on. The index on facility (province, name) serves the
assessment list's search and sort by province and facility name (a Sở database holds hundreds).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("key", name="pk_app_meta"),
    )
    op.create_index("ix_facility_province_name", "facility", ["province", "name"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_facility_province_name", table_name="facility")
    op.drop_table("app_meta")
