"""A period's production as the norms count it: the production of a period, per year, and whether a
period is still a template's placeholder."""

from __future__ import annotations

from datetime import date

from .model import Assessment, Flow, Period
from .quantities import UnitError, magnitude_in


def period_years(period: Period) -> float:
    """The length of a period in years: each calendar year it touches counts its own days, so a
    whole calendar year (leap or not) is exactly 1."""
    start, end = date.fromisoformat(period.start), date.fromisoformat(period.end)
    years = 0.0
    for y in range(start.year, end.year + 1):
        first = max(start, date(y, 1, 1))
        last = min(end, date(y, 12, 31))
        days_in_year = (date(y, 12, 31) - date(y, 1, 1)).days + 1
        years += ((last - first).days + 1) / days_in_year
    return years


def is_placeholder(period: Period | None) -> bool:
    """True for a missing period and for the placeholder baseline a template made before the user
    entered anything: its extra field "placeholder" records the start, end and production it was
    made with, and it stays a placeholder only while the period still has exactly those. An edit
    that keeps the extra fields (and so the marker) but changes the dates or the production makes
    it real data."""
    if period is None:
        return True
    marker = period.extra.get("placeholder")
    if not marker:
        return False
    if not isinstance(marker, dict):
        return True
    made = marker.get("production") or {}
    return (
        marker.get("start") == period.start
        and marker.get("end") == period.end
        and made.get("value") == period.production.value
        and made.get("unit") == period.production.unit
    )


def flow_is_placeholder(flow: Flow) -> bool:
    """A typical flow laid out by a template whose quantity has not been entered yet (still 0)."""
    return bool(flow.extra.get("placeholder")) and flow.quantity.value == 0


def production(a: Assessment, key: str) -> float | None:
    """Production of a period in the product unit; None when missing or only a template placeholder."""
    period = a.period(key)
    if period is None or is_placeholder(period):
        return None
    try:
        return magnitude_in(period.production, a.product_unit)
    except UnitError:
        return None


def annual_production(a: Assessment, key: str, capacity_unit: str) -> float | None:
    """Production of a period per year, in `capacity_unit` (e.g. "L/year")."""
    period = a.period(key)
    if period is None or is_placeholder(period):
        return None
    years = period_years(period)
    if years <= 0:
        return None
    # capacity_unit is "<amount unit>/year"; convert the amount, then divide by the years
    amount_unit = capacity_unit.rsplit("/", 1)[0].strip().strip("()") if "/" in capacity_unit else capacity_unit
    try:
        return magnitude_in(period.production, amount_unit) / years
    except UnitError:
        return None
