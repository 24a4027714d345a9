"""The assessment's planning and method records <-> their columns and tables: the monitoring layout, the
maintenance, the focus matrix (criteria and scores in focus_criterion and focus_score)."""

from __future__ import annotations

from ..domain.model import FocusCriterion, FocusMatrix, Maintenance, MonitoringDriver, MonitoringLayout
from .mapping_values import plain_number as _number
from .mapping_values import private_copy as _x
from .models import AssessmentRow, FocusCriterionRow, FocusScoreRow


def fill_monitoring_layout(row: AssessmentRow, m: MonitoringLayout | None) -> None:
    if m is None:
        row.monitoring_layout_extra, row.monitoring_driver, row.monitoring_period = None, "", "month"
        row.monitoring_resources, row.monitoring_drivers, row.monitoring_units = [], [], {}
        return
    row.monitoring_layout_extra = _x(m.extra)
    row.monitoring_driver, row.monitoring_period = m.driver, m.period
    row.monitoring_resources = list(m.resources)
    row.monitoring_drivers = [{"key": d.key, "name": d.name, **_x(d.extra)} for d in m.drivers]
    row.monitoring_units = dict(m.units)


def monitoring_layout_from_row(row: AssessmentRow) -> MonitoringLayout | None:
    if row.monitoring_layout_extra is None:
        return None
    drivers = [
        MonitoringDriver(d["key"], d.get("name", ""), {k: v for k, v in d.items() if k not in ("key", "name")})
        for d in _x({"d": row.monitoring_drivers})["d"]
    ]
    return MonitoringLayout(
        driver=row.monitoring_driver,
        period=row.monitoring_period,
        resources=list(row.monitoring_resources or []),
        drivers=drivers,
        units=dict(row.monitoring_units or {}),
        extra=_x(row.monitoring_layout_extra),
    )


def fill_maintenance(row: AssessmentRow, m: Maintenance) -> None:
    row.maintenance_measures = list(m.measures)
    row.maintenance_next_focus = m.next_focus
    row.maintenance_review_date = m.review_date
    row.maintenance_extra = _x(m.extra)


def maintenance_from_row(row: AssessmentRow) -> Maintenance:
    return Maintenance(
        measures=list(row.maintenance_measures or []),
        next_focus=row.maintenance_next_focus or "",
        review_date=row.maintenance_review_date,
        extra=_x(row.maintenance_extra),
    )


def fill_focus_matrix(row: AssessmentRow, m: FocusMatrix | None) -> None:
    """The matrix's rows replace the old ones (the old are deleted with the session's flush)."""
    if m is None:
        row.focus_matrix_extra, row.focus_criteria, row.focus_scores = None, [], []
        return
    row.focus_matrix_extra = _x(m.extra)
    row.focus_criteria = [
        FocusCriterionRow(position=i, criterion_id=c.id, name=c.name, weight=float(c.weight), extra=_x(c.extra))
        for i, c in enumerate(m.criteria)
    ]
    scores = [(step, criterion, score) for step, marks in m.scores.items() for criterion, score in marks.items()]
    row.focus_scores = [
        FocusScoreRow(position=i, step_id=step, criterion_id=criterion, score=int(score))
        for i, (step, criterion, score) in enumerate(scores)
    ]


def focus_matrix_from_row(row: AssessmentRow) -> FocusMatrix | None:
    if row.focus_matrix_extra is None:
        return None
    scores: dict[str, dict[str, int]] = {}
    for r in sorted(row.focus_scores, key=lambda r: r.position):
        scores.setdefault(r.step_id, {})[r.criterion_id] = r.score
    return FocusMatrix(
        criteria=[
            FocusCriterion(r.criterion_id, r.name, _number(r.weight), _x(r.extra))  # type: ignore[arg-type]
            for r in sorted(row.focus_criteria, key=lambda r: r.position)
        ],
        scores=scores,
        extra=_x(row.focus_matrix_extra),
    )
