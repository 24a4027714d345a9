"""Received assessments counted under the province that holds them since 1/7/2025.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

The intake now keeps, beside the document (which keeps the name as typed), the current provincial
unit's name (Resolution 202/2025/QH15: "Vĩnh Phúc" is counted under "Phú Thọ"); rows received
before get the same, so the dashboards and exports group one way. An unknown name stays as it was.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from sxsh_desktop.domain.provinces import current_province

    bind = op.get_bind()
    table = sa.table("received_assessment", sa.column("id", sa.Integer), sa.column("province", sa.String))
    for row_id, province in bind.execute(sa.select(table.c.id, table.c.province)).all():
        now = current_province(province or "")
        if now != (province or ""):
            bind.execute(table.update().where(table.c.id == row_id).values(province=now))


def downgrade() -> None:
    pass  # the names as typed are in each row's document; nothing to undo in the schema
