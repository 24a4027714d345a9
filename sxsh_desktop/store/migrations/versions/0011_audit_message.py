"""Each audit entry keeps its detail as a message too: the code of the catalogue and its parameters.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

`detail` stays the English line (what `sxsh review --log` prints); `detail_code` and `detail_params`
let the review workspace say the entry in the screen's language. Entries written before have neither
(NULL) and are shown as they were written.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("detail_code", sa.String(60), nullable=True))
        batch.add_column(sa.Column("detail_params", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("detail_params")
        batch.drop_column("detail_code")
