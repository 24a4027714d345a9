"""The facility's specific energy consumption against the official norm of its sector and against
best practice (task 2: "xác định định mức"; the results strip, the monitoring page, the report).

Pure data in, data out. The norms come from a sector template (interchange/templates.py builds
the `NormSet`s of norms.py from the template file; the result's shape is in benchmark_result.py,
its words in benchmark_texts.py); this module picks the capacity class from the facility's annual
production, the norm period from the year of each period, and compares:

- annual production = production of the period ÷ the period's length in years (a calendar year
  is exactly 1), converted to the norm's capacity unit (e.g. L/year for beer);
- a norm applies only to a period that ends while its document is in force (the source's
  in_force_from / in_force_until) and whose end year is in one of its periods; otherwise the
  facility's SEC is shown with no verdict and a note that says why (a newer circular not in the
  reference data, the document not yet in force, the year outside its periods);
- SEC = final energy of the period ÷ production (electricity at 3.6 MJ/kWh, fuels by their net
  calorific value: the same GJ figures as `compute_savings`' energy block), in the norm's unit
  (MJ/hL, MJ/t). Each norm says in `basis` what energy the norm document counts; where that
  differs or is unknown the result carries the norm's basis text so the reader can judge.

A facility is "within" the norm when its SEC is at most the norm (the norms are upper limits).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .benchmark_result import BenchmarkResult, BestPracticeComparison, PeriodComparison
from .benchmark_texts import NOTES, REASONS
from .methodology import Label
from .model import Assessment
from .norms import BestPracticeFigure, CapacityClass, NormPeriod, NormSet, Source
from .periods import (
    annual_production,
    flow_is_placeholder,
    is_placeholder,
    period_years,
    production,
)
from .quantities import UnitError, factor, magnitude_in
from .reference import carriers

PERIOD_KEYS = ("baseline", "reporting")


def _fmt(label: Label, **params: Any) -> Label:
    return Label(label.vi.format(**params), label.en.format(**params))


def energy_gj(a: Assessment, key: str, notes: list[Label] | None = None) -> float | None:
    """Final energy of a period in GJ (electricity 3.6 MJ/kWh, fuels by NCV); None when no
    energy carrier is recorded for it. The same figures as compute_savings' `*_gj`."""
    table = carriers()
    total = 0.0
    found = False
    for c in a.consumption:
        if c.period != key:
            continue
        carrier = table.get(c.carrier_key)
        if carrier is None or c.quantity.value is None:  # None: not entered, in no total
            continue
        try:
            total += carrier.gj_of(c.quantity)
        except UnitError:
            if notes is not None:
                notes.append(_fmt(NOTES["unconvertible"], resource=c.resource, unit=c.quantity.unit))
            continue
        found = True
    return total if found else None


def resource_specific(a: Assessment, key: str, resource: str, unit: str) -> float | None:
    """Consumption of `resource` per product unit in `unit` (e.g. water in "hL/hL")."""
    p = production(a, key)
    if not p:
        return None
    numerator, _, denominator = unit.partition("/")
    total = 0.0
    found = False
    for c in a.consumption:
        if c.period == key and c.resource == resource and c.quantity.value is not None:
            try:
                total += magnitude_in(c.quantity, numerator)
            except UnitError:
                continue
            found = True
    if not found:
        return None
    try:
        per_product = factor(a.product_unit, denominator)
    except UnitError:
        return None
    return total / p / per_product


def _period_for(norms: NormSet, year: int) -> tuple[NormPeriod | None, Label | None]:
    """The norm period holding the year; outside every period none (a norm is never stretched)."""
    if not norms.periods:
        return None, None
    for p in norms.periods:
        if p.holds(year):
            return p, None
    template = NOTES["period_outside"]
    return None, Label(
        template.vi.format(year=year, periods=", ".join(p.label.vi for p in norms.periods)),
        template.en.format(year=year, periods=", ".join(p.label.en for p in norms.periods)),
    )


def _validity_note(source: Source, end: date) -> tuple[str, Label | None]:
    """Whether the norm's document was in force on the period's last day, and if not, why (in words)."""
    state = source.in_force_on(end)
    if state == "in_force":
        return state, None
    doc = _short_document(source.document)
    params = {"end": end.strftime("%d/%m/%Y"), "document": doc, "replaced_by": source.replaced_by or ""}
    if state == "not_yet":
        assert source.in_force_from is not None
        params["since"] = source.in_force_from.strftime("%d/%m/%Y")
    return state, _fmt(NOTES[state], **params)


def _short_document(document: str) -> str:
    """ "Thông tư 19/2016/TT-BCT" out of the source's long title."""
    m = re.search(r"(Thông tư|Quyết định|Nghị định|Circular|Decision)\s+\S+/\S+", document)
    return m.group(0) if m else document


def _class_for(norms: NormSet, capacity: float | None) -> CapacityClass | None:
    if len(norms.classes) == 1 and norms.classes[0].unbounded:
        return norms.classes[0]
    if capacity is None:
        return None
    return next((c for c in norms.classes if c.holds(capacity)), None)


def _compare_period(a: Assessment, key: str, norms: NormSet, to_norm_unit: float) -> PeriodComparison | None:
    period = a.period(key)
    if period is None or is_placeholder(period):
        return None
    notes: list[Label] = []
    end = date.fromisoformat(period.end)
    year = end.year
    norm_status, validity = _validity_note(norms.source, end)
    if validity is not None:
        notes.append(validity)
    capacity = annual_production(a, key, norms.capacity_unit) if norms.capacity_unit else None
    klass = _class_for(norms, capacity)
    if klass is None and norms.capacity_unit and capacity is not None:
        notes.append(_fmt(NOTES["no_class"], capacity=f"{capacity:,.0f}", unit=norms.capacity_unit))
    norm_period, note = _period_for(norms, year)
    if note is not None and norm_status == "in_force":  # a replaced norm is said once, with its successor
        notes.append(note)
    if norm_period is None and norm_status == "in_force" and norms.periods:
        norm_status = "outside_periods"
    norm_value = None
    if klass is not None and norm_period is not None and norm_status == "in_force":
        norm_value = klass.values.get(norm_period.key)
        if norm_value is None:
            notes.append(NOTES["no_value"])
    gj = energy_gj(a, key, notes)
    p = production(a, key)
    sec = gj / p * to_norm_unit if (gj is not None and p) else None
    if gj is None:
        notes.append(NOTES["no_energy_period"])
    within = None
    difference = None
    if sec is not None and norm_value:
        within = sec <= norm_value
        difference = (sec - norm_value) / norm_value * 100.0
    return PeriodComparison(
        period=key,
        year=year,
        annual_production=capacity,
        capacity_unit=norms.capacity_unit,
        capacity_class=klass.label if klass else None,
        norm_period=norm_period.key if norm_period else None,
        norm_period_label=norm_period.label if norm_period else None,
        norm_value=norm_value,
        sec=sec,
        within=within,
        difference_percent=difference,
        notes=tuple(notes),
        norm_status=norm_status,
    )


def _best_practice(a: Assessment, figures: list[BestPracticeFigure]) -> tuple[BestPracticeComparison, ...]:
    out: list[BestPracticeComparison] = []
    for f in figures:
        key = next((k for k in ("reporting", "baseline") if production(a, k)), None)
        capacity = annual_production(a, key, f.capacity_unit) if (key and f.capacity_unit) else None
        sec: float | None = None
        if key is not None:
            if f.what == "energy":
                gj = energy_gj(a, key)
                p = production(a, key)
                if gj is not None and p:
                    try:
                        sec = gj / p * factor(f"GJ/({a.product_unit})", f.unit)
                    except UnitError:
                        sec = None
            else:
                sec = resource_specific(a, key, f.what, f.unit)
        gap = (sec - f.value) / f.value * 100.0 if (sec is not None and f.value) else None
        out.append(BestPracticeComparison(f, f.applies_at(capacity), sec, key if sec is not None else None, gap))
    return tuple(out)


# -- the comparison ----------------------------------------------------------------------------


def compare(
    a: Assessment,
    norm_sets: list[NormSet] | tuple[NormSet, ...],
    best_practice: list[BestPracticeFigure] | tuple[BestPracticeFigure, ...] = (),
    *,
    process: str | None = None,
    template: str | None = None,
    norms_note: Label | None = None,
) -> BenchmarkResult:
    """The facility against the norm (and best practice) of its template.

    `process` picks the norm set when the template has several (steel: EAF billet, hot rolling …);
    without it, the assessment's `benchmark_process` is used, else the only norm set.
    """
    template = template if template is not None else a.template
    if not norm_sets:
        return BenchmarkResult(
            status="no_norms",
            reason=norms_note or REASONS["no_norms"],
            template=template,
            best_practice=_best_practice(a, list(best_practice)),
        )
    chosen_key = process or a.benchmark_process
    processes = tuple((n.key, n.process) for n in norm_sets)
    if chosen_key is None:
        if len(norm_sets) > 1:
            return BenchmarkResult(
                status="choose_process", reason=REASONS["choose_process"], template=template, processes=processes
            )
        chosen = norm_sets[0]
    else:
        found = next((n for n in norm_sets if n.key == chosen_key), None)
        if found is None:
            return BenchmarkResult(
                status="choose_process",
                template=template,
                processes=processes,
                reason=_fmt(REASONS["unknown_process"], key=chosen_key),
            )
        chosen = found
    figures = [f for f in best_practice if f.process in (None, chosen.key)]
    common: dict[str, Any] = {
        "template": template,
        "process": chosen.key,
        "process_label": chosen.process,
        "unit": chosen.unit,
        "basis": chosen.basis,
        "source": chosen.source,
        "processes": processes,
        "notes": (chosen.note,) if chosen.note else (),
    }
    product_unit = a.product_unit
    try:
        to_norm_unit = factor(f"GJ/({product_unit})", chosen.unit)
    except UnitError:
        return BenchmarkResult(
            status="no_data", reason=_fmt(REASONS["unit_mismatch"], unit=product_unit, norm_unit=chosen.unit), **common
        )
    baseline = _compare_period(a, "baseline", chosen, to_norm_unit)
    reporting = _compare_period(a, "reporting", chosen, to_norm_unit)
    best = _best_practice(a, figures)
    compared = [c for c in (baseline, reporting) if c is not None]
    if not compared:
        return BenchmarkResult(
            status="no_data",
            reason=REASONS["no_production"],
            baseline=baseline,
            reporting=reporting,
            best_practice=best,
            **common,
        )
    if all(c.sec is None for c in compared):
        return BenchmarkResult(
            status="no_data",
            reason=REASONS["no_energy"],
            baseline=baseline,
            reporting=reporting,
            best_practice=best,
            **common,
        )
    return BenchmarkResult(status="ok", baseline=baseline, reporting=reporting, best_practice=best, **common)


__all__ = [
    "BenchmarkResult",
    "BestPracticeComparison",
    "BestPracticeFigure",
    "CapacityClass",
    "NormPeriod",
    "NormSet",
    "PeriodComparison",
    "Source",
    "annual_production",
    "compare",
    "energy_gj",
    "flow_is_placeholder",
    "is_placeholder",
    "period_years",
    "production",
    "resource_specific",
]
