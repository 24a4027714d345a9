"""The first schema: an assessment and everything in it.

Revision ID: 0001
Revises:
Create Date: 2026-05-10

Written by hand to match store/models.py (constraint names follow the models' naming convention);
tests/integration/test_store_migration.py compares the migrated schema with the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(36)
KEY = sa.String(64)
NAME = sa.String(500)
UNIT = sa.String(64)


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), autoincrement=True, nullable=False)


def _assessment_id(table: str) -> list:
    return [
        sa.Column("assessment_id", ID, nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"], ondelete="CASCADE",
                                name=f"fk_{table}_assessment_id_assessment"),
    ]


def _extra() -> sa.Column:
    return sa.Column("extra", sa.JSON(), nullable=False)


def _quantity(name: str, nullable: bool) -> list[sa.Column]:
    return [sa.Column(f"{name}_value", sa.Float(), nullable=nullable),
            sa.Column(f"{name}_unit", UNIT, nullable=nullable)]


def _index_assessment_id(table: str) -> None:
    op.create_index(f"ix_{table}_assessment_id", table, ["assessment_id"], unique=False)


def upgrade() -> None:
    op.create_table(
        "assessment",
        sa.Column("id", ID, nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("assessment_type", sa.String(16), nullable=False),
        sa.Column("template", KEY, nullable=True),
        sa.Column("product_name", NAME, nullable=False),
        sa.Column("product_unit", UNIT, nullable=False),
        sa.Column("product_extra", sa.JSON(), nullable=False),
        sa.Column("consultant_name", NAME, nullable=False),
        sa.Column("consultant_organisation", NAME, nullable=False),
        sa.Column("consultant_email", NAME, nullable=False),
        sa.Column("consultant_phone", sa.String(64), nullable=False),
        sa.Column("consultant_extra", sa.JSON(), nullable=False),
        sa.Column("discount_rate", sa.Float(), nullable=False),
        sa.Column("grid_emission_factor_year", sa.Integer(), nullable=True),
        sa.Column("balance_tolerance_percent", sa.Float(), nullable=False),
        sa.Column("settings_extra", sa.JSON(), nullable=False),
        sa.Column("exported_digest", sa.String(128), nullable=True),
        _extra(),
        sa.Column("periods_extra", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_assessment"),
    )

    op.create_table(
        "facility",
        sa.Column("assessment_id", ID, nullable=False),
        sa.Column("name", NAME, nullable=False),
        sa.Column("tax_code", sa.String(32), nullable=False),
        sa.Column("province", NAME, nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("vsic", sa.String(32), nullable=False),
        sa.Column("sector", NAME, nullable=False),
        sa.Column("employees", sa.Integer(), nullable=True),
        *_quantity("design_capacity", True),
        sa.Column("products", sa.JSON(), nullable=False),
        _extra(),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"], ondelete="CASCADE",
                                name="fk_facility_assessment_id_assessment"),
        sa.PrimaryKeyConstraint("assessment_id", name="pk_facility"),
    )

    op.create_table(
        "team_member",
        _id(),
        *_assessment_id("team_member"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", NAME, nullable=False),
        sa.Column("job_position", NAME, nullable=False),
        sa.Column("role", NAME, nullable=False),
        _extra(),
        sa.PrimaryKeyConstraint("id", name="pk_team_member"),
    )
    _index_assessment_id("team_member")

    op.create_table(
        "period",
        _id(),
        *_assessment_id("period"),
        sa.Column("key", sa.String(16), nullable=False),
        sa.Column("start", sa.String(10), nullable=False),
        sa.Column("end", sa.String(10), nullable=False),
        *_quantity("production", False),
        _extra(),
        sa.CheckConstraint("key IN ('baseline', 'reporting')", name="ck_period_key"),
        sa.PrimaryKeyConstraint("id", name="pk_period"),
        sa.UniqueConstraint("assessment_id", "key", name="uq_period_assessment_id_key"),
    )
    _index_assessment_id("period")

    op.create_table(
        "consumption",
        _id(),
        *_assessment_id("consumption"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("resource", KEY, nullable=False),
        sa.Column("carrier", KEY, nullable=True),
        sa.Column("period", sa.String(16), nullable=False),
        *_quantity("quantity", False),
        *_quantity("unit_price", True),
        _extra(),
        sa.PrimaryKeyConstraint("id", name="pk_consumption"),
    )
    _index_assessment_id("consumption")

    op.create_table(
        "process_step",
        _id(),
        *_assessment_id("process_step"),
        sa.Column("step_id", KEY, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", NAME, nullable=False),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.Column("focus", sa.Boolean(), nullable=False),
        *_quantity("basis", False),
        _extra(),
        sa.PrimaryKeyConstraint("id", name="pk_process_step"),
        sa.UniqueConstraint("assessment_id", "step_id", name="uq_process_step_assessment_id_step_id"),
    )
    _index_assessment_id("process_step")

    op.create_table(
        "flow",
        _id(),
        sa.Column("process_step_id", sa.Integer(), nullable=False),
        sa.Column("flow_id", KEY, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("name", NAME, nullable=False),
        sa.Column("resource", KEY, nullable=True),
        *_quantity("quantity", False),
        *_quantity("unit_price", True),
        *_quantity("treatment_cost", True),
        sa.Column("causes", sa.JSON(), nullable=False),
        _extra(),
        sa.ForeignKeyConstraint(["process_step_id"], ["process_step.id"], ondelete="CASCADE",
                                name="fk_flow_process_step_id_process_step"),
        sa.PrimaryKeyConstraint("id", name="pk_flow"),
        sa.UniqueConstraint("process_step_id", "flow_id", name="uq_flow_process_step_id_flow_id"),
    )
    op.create_index("ix_flow_process_step_id", "flow", ["process_step_id"], unique=False)

    op.create_table(
        "option",
        _id(),
        *_assessment_id("option"),
        sa.Column("option_id", KEY, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("cost_class", sa.String(32), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("process_step", KEY, nullable=True),
        sa.Column("screening", sa.String(32), nullable=True),
        *_quantity("investment", True),
        *_quantity("annual_operating_cost", True),
        *_quantity("annual_saving", True),
        sa.Column("lifetime_years", sa.Float(), nullable=True),
        sa.Column("resource_savings", sa.JSON(), nullable=False),
        sa.Column("technical", sa.Text(), nullable=False),
        sa.Column("environmental", sa.Text(), nullable=False),
        _extra(),
        sa.PrimaryKeyConstraint("id", name="pk_option"),
        sa.UniqueConstraint("assessment_id", "option_id", name="uq_option_assessment_id_option_id"),
    )
    _index_assessment_id("option")

    op.create_table(
        "task_progress",
        _id(),
        *_assessment_id("task_progress"),
        sa.Column("task", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        _extra(),
        sa.PrimaryKeyConstraint("id", name="pk_task_progress"),
        sa.UniqueConstraint("assessment_id", "task", name="uq_task_progress_assessment_id_task"),
    )
    _index_assessment_id("task_progress")


def downgrade() -> None:
    for table in ("task_progress", "option", "flow", "process_step", "consumption", "period", "team_member"):
        op.drop_table(table)
    op.drop_table("facility")
    op.drop_table("assessment")
