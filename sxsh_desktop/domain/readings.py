"""Readings: production and each resource per month (or any sub-period), for both periods.

A period with readings takes its production and each read resource's consumption from their sums
(the document spec, "Readings"); a `consumption` entry of that period keeps its unit price, and
its quantity is warned when it differs from the readings' sum by more than 0.5 %. Readings of one
period do not overlap and lie inside it. Months are typed "01/2024" as often as "2024-01".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from .display import unit_named
from .message import Figure, Message, Said
from .model import Assessment, Consumption
from .quantities import Quantity, UnitError, magnitude_in, parse_number
from .reading_record import Reading as Reading  # the readings' records, imported from here too
from .reading_record import ReadingEntry as ReadingEntry
from .reading_record import entered as entered
from .reference import carriers, resource_kinds, resource_named

CONSUMPTION_TOLERANCE = 0.005


# --- what users type --------------------------------------------------------------------------

_MONTH = re.compile(r"^\s*(?:T|tháng\s*|th\s*)?(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$", re.IGNORECASE)
_ISO_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_DAY = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")


def parse_month(text: str, field: str = "month") -> tuple[str, str]:
    """The first and last day of a month typed "01/2024", "1/2024", "T1/2024" or "2024-01"."""
    m = _MONTH.match(text) or None
    if m:
        month, year = int(m.group(1)), int(m.group(2))
    else:
        iso = _ISO_MONTH.match(text)
        if not iso:
            raise UnitError.of(field, "date.not_month", text=text)
        year, month = int(iso.group(1)), int(iso.group(2))
    if not 1 <= month <= 12:
        raise UnitError.of(field, "date.no_such_month", text=text, month=str(month))
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1).isoformat(), date(year, month, last).isoformat()


def parse_day(text: str, field: str = "date") -> str:
    """An ISO date from "2024-01-31" or the Vietnamese "31/01/2024"."""
    s = text.strip()
    m = _DAY.match(s)
    try:
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        return date.fromisoformat(s).isoformat()
    except ValueError:
        raise UnitError.of(field, "date.not_date", text=text) from None


def parse_span(text: str, field: str = "month") -> tuple[str, str]:
    """A reading's dates from a month ("01/2024") or a range ("01/01/2024 – 15/02/2024")."""
    parts = [p for p in re.split(r"\s+[–—-]\s+|\s*[–—]\s*|\s*\.\.\s*", text.strip()) if p]
    if len(parts) == 2:
        start, end = parse_day(parts[0], field), parse_day(parts[1], field)
        if end < start:
            raise UnitError.of(field, "date.typed_end_before_start", end=parts[1], start=parts[0])
        return start, end
    return parse_month(text, field)


def format_span(start: str, end: str) -> str:
    """ "01/2024" for a whole month, else "01/01/2024 – 15/02/2024"."""
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    if s.day == 1 and s.year == e.year and s.month == e.month and e.day == calendar.monthrange(e.year, e.month)[1]:
        return f"{s.month:02d}/{s.year}"
    return f"{s.day:02d}/{s.month:02d}/{s.year} – {e.day:02d}/{e.month:02d}/{e.year}"


def parse_cell(text: str, field: str, locale: str = "vi") -> float | None:
    """A number from a table cell ("12.500,5" in Vietnamese); an empty cell is None, not 0."""
    if not text.strip():
        return None
    return parse_number(text, field, locale)


def split_pasted(text: str) -> list[list[str]]:
    """Rows of cells from a block copied out of a spreadsheet (tab-separated, one row a line)."""
    rows = [line.split("\t") for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while rows and all(not c.strip() for c in rows[-1]):
        rows.pop()
    return rows


def month_after(end: str) -> tuple[str, str]:
    """The calendar month after the one holding `end` (the next row a user adds)."""
    d = date.fromisoformat(end) + timedelta(days=1)
    last = calendar.monthrange(d.year, d.month)[1]
    return date(d.year, d.month, 1).isoformat(), date(d.year, d.month, last).isoformat()


def monthly_spans(start: str, end: str) -> list[tuple[str, str]]:
    """The calendar months of a period (the first and last cut to the period)."""
    out: list[tuple[str, str]] = []
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    cur = s
    while cur <= e:
        last = date(cur.year, cur.month, calendar.monthrange(cur.year, cur.month)[1])
        out.append((cur.isoformat(), min(last, e).isoformat()))
        cur = last + timedelta(days=1)
    return out


# --- checks -----------------------------------------------------------------------------------


def _day(text: str) -> date | str:
    """An ISO date as a date (said the language's way in a message); a text that is none as written."""
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        return text


def reading_problems(a: Assessment) -> list[tuple[str, Message]]:
    """(field, message) for readings that cannot be taken: dates, overlaps, outside the period, units."""
    out: list[tuple[str, Message]] = []
    product_unit = a.product_unit
    by_period: dict[str, list[tuple[int, Reading]]] = {}
    for i, r in enumerate(a.readings):
        where = f"readings[{i}]"
        try:
            s, e = date.fromisoformat(r.start), date.fromisoformat(r.end)
        except (TypeError, ValueError):
            out.append((where, Message("date.iso")))
            continue
        if e < s:
            out.append((f"{where}.end", Message("date.end_before_start", {"end": e, "start": s})))
            continue
        period = a.period(r.period)
        if period is None:
            out.append((f"{where}.period", Message("period.missing", {"period": r.period})))
            continue
        if r.start < period.start or r.end > period.end:
            out.append(
                (
                    where,
                    Message(
                        "reading.outside_period",
                        {
                            "start": s,
                            "end": e,
                            "period": r.period,
                            "period_start": _day(period.start),
                            "period_end": _day(period.end),
                        },
                    ),
                )
            )
        by_period.setdefault(r.period, []).append((i, r))
        if entered(r.production):
            assert r.production is not None
            if r.production.value < 0:
                out.append((f"{where}.production", Message("value.not_negative")))
            try:
                magnitude_in(Quantity(1.0, r.production.unit), product_unit)
            except UnitError:
                out.append((f"{where}.production", Message("unit.not_of_product_bare", {"unit": r.production.unit})))
        seen: set[str] = set()
        for j, c in enumerate(r.consumption):
            field_name = f"{where}.consumption[{j}].quantity ({c.resource})"
            if c.resource in seen:
                out.append(
                    (
                        f"{where}.consumption[{j}].resource",
                        Message("resource.listed_twice", {"resource": resource_named(c.resource, c.carrier)}),
                    )
                )
            seen.add(c.resource)
            if not entered(c.quantity):
                continue
            if c.quantity.value < 0:
                out.append((field_name, Message("value.not_negative")))
            from .quantities import require_kind

            try:
                require_kind(c.quantity.unit, resource_kinds(c.carrier or c.resource), field_name)
            except UnitError as exc:
                out.append((field_name, exc.said))
        for name, value in r.drivers.items():
            if value is not None and not isinstance(value, (int, float)):
                out.append((f"{where}.drivers.{name}", Message("number.must_be")))
    for rows in by_period.values():
        rows.sort(key=lambda ir: ir[1].start)
        for (_, prev), (i, cur) in zip(rows, rows[1:], strict=False):
            if cur.start <= prev.end:
                out.append(
                    (
                        f"readings[{i}]",
                        Message(
                            "reading.overlaps",
                            {
                                "start": _day(cur.start),
                                "end": _day(cur.end),
                                "other_start": _day(prev.start),
                                "other_end": _day(prev.end),
                            },
                        ),
                    )
                )
    return out


# --- totals -----------------------------------------------------------------------------------


def message(code: str, language: str, **params: Any) -> Said:
    """A warning of the readings' sums (its texts: domain/catalogue/monitoring.py), said in `language`."""
    return Said(Message(f"readings.{code}", params), language)


def period_readings(a: Assessment, key: str) -> list[Reading]:
    return sorted((r for r in a.readings if r.period == key), key=lambda r: r.start)


def product_unit(a: Assessment) -> str:
    """The unit of the reference product (Assessment.product_unit: the one rule)."""
    return a.product_unit


def _g(x: float) -> Figure:
    return Figure(x, "~6")  # 1,860,000 kWh: six figures, never 1.86e+06


def with_reading_totals(a: Assessment, language: str = "en") -> tuple[Assessment, list[str]]:
    """The assessment whose periods and consumption are the readings' sums where there are readings,
    and the warnings about entries that disagree with them. Without readings, `a` itself."""

    if not a.readings:
        return a, []
    warn: list[str] = []
    unit = product_unit(a)
    periods = {"baseline": a.baseline, "reporting": a.reporting}
    consumption: list[Consumption] = list(a.consumption)
    for key in ("baseline", "reporting"):
        period = periods[key]
        rows = period_readings(a, key)
        if period is None or not rows:
            continue
        produced = [r.production for r in rows if entered(r.production)]
        if produced and len(produced) < len(rows):
            warn.append(message("no_production", language, period=key, n=len(rows) - len(produced), total=len(rows)))
        if produced:
            total = sum(magnitude_in(q, unit) for q in produced if q is not None)
            entered_p = magnitude_in(period.production, unit) if entered(period.production) else None
            if entered_p and abs(total - entered_p) > CONSUMPTION_TOLERANCE * abs(entered_p):
                warn.append(
                    message(
                        "production_differs",
                        language,
                        period=key,
                        entered=_g(entered_p),
                        summed=_g(total),
                        unit=unit_named(unit),
                        diff=Figure((total - entered_p) / entered_p, "+.1%"),
                    )
                )
            periods[key] = replace(period, production=Quantity(total, unit))
        covered = sum(r.days for r in rows)
        days = (date.fromisoformat(period.end) - date.fromisoformat(period.start)).days + 1
        if covered < days:
            warn.append(message("gap", language, period=key, covered=covered, days=days))
        consumption = _replace_consumption(consumption, key, rows, warn, language)
    return replace(a, baseline=periods["baseline"], reporting=periods["reporting"], consumption=consumption), warn


def resource_unit(a: Assessment, resource: str) -> str | None:
    """The unit the figures of a resource are in (as the savings summary chooses it)."""
    for period in ("baseline", "reporting"):
        c = next((c for c in a.consumption if c.resource == resource and c.period == period), None)
        if c is not None:
            return c.quantity.unit
        for r in period_readings(a, period):
            e = r.entry(resource)
            if e is not None and entered(e.quantity):
                return e.quantity.unit
    return None


def _replace_consumption(
    consumption: list[Consumption], key: str, rows: list[Reading], warn: list[str], language: str
) -> list[Consumption]:
    read: dict[str, list[ReadingEntry]] = {}
    for r in rows:
        for e in r.consumption:
            if e.quantity is not None and e.quantity.value is not None:
                read.setdefault(e.resource, []).append(e)
    of_period: dict[str, list[Consumption]] = {}
    for x in consumption:
        if x.period == key:
            of_period.setdefault(x.resource, []).append(x)
    out: list[Consumption] = []
    done: set[str] = set()
    for c in consumption:
        if c.period != key or c.resource not in read:
            out.append(c)
            continue
        if c.resource in done:
            continue  # the readings' sum stands for every entry of the resource in this period
        done.add(c.resource)
        entries = of_period[c.resource]
        carrier = carriers().get(c.carrier_key)
        density = carrier.density_t_per_m3 if carrier else None
        total = _sum_in(read[c.resource], c.quantity.unit, density)
        typed = sum(magnitude_in(x.quantity, c.quantity.unit, density) for x in entries if entered(x.quantity))
        if typed and abs(total - typed) > CONSUMPTION_TOLERANCE * abs(typed):
            warn.append(
                message(
                    "consumption_differs",
                    language,
                    resource=resource_named(c.resource, c.carrier),
                    period=key,
                    entered=_g(typed),
                    summed=_g(total),
                    unit=unit_named(c.quantity.unit),
                    diff=Figure((total - typed) / typed, "+.1%"),
                )
            )
        price = next((x.unit_price for x in entries if x.unit_price is not None), None)
        out.append(replace(c, quantity=Quantity(total, c.quantity.unit), unit_price=price))
    for resource, entries_read in read.items():
        if resource in done:
            continue
        first = entries_read[0]
        carrier_key = first.carrier
        table_carrier = carriers().get(carrier_key or resource)
        density = table_carrier.density_t_per_m3 if table_carrier else None
        total = _sum_in(entries_read, first.quantity.unit, density)
        out.append(Consumption(resource, key, Quantity(total, first.quantity.unit), carrier_key))
    return out


def _sum_in(entries: list[ReadingEntry], unit: str, density: float | None) -> float:
    """The sum of entries in `unit`: values added per unit typed, each sum converted once."""
    by_unit: dict[str, float] = {}
    for e in entries:
        by_unit[e.quantity.unit] = by_unit.get(e.quantity.unit, 0.0) + e.quantity.value
    return sum(magnitude_in(Quantity(v, u), unit, density) for u, v in by_unit.items())
