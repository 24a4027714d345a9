"""Each received assessment keeps the method of its savings, for the Sở's aggregates.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02

"regression" when any resource's savings came from a model on monthly readings, "ratio" otherwise.
A row received before whose document has no readings is "ratio" (the only method without them); one
with readings is left NULL here and worked out from its document when the review is next opened
(review/service.open_review), since that takes the savings computation the store does not import.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("received_assessment") as batch:
        batch.add_column(sa.Column("method", sa.String(20), nullable=True))
    bind = op.get_bind()
    table = sa.table("received_assessment", sa.column("id", sa.Integer), sa.column("document", sa.JSON))
    for row_id, document in bind.execute(sa.select(table.c.id, table.c.document)).all():
        if not (isinstance(document, dict) and document.get("readings")):
            bind.execute(sa.text("UPDATE received_assessment SET method = 'ratio' WHERE id = :id"), {"id": row_id})


def downgrade() -> None:
    with op.batch_alter_table("received_assessment") as batch:
        batch.drop_column("method")
