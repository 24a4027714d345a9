"""The figures the dashboard adds up are finite numbers, checked by the database too.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

The store refuses NaN and infinities before it writes (store/guard.py, domain/limits.py); these CHECK
constraints say the same in the database itself, alike on SQLite and PostgreSQL (`BETWEEN` is false
for NaN on PostgreSQL, which sorts it above every number, and for ±Infinity on both). A received
revision counts from 1. Rows an older app stored with a non-finite figure get 0 (the percent: none)
before the constraint is added; the figures are recomputed from the document at each import, and the
document itself is kept as it was received.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

FIGURES = ("energy_saving_toe", "saving_gj", "water_saving_m3", "co2_saving_t", "cost_saving_vnd")
FINITE = "{c} BETWEEN -1e308 AND 1e308"


def upgrade() -> None:
    for column in FIGURES:
        op.execute(f"UPDATE received_assessment SET {column} = 0 WHERE NOT ({FINITE.format(c=column)})")
    op.execute(
        "UPDATE received_assessment SET energy_saving_percent = NULL "
        f"WHERE NOT ({FINITE.format(c='energy_saving_percent')})"
    )
    with op.batch_alter_table("received_assessment") as batch:
        for column in FIGURES:
            batch.create_check_constraint(f"ck_received_assessment_{column}_finite", FINITE.format(c=column))
        batch.create_check_constraint(
            "ck_received_assessment_energy_saving_percent_finite",
            "energy_saving_percent IS NULL OR " + FINITE.format(c="energy_saving_percent"),
        )
        batch.create_check_constraint("ck_received_assessment_revision_positive", "revision >= 1")


def downgrade() -> None:
    with op.batch_alter_table("received_assessment") as batch:
        for column in (*FIGURES, "energy_saving_percent"):
            batch.drop_constraint(f"ck_received_assessment_{column}_finite", type_="check")
        batch.drop_constraint("ck_received_assessment_revision_positive", type_="check")
