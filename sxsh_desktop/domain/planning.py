"""Checks of the assessment's planning fields: the focus matrix (task 3), each option's implementation
plan (task 14), maintaining cleaner production (tasks 17 and 18). Each problem names its field as the
document does and says what is expected."""

from __future__ import annotations

import math
from datetime import date

from .model import MAINTENANCE_MEASURES, MAX_FOCUS_SCORE, Assessment

MAX_ID = 64  # an id (of a step, a criterion) the store keeps


def is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return len(text) == 10


def _date(problems: list[tuple[str, str]], field: str, value: str | None) -> None:
    if value is not None and not is_iso_date(value):
        problems.append((field, f"'{value}' is not a date; write it as YYYY-MM-DD (e.g. 2025-12-31)"))


def planning_problems(a: Assessment) -> list[tuple[str, str]]:
    """(field, message) for every problem of the focus matrix, the options' plans and the maintenance."""
    problems: list[tuple[str, str]] = []
    for i, o in enumerate(a.options):
        _date(problems, f"options[{i}].planned_date", o.planned_date)
        _date(problems, f"options[{i}].done_date", o.done_date)
    m = a.focus_matrix
    if m is not None:
        ids: set[str] = set()
        for i, c in enumerate(m.criteria):
            where = f"focus_matrix.criteria[{i}]"
            if not c.id.strip():
                problems.append((f"{where}.id", "must not be empty"))
            elif len(c.id) > MAX_ID:
                problems.append((f"{where}.id", f"should be at most {MAX_ID} characters (has {len(c.id)})"))
            elif c.id in ids:
                problems.append((f"{where}.id", f"'{c.id}' is used twice"))
            ids.add(c.id)
            if not c.name.strip():
                problems.append((f"{where}.name", "must not be empty"))
            if not (isinstance(c.weight, int | float) and math.isfinite(c.weight) and c.weight >= 0):
                problems.append((f"{where}.weight", f"should be a number of 0 or more (got {c.weight})"))
        for step, scores in m.scores.items():
            if len(step) > MAX_ID:
                problems.append(("focus_matrix.scores", f"a process step id should be at most {MAX_ID} characters"))
            for criterion, score in scores.items():
                where = f"focus_matrix.scores.{step}.{criterion}"
                if criterion not in ids:
                    problems.append((where, f"no criterion with id '{criterion}'"))
                if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= MAX_FOCUS_SCORE:
                    problems.append((where, f"should be a whole number from 0 to {MAX_FOCUS_SCORE} (got {score})"))
    seen: set[str] = set()
    for i, key in enumerate(a.maintenance.measures):
        where = f"maintenance.measures[{i}]"
        if key not in MAINTENANCE_MEASURES:
            problems.append((where, f"'{key}' is not one of {', '.join(MAINTENANCE_MEASURES)}"))
        elif key in seen:
            problems.append((where, f"'{key}' is listed twice"))
        seen.add(key)
    if len(a.maintenance.next_focus) > MAX_ID:
        problems.append(("maintenance.next_focus", f"should be a process step id (at most {MAX_ID} characters)"))
    _date(problems, "maintenance.review_date", a.maintenance.review_date)
    return problems
