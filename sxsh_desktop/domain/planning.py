"""Checks of the assessment's planning fields: the focus matrix (task 3), each option's implementation
plan (task 14), maintaining cleaner production (tasks 17 and 18). Each problem names its field as the
document does and says what is expected."""

from __future__ import annotations

import math
from datetime import date

from .message import Message
from .model import MAINTENANCE_MEASURES, MAX_FOCUS_SCORE, Assessment

MAX_ID = 64  # an id (of a step, a criterion) the store keeps


def is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return len(text) == 10


Problems = list[tuple[str, Message]]


def _date(problems: Problems, field: str, value: str | None) -> None:
    if value is not None and not is_iso_date(value):
        problems.append((field, Message("date.iso_value", {"text": value})))


def planning_problems(a: Assessment) -> Problems:
    """(field, message) for every problem of the focus matrix, the options' plans and the maintenance."""
    problems: Problems = []
    for i, o in enumerate(a.options):
        _date(problems, f"options[{i}].planned_date", o.planned_date)
        _date(problems, f"options[{i}].done_date", o.done_date)
    m = a.focus_matrix
    if m is not None:
        ids: set[str] = set()
        for i, c in enumerate(m.criteria):
            where = f"focus_matrix.criteria[{i}]"
            if not c.id.strip():
                problems.append((f"{where}.id", Message("value.empty")))
            elif len(c.id) > MAX_ID:
                problems.append((f"{where}.id", Message("id.too_long", {"n": MAX_ID, "length": len(c.id)})))
            elif c.id in ids:
                problems.append((f"{where}.id", Message("id.used_twice", {"id": c.id})))
            ids.add(c.id)
            if not c.name.strip():
                problems.append((f"{where}.name", Message("value.empty")))
            if not (isinstance(c.weight, int | float) and math.isfinite(c.weight) and c.weight >= 0):
                problems.append((f"{where}.weight", Message("focus.weight", {"value": str(c.weight)})))
        for step, scores in m.scores.items():
            if len(step) > MAX_ID:
                problems.append(("focus_matrix.scores", Message("id.step_too_long", {"n": MAX_ID})))
            for criterion, score in scores.items():
                where = f"focus_matrix.scores.{step}.{criterion}"
                if criterion not in ids:
                    problems.append((where, Message("focus.no_criterion", {"criterion": criterion})))
                if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= MAX_FOCUS_SCORE:
                    problems.append((where, Message("focus.score", {"most": MAX_FOCUS_SCORE, "value": str(score)})))
    seen: set[str] = set()
    for i, key in enumerate(a.maintenance.measures):
        where = f"maintenance.measures[{i}]"
        if key not in MAINTENANCE_MEASURES:
            problems.append((where, Message("value.not_one_of", {"value": key, "choices": MAINTENANCE_MEASURES})))
        elif key in seen:
            problems.append((where, Message("value.listed_twice", {"value": key})))
        seen.add(key)
    if len(a.maintenance.next_focus) > MAX_ID:
        problems.append(("maintenance.next_focus", Message("id.next_focus_too_long", {"n": MAX_ID})))
    _date(problems, "maintenance.review_date", a.maintenance.review_date)
    return problems
