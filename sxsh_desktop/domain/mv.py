"""Measurement and verification: the savings method of each resource (the spec's "Savings: the method
per resource").

`regression` when the baseline holds at least 12 readings of the resource and its model is valid;
otherwise `ratio`, with a warning that says why. For a regression resource the adjusted baseline is
the model's prediction over the reporting readings, the saving is adjusted baseline − reporting use,
and the CUSUM runs over the reporting readings. The energy totals take each carrier's saving by its
own method; the energy percent is on the expected reporting use (adjusted baseline or SEC_b·P_r).
A user may keep a resource on the ratio method where both are possible
(settings.savings_methods = {"<resource>": "ratio"}).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .display import unit_named
from .message import Figure, Message, Named, Said
from .quantities import Quantity, UnitError, magnitude_in
from .readings import Reading, ReadingEntry, entered, format_span, period_readings, product_unit
from .reference import carriers, resource_named
from .regression import Fit, ModelError, Observation, fit, length_scale, thresholds
from .targets import reaches

if TYPE_CHECKING:  # pragma: no cover
    from .model import Assessment
    from .reference import Factor


def message(code: str, language: str, **params: Any) -> Said:
    """A warning of the method (its texts: domain/catalogue/monitoring.py), said in `language`."""
    return Said(Message(f"mv.{code}", params), language)


def chosen_methods(a: Assessment) -> dict[str, str]:
    return dict(a.settings.savings_methods)


@dataclass
class Verdict:
    """How one resource's saving is reckoned."""

    method: str = "ratio"
    model: Fit | None = None
    reason: Message | None = None  # why ratio, when readings were there to try a model
    regression_possible: bool = False
    adjusted_baseline: float | None = None
    actual: float | None = None
    cusum: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _amount(q: Quantity | None, unit: str, density: float | None) -> float | None:
    if not entered(q):
        return None
    assert q is not None
    try:
        return magnitude_in(q, unit, density)
    except UnitError:
        return None


@dataclass
class _Row:
    """A reading as read once for all resources: its days, production in the product's unit, entries by resource."""

    reading: Reading
    days: int
    production: float | None
    entries: dict[str, ReadingEntry]
    drivers: dict[str, float]


def _table(a: Assessment, key: str, p_unit: str) -> list[_Row]:
    return [
        _Row(
            r,
            r.days,
            _amount(r.production, p_unit, None),
            {e.resource: e for e in r.consumption},
            {k: float(v) for k, v in r.drivers.items() if isinstance(v, (int, float))},
        )
        for r in period_readings(a, key)
    ]


def _observations(
    rows: list[_Row], resource: str, unit: str, density: float | None
) -> list[tuple[Reading, Observation]]:
    out = []
    factors: dict[str, float | None] = {}  # one conversion per unit typed, not per reading
    for row in rows:
        e = row.entries.get(resource)
        if e is None or row.production is None or e.quantity.value is None:
            continue
        if e.quantity.unit not in factors:
            factors[e.quantity.unit] = _amount(Quantity(1.0, e.quantity.unit), unit, density)
        factor = factors[e.quantity.unit]
        if factor is None:
            continue
        out.append((row.reading, Observation(e.quantity.value * factor, row.production, row.days, row.drivers)))
    return out


def evaluate(
    a: Assessment,
    resource: str,
    unit: str,
    row: dict[str, Any],
    language: str = "en",
    tables: dict[str, list[_Row]] | None = None,
) -> Verdict:
    """The method of one resource of the savings summary `row`, its model, adjusted baseline and CUSUM.
    `tables`: the readings of each period as `_table` reads them (given once for all resources)."""
    v = Verdict()
    carrier = carriers().get(row.get("carrier") or resource)
    density = carrier.density_t_per_m3 if carrier else None
    if tables is None:
        tables = {key: _table(a, key, product_unit(a)) for key in ("baseline", "reporting")}
    p_unit = product_unit(a)
    base = _observations(tables["baseline"], resource, unit, density)
    rep = _observations(tables["reporting"], resource, unit, density)
    if not base:
        if rep and row.get("baseline") and row["baseline"].get("specific") is not None:
            v.cusum = _cusum([(r, row["baseline"]["specific"] * o.production, o.consumption) for r, o in rep])
        return v
    min_r2, max_p = thresholds(a.settings)
    names = sorted(set.intersection(*(set(o.drivers) for _, o in base)))
    try:
        model = fit([o for _, o in base], names, min_r2=min_r2, max_p_slope=max_p, language=language)
    except ModelError as exc:
        v.reason = exc.said
        return v
    v.model = model
    if not model.valid:
        v.reason = Message("mv.invalid", {"reasons": tuple(model.warnings)})  # each a Said: said again
        return v
    predicted: list[tuple[Reading | None, float, float]] = []
    if rep:
        for r, o in rep:
            missing = [k for k in names if k not in o.drivers]
            if missing:
                v.reason = Message("mv.driver_missing", {"span": format_span(r.start, r.end), "driver": missing[0]})
                return v
            predicted.append((r, model.predict(o.production, o.days, o.drivers), o.consumption))
    else:
        whole = _whole_reporting(a, row, p_unit)
        if whole is None:
            v.reason = Message("mv.no_reporting")
            return v
        if names:
            v.reason = Message("mv.whole_period_drivers", {"drivers": tuple(names)})
            return v
        production, days, actual = whole
        predicted.append((None, model.predict(production, days, {}), actual))
        rep = []
    v.regression_possible = True
    v.warnings = _range_warnings(model, rep, resource_named(resource, row.get("carrier")), p_unit, language)
    model.warnings.extend(v.warnings)
    if chosen_methods(a).get(resource) == "ratio":
        v.reason = Message("mv.chosen")
        if rep and row.get("baseline") and row["baseline"].get("specific") is not None:
            v.cusum = _cusum([(r, row["baseline"]["specific"] * o.production, o.consumption) for r, o in rep])
        return v
    v.method = "regression"
    v.adjusted_baseline = sum(p for _, p, _ in predicted)
    v.actual = sum(x for _, _, x in predicted)
    if rep:
        v.cusum = _cusum(predicted)  # type: ignore[arg-type]
    else:
        assert a.reporting is not None
        v.cusum = [
            {
                "start": a.reporting.start,
                "end": a.reporting.end,
                "expected": predicted[0][1],
                "actual": predicted[0][2],
                "cumulative_saving": predicted[0][1] - predicted[0][2],
            }
        ]
    return v


def _whole_reporting(a: Assessment, row: dict[str, Any], p_unit: str) -> tuple[float, int, float] | None:
    if a.reporting is None or not row.get("reporting") or row["reporting"].get("consumption") is None:
        return None
    production = _amount(a.reporting.production, p_unit, None)
    if production is None:
        return None
    from datetime import date

    days = (date.fromisoformat(a.reporting.end) - date.fromisoformat(a.reporting.start)).days + 1
    return production, days, float(row["reporting"]["consumption"])


def _cusum(points: list[tuple[Reading, float, float]]) -> list[dict[str, Any]]:
    out, total = [], 0.0
    for r, expected, actual in points:
        total += expected - actual
        out.append({"start": r.start, "end": r.end, "expected": expected, "actual": actual, "cumulative_saving": total})
    return out


def _range_warnings(
    model: Fit, rep: list[tuple[Reading, Observation]], resource: Named, p_unit: str, language: str
) -> list[str]:
    out: list[str] = []
    for label, (low, high) in model.ranges.items():
        outside = []
        for r, o in rep:
            value = o.production if label == "production" else o.drivers[label]
            per_reading = value / length_scale(o.days, model.mean_days)
            if per_reading < low * (1 - 1e-9) or per_reading > high * (1 + 1e-9):
                outside.append(format_span(r.start, r.end))
        if not outside:
            continue
        said: dict[str, Any] = {"resource": resource, "spans": tuple(outside)}
        said |= {"low": Figure(low, "~4"), "high": Figure(high, "~4")}
        if label == "production":
            out.append(message("outside_range.production", language, **said, unit=unit_named(p_unit)))
        else:
            out.append(message("outside_range.driver", language, **said, driver=label))
    return out


def apply_methods(a: Assessment, summary: dict[str, Any], grid: Factor | None, language: str = "en") -> None:
    """Give every resource of a savings summary its method, model, adjusted baseline and CUSUM; rework the
    savings of regression resources (and of ratio resources read in only some of a period's readings) and
    the energy, CO2, cost totals and target verdicts that follow."""
    p_r = summary["production"]["reporting"]["value"] if summary["production"]["reporting"] else None
    energy = summary.get("energy")
    totals = {"expected_toe": energy["specific_baseline_toe"] * p_r if energy and p_r else None, "reworked": False}
    tables = {key: _table(a, key, product_unit(a)) for key in ("baseline", "reporting")} if a.readings else {}

    def shift(row: dict[str, Any], delta: float, expected: float) -> None:
        """The totals follow a resource's saving changed by `delta` and its expected reporting use by
        `expected` (both in the row's unit)."""
        totals["reworked"] = True
        if row.get("cost_saving_vnd") is not None and row.get("unit_price_vnd") is not None:
            row["cost_saving_vnd"] = row["saving"]["quantity"] * row["unit_price_vnd"]
            summary["cost_saving_vnd"] += delta * row["unit_price_vnd"]
        carrier = carriers().get(row.get("carrier") or "")
        if carrier is None or energy is None or totals["expected_toe"] is None:
            return
        one = Quantity(1.0, row["unit"])
        toe_unit = carrier.toe_of(one)[0]
        energy["saving_toe"] += delta * toe_unit
        energy["saving_gj"] += delta * carrier.gj_of(one)
        totals["expected_toe"] += expected * toe_unit
        co2 = carrier.co2_t_of(one, grid) * delta
        summary["co2"]["biogenic_saving_t" if carrier.biogenic else "saving_t"] += co2

    for row in summary["resources"]:
        row["method"], row["model"], row["adjusted_baseline"], row["cusum"] = "ratio", None, None, []
        row["regression_possible"] = False
        if not a.readings:
            continue
        v = evaluate(a, row["resource"], row["unit"], row, language, tables)
        row["model"] = v.model.to_dict() if v.model else None
        row["cusum"] = v.cusum
        row["regression_possible"] = v.regression_possible
        summary["warnings"].extend(w for w in v.warnings if w not in summary["warnings"])
        if v.reason:
            row["method_reason"] = Said(v.reason, language)
            named = resource_named(row["resource"], row.get("carrier"))
            summary["warnings"].append(message("ratio_because", language, resource=named, reason=v.reason))
        ratio_saving = row["saving"]["quantity"] if row.get("saving") else None
        if v.method != "regression" or v.adjusted_baseline is None or v.actual is None:
            if ratio_saving is not None and p_r:
                _ratio_on_read_months(row, tables, p_r, summary["warnings"], language, shift)
            continue
        row["method"] = "regression"
        row["adjusted_baseline"] = v.adjusted_baseline
        saving = v.adjusted_baseline - v.actual
        percent = saving / v.adjusted_baseline * 100.0 if v.adjusted_baseline else None
        row["saving"] = {"quantity": saving, "percent": percent}
        if ratio_saving is None or p_r is None:
            continue  # the resource lacks a period's totals: it stays out of the totals, as before
        shift(row, saving - ratio_saving, v.adjusted_baseline - row["baseline"]["specific"] * p_r)
    expected_toe = totals["expected_toe"]
    if totals["reworked"] and energy is not None and expected_toe is not None:
        energy["expected_reporting_toe"] = expected_toe
        energy["saving_percent"] = energy["saving_toe"] / expected_toe * 100.0 if expected_toe else None
        for target in summary.get("targets", []):
            target["met"] = reaches(energy["saving_percent"], target["band_percent"][0])
        chosen = summary.get("target_in_force")
        if chosen and chosen.get("band_percent"):
            chosen["met"] = reaches(energy["saving_percent"], chosen["band_percent"][0])


def _ratio_on_read_months(
    row: dict[str, Any], tables: dict[str, list[_Row]], p_r: float, warn: list[str], language: str, shift: Any
) -> None:
    """A resource read in only some of a period's readings: its specific consumption is its readings' sum over
    the production of those readings (not of the whole period), and the saving follows."""
    specific = {}
    for key in ("baseline", "reporting"):
        rows = [r for r in tables.get(key, []) if r.production is not None]
        read = [
            r
            for r in rows
            if r.entries.get(row["resource"]) is not None and r.entries[row["resource"]].quantity.value is not None
        ]
        if not read or len(read) == len(rows):
            continue
        produced = sum(r.production for r in read if r.production is not None)
        if produced > 0 and row.get(key):
            specific[key] = row[key]["consumption"] / produced
            named = resource_named(row["resource"], row.get("carrier"))
            warn.append(message("partly_read", language, resource=named, period=key, n=len(read), total=len(rows)))
    if not specific:
        return
    old_b = row["baseline"]["specific"]
    for key, value in specific.items():
        row[key]["specific"] = value
    sec_b, sec_r = row["baseline"]["specific"], row["reporting"]["specific"]
    old = row["saving"]["quantity"]
    saving = (sec_b - sec_r) * p_r
    row["saving"] = {"quantity": saving, "percent": (1.0 - sec_r / sec_b) * 100.0 if sec_b else None}
    shift(row, saving - old, (sec_b - old_b) * p_r)


def scatter_points(
    a: Assessment, resource: str, unit: str, carrier: str | None = None
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """(production, consumption) of each baseline and reporting reading of a resource, per average-length
    reading (as the model's line is drawn), for the scatter of consumption against production."""
    c = carriers().get(carrier or resource)
    density = c.density_t_per_m3 if c else None
    p_unit = product_unit(a)
    base = _observations(_table(a, "baseline", p_unit), resource, unit, density)
    rep = _observations(_table(a, "reporting", p_unit), resource, unit, density)
    if not base:
        return [], [(o.production, o.consumption) for _, o in rep]
    mean_days = sum(o.days for _, o in base) / len(base)

    def points(rows: list[tuple[Reading, Observation]]) -> list[tuple[float, float]]:
        out = []
        for _, o in rows:
            s = length_scale(o.days, mean_days)
            out.append((o.production / s, o.consumption / s))
        return out

    return points(base), points(rep)


def assessment_method(summary: dict[str, Any]) -> str:
    """The method of an assessment's savings as the Sở counts it: "regression" when any resource's
    savings came from a model on its readings, "ratio" otherwise."""
    rows = summary.get("resources") or []
    return "regression" if any(r.get("method") == "regression" for r in rows) else "ratio"
