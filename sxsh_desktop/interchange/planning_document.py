"""The planning parts of the document both ways: the focus matrix (criteria and each step's scores) and
maintenance (the measures kept, the next focus, the review date)."""

from __future__ import annotations

from typing import Any

from ..domain.model import FocusCriterion, FocusMatrix, Maintenance
from .document_values import plain_number as _number
from .document_values import unknown_fields as _rest
from .document_values import with_extra as _with

CRITERION_FIELDS = ("id", "name", "weight")
MATRIX_FIELDS = ("criteria", "scores")
MAINTENANCE_FIELDS = ("measures", "next_focus", "review_date")


def focus_matrix(raw: dict[str, Any] | None) -> FocusMatrix | None:
    if raw is None:
        return None
    return FocusMatrix(
        criteria=[
            FocusCriterion(c["id"], c["name"], c.get("weight", 1), _rest(c, CRITERION_FIELDS)) for c in raw["criteria"]
        ],
        scores={str(step): {str(k): v for k, v in marks.items()} for step, marks in raw.get("scores", {}).items()},
        extra=_rest(raw, MATRIX_FIELDS),
    )


def maintenance(raw: dict[str, Any] | None) -> Maintenance:
    if raw is None:
        return Maintenance()
    return Maintenance(
        measures=list(raw.get("measures", [])),
        next_focus=raw.get("next_focus", ""),
        review_date=raw.get("review_date") or None,
        extra=_rest(raw, MAINTENANCE_FIELDS),
    )


def focus_matrix_doc(m: FocusMatrix | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return _with(
        m.extra,
        criteria=[_with(c.extra, id=c.id, name=c.name, weight=_number(c.weight)) for c in m.criteria],
        scores={step: dict(marks) for step, marks in m.scores.items()},
    )


def maintenance_doc(m: Maintenance) -> dict[str, Any] | None:
    if m.is_empty:
        return None
    fields: dict[str, Any] = {}
    if m.measures:
        fields["measures"] = list(m.measures)
    if m.next_focus:
        fields["next_focus"] = m.next_focus
    if m.review_date:
        fields["review_date"] = m.review_date
    return _with(m.extra, **fields)
