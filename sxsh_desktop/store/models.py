"""The tables of the store: one assessment and everything in it, as SQLAlchemy 2.0 models.

The models are portable (SQLite and PostgreSQL): no dialect-specific SQL. Every list of the
assessment document keeps its order in a `position` column, every record keeps the fields this
version does not know in an `extra` JSON column, and every quantity is a Float value plus the unit
text exactly as typed. Child rows are removed by the database (ON DELETE CASCADE) with the
assessment.

The migrations in `store/migrations/versions/` create these tables explicitly; a change here
needs a new revision there.
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
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import ID, KEY, NAME, UNIT, Base


def _assessment_fk() -> Mapped[str]:
    return mapped_column(ID, ForeignKey("assessment.id", ondelete="CASCADE"), nullable=False, index=True)


def _extra() -> Mapped[dict[str, Any]]:
    return mapped_column(JSON, nullable=False, default=dict)


_CHILDREN: dict[str, Any] = {"cascade": "all, delete-orphan", "passive_deletes": True}


class AssessmentRow(Base):
    __tablename__ = "assessment"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    updated_at: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="vi")
    assessment_type: Mapped[str] = mapped_column(String(16), nullable=False, default="rapid")
    template: Mapped[str | None] = mapped_column(KEY, nullable=True)
    product_name: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    product_unit: Mapped[str] = mapped_column(UNIT, nullable=False, default="")
    product_extra: Mapped[dict[str, Any]] = _extra()
    consultant_name: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    consultant_organisation: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    consultant_email: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    consultant_phone: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    consultant_extra: Mapped[dict[str, Any]] = _extra()
    discount_rate: Mapped[float] = mapped_column(Float, nullable=False)
    grid_emission_factor_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    balance_tolerance_percent: Mapped[float] = mapped_column(Float, nullable=False)
    settings_extra: Mapped[dict[str, Any]] = _extra()
    exported_digest: Mapped[str | None] = mapped_column(String(128), nullable=True)
    extra: Mapped[dict[str, Any]] = _extra()
    periods_extra: Mapped[dict[str, Any]] = _extra()
    # revision 0009: the planning fields and the consultant's own report texts, once kept in `extra`
    maintenance_measures: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    maintenance_next_focus: Mapped[str] = mapped_column(KEY, nullable=False, default="")
    maintenance_review_date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    maintenance_extra: Mapped[dict[str, Any]] = _extra()
    # NULL: the assessment has no focus matrix; an object (often {}): it has one, with the rows below
    focus_matrix_extra: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    executive_summary: Mapped[str] = mapped_column(Text, nullable=False, default="")
    conclusions: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # revision 0010: the method choices, once kept in `extra` and `settings_extra`
    benchmark_process: Mapped[str | None] = mapped_column(KEY, nullable=True)
    settings_savings_methods: Mapped[dict[str, Any]] = _extra()
    settings_regression_min_r2: Mapped[float | None] = mapped_column(Float, nullable=True)
    settings_regression_max_p_slope: Mapped[float | None] = mapped_column(Float, nullable=True)
    # NULL: no layout was suggested; else the layout's fields (monitoring_layout_extra: its unknown keys)
    monitoring_layout_extra: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    monitoring_driver: Mapped[str] = mapped_column(Text, nullable=False, default="")
    monitoring_period: Mapped[str] = mapped_column(KEY, nullable=False, default="month")
    monitoring_resources: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    monitoring_drivers: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    monitoring_units: Mapped[dict[str, Any]] = _extra()

    facility: Mapped[FacilityRow | None] = relationship(back_populates="assessment", uselist=False, **_CHILDREN)
    team: Mapped[list[TeamMemberRow]] = relationship(order_by="TeamMemberRow.position", **_CHILDREN)
    periods: Mapped[list[PeriodRow]] = relationship(order_by="PeriodRow.key", **_CHILDREN)
    consumption: Mapped[list[ConsumptionRow]] = relationship(order_by="ConsumptionRow.position", **_CHILDREN)
    process_steps: Mapped[list[ProcessStepRow]] = relationship(order_by="ProcessStepRow.position", **_CHILDREN)
    options: Mapped[list[OptionRow]] = relationship(order_by="OptionRow.position", **_CHILDREN)
    tasks: Mapped[list[TaskProgressRow]] = relationship(order_by="TaskProgressRow.position", **_CHILDREN)
    readings: Mapped[list[ReadingRow]] = relationship(order_by="ReadingRow.position", **_CHILDREN)
    focus_criteria: Mapped[list[FocusCriterionRow]] = relationship(order_by="FocusCriterionRow.position", **_CHILDREN)
    focus_scores: Mapped[list[FocusScoreRow]] = relationship(order_by="FocusScoreRow.position", **_CHILDREN)


class FacilityRow(Base):
    __tablename__ = "facility"

    assessment_id: Mapped[str] = mapped_column(ID, ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True)
    name: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    tax_code: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    province: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    vsic: Mapped[str] = mapped_column(String(32), nullable=False, default="")
    sector: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    employees: Mapped[int | None] = mapped_column(Integer, nullable=True)
    design_capacity_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    design_capacity_unit: Mapped[str | None] = mapped_column(UNIT, nullable=True)
    products: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    extra: Mapped[dict[str, Any]] = _extra()

    assessment: Mapped[AssessmentRow] = relationship(back_populates="facility")


class TeamMemberRow(Base):
    __tablename__ = "team_member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    assessment_id: Mapped[str] = _assessment_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)  # place in the team list
    name: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    job_position: Mapped[str] = mapped_column(NAME, nullable=False, default="")  # TeamMember.position
    role: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    extra: Mapped[dict[str, Any]] = _extra()


class PeriodRow(Base):
    __tablename__ = "period"
    __table_args__ = (
        UniqueConstraint("assessment_id", "key"),
        CheckConstraint("key IN ('baseline', 'reporting')", name="key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    assessment_id: Mapped[str] = _assessment_fk()
    key: Mapped[str] = mapped_column(String(16), nullable=False)
    start: Mapped[str] = mapped_column(String(10), nullable=False)
    end: Mapped[str] = mapped_column(String(10), nullable=False)
    production_value: Mapped[float] = mapped_column(Float, nullable=False)
    production_unit: Mapped[str] = mapped_column(UNIT, nullable=False)
    extra: Mapped[dict[str, Any]] = _extra()


class ConsumptionRow(Base):
    __tablename__ = "consumption"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    assessment_id: Mapped[str] = _assessment_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    resource: Mapped[str] = mapped_column(KEY, nullable=False)
    carrier: Mapped[str | None] = mapped_column(KEY, nullable=True)
    period: Mapped[str] = mapped_column(String(16), nullable=False)
    quantity_value: Mapped[float | None] = mapped_column(Float, nullable=True)  # None: not entered yet
    quantity_unit: Mapped[str] = mapped_column(UNIT, nullable=False)
    unit_price_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit_price_unit: Mapped[str | None] = mapped_column(UNIT, nullable=True)
    extra: Mapped[dict[str, Any]] = _extra()


class ProcessStepRow(Base):
    __tablename__ = "process_step"
    __table_args__ = (UniqueConstraint("assessment_id", "step_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    assessment_id: Mapped[str] = _assessment_fk()
    step_id: Mapped[str] = mapped_column(KEY, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    order: Mapped[int] = mapped_column(Integer, nullable=False)
    focus: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    basis_value: Mapped[float] = mapped_column(Float, nullable=False)
    basis_unit: Mapped[str] = mapped_column(UNIT, nullable=False)
    basis_label: Mapped[str] = mapped_column(Text, nullable=False, default="")  # revision 0009
    extra: Mapped[dict[str, Any]] = _extra()

    flows: Mapped[list[FlowRow]] = relationship(order_by="FlowRow.position", **_CHILDREN)


class FlowRow(Base):
    __tablename__ = "flow"
    __table_args__ = (UniqueConstraint("process_step_id", "flow_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    process_step_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("process_step.id", ondelete="CASCADE"), nullable=False, index=True
    )
    flow_id: Mapped[str] = mapped_column(KEY, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    direction: Mapped[str] = mapped_column(String(16), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    name: Mapped[str] = mapped_column(NAME, nullable=False, default="")
    resource: Mapped[str | None] = mapped_column(KEY, nullable=True)
    quantity_value: Mapped[float] = mapped_column(Float, nullable=False)
    quantity_unit: Mapped[str] = mapped_column(UNIT, nullable=False)
    unit_price_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit_price_unit: Mapped[str | None] = mapped_column(UNIT, nullable=True)
    treatment_cost_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    treatment_cost_unit: Mapped[str | None] = mapped_column(UNIT, nullable=True)
    causes: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    extra: Mapped[dict[str, Any]] = _extra()


class OptionRow(Base):
    __tablename__ = "option"
    __table_args__ = (UniqueConstraint("assessment_id", "option_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    assessment_id: Mapped[str] = _assessment_fk()
    option_id: Mapped[str] = mapped_column(KEY, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    category: Mapped[str] = mapped_column(String(32), nullable=False)
    cost_class: Mapped[str] = mapped_column(String(32), nullable=False)
    status: Mapped[str] = mapped_column(String(32), nullable=False, default="proposed")
    process_step: Mapped[str | None] = mapped_column(KEY, nullable=True)  # a step_id, checked by validation
    screening: Mapped[str | None] = mapped_column(String(32), nullable=True)
    investment_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    investment_unit: Mapped[str | None] = mapped_column(UNIT, nullable=True)
    annual_operating_cost_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    annual_operating_cost_unit: Mapped[str | None] = mapped_column(UNIT, nullable=True)
    annual_saving_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    annual_saving_unit: Mapped[str | None] = mapped_column(UNIT, nullable=True)
    lifetime_years: Mapped[float | None] = mapped_column(Float, nullable=True)
    # [{"resource": str, "quantity": {"value", "unit"}, "extra": {...}}], in order
    resource_savings: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    technical: Mapped[str] = mapped_column(Text, nullable=False, default="")
    environmental: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # revision 0009: the implementation plan
    responsible: Mapped[str] = mapped_column(Text, nullable=False, default="")
    planned_date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    done_date: Mapped[str | None] = mapped_column(String(10), nullable=True)
    extra: Mapped[dict[str, Any]] = _extra()


class FocusCriterionRow(Base):
    """A criterion of the focus matrix (revision 0009), in its place. Its id is unique in the assessment by
    the domain's validation: no unique constraint, so that the matrix's rows can be replaced in one flush
    (the unit of work inserts the new rows before it deletes the old)."""

    __tablename__ = "focus_criterion"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    assessment_id: Mapped[str] = _assessment_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    criterion_id: Mapped[str] = mapped_column(KEY, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False, default="")
    weight: Mapped[float] = mapped_column(Float, nullable=False)
    extra: Mapped[dict[str, Any]] = _extra()


class FocusScoreRow(Base):
    """A process step's score against one criterion of the focus matrix (revision 0009). The step and
    the criterion are ids, as in the document (a score may name a step the list no longer has)."""

    __tablename__ = "focus_score"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    assessment_id: Mapped[str] = _assessment_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    step_id: Mapped[str] = mapped_column(KEY, nullable=False)
    criterion_id: Mapped[str] = mapped_column(KEY, nullable=False)
    score: Mapped[int] = mapped_column(Integer, nullable=False)


class TaskProgressRow(Base):
    __tablename__ = "task_progress"
    __table_args__ = (UniqueConstraint("assessment_id", "task"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    assessment_id: Mapped[str] = _assessment_fk()
    task: Mapped[int] = mapped_column(Integer, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    extra: Mapped[dict[str, Any]] = _extra()


class ReadingRow(Base):
    """A reading of the periods (revision 0004): production and the resources read over a month or any span."""

    __tablename__ = "reading"
    __table_args__ = (CheckConstraint("period IN ('baseline', 'reporting')", name="period"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    assessment_id: Mapped[str] = _assessment_fk()
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    period: Mapped[str] = mapped_column(String(16), nullable=False)
    start: Mapped[str] = mapped_column(String(10), nullable=False)
    end: Mapped[str] = mapped_column(String(10), nullable=False)
    production_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    production_unit: Mapped[str | None] = mapped_column(UNIT, nullable=True)
    # [{"resource": str, "carrier": str | None, "quantity": {"value", "unit"}, "extra": {...}}], in order
    consumption: Mapped[list[Any]] = mapped_column(JSON, nullable=False, default=list)
    drivers: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    extra: Mapped[dict[str, Any]] = _extra()


class AppMetaRow(Base):
    """Application-wide values (revision 0002): the consultant profile, the last assessment opened."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(KEY, primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


# revision 0002: search the assessment list by facility name and province
Index("ix_facility_province_name", FacilityRow.province, FacilityRow.name)


# The Sở's intake tables share this MetaData (one Alembic history): importing the models registers them all.
from . import review_models as _review_models  # noqa: E402,F401
