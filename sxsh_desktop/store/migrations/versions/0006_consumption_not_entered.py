"""A consumption entry may have no quantity yet ("not entered"): its value column takes NULL.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

A new row on the monitoring page is a resource and a unit with no value until one is typed; it is
shown empty and left out of every total, never taken for 0 (the document's `"value": null`).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("consumption") as batch:
        batch.alter_column("quantity_value", existing_type=sa.Float(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM consumption WHERE quantity_value IS NULL")
    with op.batch_alter_table("consumption") as batch:
        batch.alter_column("quantity_value", existing_type=sa.Float(), nullable=False)
