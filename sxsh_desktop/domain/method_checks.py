"""Checks of the assessment's method choices: the norm's sub-process the facility is benchmarked against,
the monitoring layout its template suggested, each resource's savings method and the bounds of a valid
regression baseline. Each problem names its field as the document does and says what is expected."""

from __future__ import annotations

import math

from .message import Message
from .model import SAVINGS_METHODS, Assessment

MAX_KEY = 64  # a key (of a norm's process, a resource, a driver) the store keeps

Problems = list[tuple[str, Message]]


def _key(problems: Problems, where: str, value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        problems.append((where, Message("value.empty")))
    elif len(value) > MAX_KEY:
        problems.append((where, Message("id.too_long", {"n": MAX_KEY, "length": len(value)})))


def _threshold(problems: Problems, where: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not (math.isfinite(value) and 0 < value <= 1):
        problems.append((where, Message("number.threshold", {"value": repr(value)})))


def method_problems(a: Assessment) -> Problems:
    """(field, message) for every problem of the benchmark process, the monitoring layout, the savings
    methods and the regression bounds."""
    problems: Problems = []
    if a.benchmark_process is not None:
        _key(problems, "benchmark_process", a.benchmark_process)
    s = a.settings
    for resource, method in s.savings_methods.items():
        where = f"settings.savings_methods.{resource}"
        _key(problems, where, resource)
        if method not in SAVINGS_METHODS:
            problems.append((where, Message("value.not_one_of", {"value": method, "choices": SAVINGS_METHODS})))
    _threshold(problems, "settings.regression_min_r2", s.regression_min_r2)
    _threshold(problems, "settings.regression_max_p_slope", s.regression_max_p_slope)
    layout = a.monitoring_layout
    if layout is not None:
        _key(problems, "monitoring_layout.period", layout.period)
        seen: set[str] = set()
        for i, key in enumerate(layout.resources):
            where = f"monitoring_layout.resources[{i}]"
            _key(problems, where, key)
            if key in seen:
                problems.append((where, Message("value.listed_twice", {"value": key})))
            seen.add(key)
        keys: set[str] = set()
        for i, d in enumerate(layout.drivers):
            where = f"monitoring_layout.drivers[{i}].key"
            _key(problems, where, d.key)
            if d.key in keys:
                problems.append((where, Message("value.listed_twice", {"value": d.key})))
            keys.add(d.key)
        for resource in layout.units:
            _key(problems, f"monitoring_layout.units.{resource}", resource)
    return problems
