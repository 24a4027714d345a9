"""The app's own data out of the `extra` columns into typed columns and tables, and the consultant's
own report texts.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02

Until now the app kept its planning data among the fields it does not know: the focus matrix
(assessment.extra["focus_matrix"]), maintaining CP (assessment.extra["maintenance"]), each step's basis
label (process_step.extra["basis_label"]) and each option's implementation plan (option.extra
"responsible", "planned_date", "done_date"). They move to columns of their own, the matrix to the
tables focus_criterion and focus_score. A value of a shape the app never wrote (a date that is not
YYYY-MM-DD, a score that is not 0–5 …) is left in `extra`, where it was, so nothing is lost. The
assessment also gains the consultant's executive summary and conclusions (empty for existing rows).

The checks here are written out rather than imported: a migration describes the data as it was when
it was written, whatever the app's code becomes later.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

MEASURES = (
    "responsibilities",
    "procedures",
    "training",
    "monitoring",
    "management_system",
    "incentives",
    "team_meetings",
)
MAX_SCORE = 5
KEY_LENGTH = 64

_assessment = sa.table(
    "assessment",
    sa.column("id", sa.String),
    sa.column("extra", sa.JSON),
    sa.column("maintenance_measures", sa.JSON),
    sa.column("maintenance_next_focus", sa.String),
    sa.column("maintenance_review_date", sa.String),
    sa.column("maintenance_extra", sa.JSON),
    sa.column("focus_matrix_extra", sa.JSON),
    sa.column("executive_summary", sa.Text),
    sa.column("conclusions", sa.Text),
)
_step = sa.table("process_step", sa.column("id", sa.Integer), sa.column("extra", sa.JSON), sa.column("basis_label"))
_option = sa.table(
    "option",
    sa.column("id", sa.Integer),
    sa.column("extra", sa.JSON),
    sa.column("responsible", sa.Text),
    sa.column("planned_date", sa.String),
    sa.column("done_date", sa.String),
)
_criterion = sa.table(
    "focus_criterion",
    sa.column("assessment_id", sa.String),
    sa.column("position", sa.Integer),
    sa.column("criterion_id", sa.String),
    sa.column("name", sa.Text),
    sa.column("weight", sa.Float),
    sa.column("extra", sa.JSON),
)
_score = sa.table(
    "focus_score",
    sa.column("assessment_id", sa.String),
    sa.column("position", sa.Integer),
    sa.column("step_id", sa.String),
    sa.column("criterion_id", sa.String),
    sa.column("score", sa.Integer),
)


def _is_date(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_key(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= KEY_LENGTH


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value and value >= 0


def _matrix(value: Any) -> tuple[list[dict[str, Any]], list[tuple[str, str, int]], dict[str, Any]] | None:
    """The criteria, the scores and the other keys of a matrix as the app wrote it, or None."""
    if not isinstance(value, dict) or not isinstance(value.get("criteria"), list):
        return None
    criteria, ids = [], set()
    for c in value["criteria"]:
        if not (isinstance(c, dict) and _is_key(c.get("id")) and isinstance(c.get("name"), str)):
            return None
        if c["id"] in ids or not _is_number(c.get("weight", 1)) or c.get("weight", 1) == float("inf"):
            return None
        ids.add(c["id"])
        criteria.append(c)
    scores = value.get("scores", {})
    if not isinstance(scores, dict):
        return None
    marks = []
    for step, by_criterion in scores.items():
        if not (_is_key(step) and isinstance(by_criterion, dict)):
            return None
        for criterion, score in by_criterion.items():
            ok = isinstance(score, int) and not isinstance(score, bool) and 0 <= score <= MAX_SCORE
            if criterion not in ids or not ok:
                return None
            marks.append((step, criterion, score))
    return criteria, marks, {k: v for k, v in value.items() if k not in ("criteria", "scores")}


def _maintenance(value: Any) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        return None
    measures = value.get("measures", [])
    if not (isinstance(measures, list) and all(m in MEASURES for m in measures) and len(set(measures)) == len(measures)):
        return None
    focus = value.get("next_focus", "")
    if not (focus == "" or _is_key(focus)):
        return None
    review = value.get("review_date") or None
    if review is not None and not _is_date(review):
        return None
    extra = {k: v for k, v in value.items() if k not in ("measures", "next_focus", "review_date")}
    return {"measures": measures, "next_focus": focus, "review_date": review, "extra": extra}


def _move_assessments(bind: Any) -> None:
    for aid, extra in bind.execute(sa.select(_assessment.c.id, _assessment.c.extra)).all():
        if not isinstance(extra, dict):
            continue
        extra, values = dict(extra), {}
        matrix = _matrix(extra.get("focus_matrix"))
        if matrix is not None:
            criteria, marks, rest = matrix
            del extra["focus_matrix"]
            values["focus_matrix_extra"] = rest
            for i, c in enumerate(criteria):
                others = {k: v for k, v in c.items() if k not in ("id", "name", "weight")}
                bind.execute(
                    _criterion.insert().values(
                        assessment_id=aid,
                        position=i,
                        criterion_id=c["id"],
                        name=c["name"],
                        weight=float(c.get("weight", 1)),
                        extra=others,
                    )
                )
            for i, (step, criterion, score) in enumerate(marks):
                bind.execute(
                    _score.insert().values(
                        assessment_id=aid, position=i, step_id=step, criterion_id=criterion, score=score
                    )
                )
        kept = _maintenance(extra.get("maintenance"))
        if kept is not None:
            del extra["maintenance"]
            values.update(
                maintenance_measures=kept["measures"],
                maintenance_next_focus=kept["next_focus"],
                maintenance_review_date=kept["review_date"],
                maintenance_extra=kept["extra"],
            )
        if values:
            bind.execute(_assessment.update().where(_assessment.c.id == aid).values(extra=extra, **values))


def _move_children(bind: Any) -> None:
    for row_id, extra in bind.execute(sa.select(_step.c.id, _step.c.extra)).all():
        if isinstance(extra, dict) and isinstance(extra.get("basis_label"), str):
            extra = dict(extra)
            label = extra.pop("basis_label")
            bind.execute(_step.update().where(_step.c.id == row_id).values(extra=extra, basis_label=label))
    for row_id, extra in bind.execute(sa.select(_option.c.id, _option.c.extra)).all():
        if not isinstance(extra, dict):
            continue
        extra, values = dict(extra), {}
        if isinstance(extra.get("responsible"), str):
            values["responsible"] = extra.pop("responsible")
        for key in ("planned_date", "done_date"):
            if _is_date(extra.get(key)):
                values[key] = extra.pop(key)
        if values:
            bind.execute(_option.update().where(_option.c.id == row_id).values(extra=extra, **values))


def upgrade() -> None:
    with op.batch_alter_table("assessment") as batch:
        batch.add_column(sa.Column("maintenance_measures", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("maintenance_next_focus", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("maintenance_review_date", sa.String(10), nullable=True))
        batch.add_column(sa.Column("maintenance_extra", sa.JSON(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("focus_matrix_extra", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("executive_summary", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("conclusions", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("process_step") as batch:
        batch.add_column(sa.Column("basis_label", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("option") as batch:
        batch.add_column(sa.Column("responsible", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("planned_date", sa.String(10), nullable=True))
        batch.add_column(sa.Column("done_date", sa.String(10), nullable=True))
    op.create_table(
        "focus_criterion",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("assessment_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.String(64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessment.id"], ondelete="CASCADE", name="fk_focus_criterion_assessment_id_assessment"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_focus_criterion"),
    )
    op.create_index("ix_focus_criterion_assessment_id", "focus_criterion", ["assessment_id"], unique=False)
    op.create_table(
        "focus_score",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("assessment_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.String(64), nullable=False),
        sa.Column("criterion_id", sa.String(64), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessment.id"], ondelete="CASCADE", name="fk_focus_score_assessment_id_assessment"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_focus_score"),
    )
    op.create_index("ix_focus_score_assessment_id", "focus_score", ["assessment_id"], unique=False)
    bind = op.get_bind()
    _move_assessments(bind)
    _move_children(bind)


def _back_into_extra(bind: Any) -> None:
    """Downgrade: the typed values go back where 0008 kept them."""
    criteria: dict[str, list[Any]] = {}
    for r in bind.execute(sa.select(_criterion).order_by(_criterion.c.assessment_id, _criterion.c.position)):
        weight = int(r.weight) if float(r.weight).is_integer() else r.weight
        criteria.setdefault(r.assessment_id, []).append({"id": r.criterion_id, "name": r.name, "weight": weight, **r.extra})
    scores: dict[str, dict[str, dict[str, int]]] = {}
    for r in bind.execute(sa.select(_score).order_by(_score.c.assessment_id, _score.c.position)):
        scores.setdefault(r.assessment_id, {}).setdefault(r.step_id, {})[r.criterion_id] = r.score
    for r in bind.execute(sa.select(_assessment)).all():
        extra = dict(r.extra or {})
        if r.focus_matrix_extra is not None:
            extra["focus_matrix"] = {
                "criteria": criteria.get(r.id, []),
                "scores": scores.get(r.id, {}),
                **r.focus_matrix_extra,
            }
        m = {"measures": r.maintenance_measures, "next_focus": r.maintenance_next_focus}
        m["review_date"] = r.maintenance_review_date
        m = {k: v for k, v in m.items() if v not in ("", [], None)} | dict(r.maintenance_extra or {})
        if m:
            extra["maintenance"] = m
        for key in ("executive_summary", "conclusions"):
            if getattr(r, key):
                extra[key] = getattr(r, key)
        bind.execute(_assessment.update().where(_assessment.c.id == r.id).values(extra=extra))
    for r in bind.execute(sa.select(_step.c.id, _step.c.extra, _step.c.basis_label)).all():
        if r.basis_label:
            bind.execute(_step.update().where(_step.c.id == r.id).values(extra={**r.extra, "basis_label": r.basis_label}))
    for r in bind.execute(sa.select(_option)).all():
        plan = {"responsible": r.responsible, "planned_date": r.planned_date, "done_date": r.done_date}
        plan = {k: v for k, v in plan.items() if v}
        if plan:
            bind.execute(_option.update().where(_option.c.id == r.id).values(extra={**r.extra, **plan}))


def downgrade() -> None:
    _back_into_extra(op.get_bind())
    op.drop_index("ix_focus_score_assessment_id", table_name="focus_score")
    op.drop_table("focus_score")
    op.drop_index("ix_focus_criterion_assessment_id", table_name="focus_criterion")
    op.drop_table("focus_criterion")
    with op.batch_alter_table("option") as batch:
        for column in ("done_date", "planned_date", "responsible"):
            batch.drop_column(column)
    with op.batch_alter_table("process_step") as batch:
        batch.drop_column("basis_label")
    with op.batch_alter_table("assessment") as batch:
        for column in (
            "conclusions",
            "executive_summary",
            "focus_matrix_extra",
            "maintenance_extra",
            "maintenance_review_date",
            "maintenance_next_focus",
            "maintenance_measures",
        ):
            batch.drop_column(column)
