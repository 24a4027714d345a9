"""The cells of the monthly readings table, without Qt: its columns for an assessment (month, production,
each resource, each driver), a number as the table writes it, and a reading with one cell typed in."""

from __future__ import annotations

from dataclasses import replace

from ...domain.model import Assessment, MonitoringLayout
from ...domain.numbers import format_value
from ...domain.quantities import Quantity, UnitError
from ...domain.readings import Reading, ReadingEntry, parse_cell, parse_span, product_unit, resource_unit

DEFAULT_DRIVERS = ("cdd",)
_DEFAULT_UNITS = {"electricity": "kWh", "water": "m³"}


def cell_text(value: float | None, language: str) -> str:
    """A number as the table shows and copies it: grouped, in the language's way, no trailing zeros."""
    return format_value(value, language, 4)


def columns_of(a: Assessment) -> list[tuple[str, str, str]]:
    """(kind, key, unit) of the table's columns: month, production, each resource, each driver."""
    cols = [("month", "", ""), ("production", "", product_unit(a))]
    layout = a.monitoring_layout or MonitoringLayout()
    # the sector template's resources first (a fuel entered as "coal" with its carrier stands for the carrier)
    refined = {c.carrier: c.resource for c in a.consumption if c.carrier}
    suggested = [refined.get(k, k) for k in layout.resources]
    resources = [
        *suggested,
        *(c.resource for c in a.consumption),
        *(e.resource for r in a.readings for e in r.consumption),
    ]
    if not resources:  # a blank assessment: the two every facility meters
        resources = list(_DEFAULT_UNITS)
    for key in dict.fromkeys(resources):
        unit = resource_unit(a, key) or layout.units.get(key) or _DEFAULT_UNITS.get(key, "")
        cols.append(("resource", key, unit))
    suggested_drivers = [d.key for d in layout.drivers]
    drivers = [*suggested_drivers, *DEFAULT_DRIVERS, *(k for r in a.readings for k in r.drivers)]
    cols += [("driver", k, "") for k in dict.fromkeys(drivers)]
    return cols


def with_cell(r: Reading, col: tuple[str, str, str], text: str, field: str, lang: str, carrier: str | None) -> Reading:
    """The reading with one cell typed in (an empty cell: not entered)."""
    kind, key, unit = col
    if kind == "month":
        start, end = parse_span(text, field)
        return replace(r, start=start, end=end)
    value = parse_cell(text, field, lang)
    if value is not None and value < 0 and kind != "driver":
        raise UnitError(f"{field}: must not be negative")
    if kind == "production":
        return replace(r, production=None if value is None else Quantity(value, unit))
    if kind == "resource":  # typed in the column's unit (the header's), whatever unit the entry had
        entries = [e for e in r.consumption if e.resource != key]
        if value is not None:
            old = r.entry(key)
            at = next((i for i, e in enumerate(r.consumption) if e.resource == key), len(entries))
            entries.insert(at, ReadingEntry(key, Quantity(value, unit), old.carrier if old else carrier))
        return replace(r, consumption=entries)
    drivers = dict(r.drivers)
    if value is None:
        drivers.pop(key, None)
    else:
        drivers[key] = value
    return replace(r, drivers=drivers)
