"""An assessment with 24 monthly readings: the brewery sample read by month in 2022 and 2024 (production
with its summer peak, electricity and coal with a fixed part, water, cooling degree days). The months sum
to the sample's period totals, so the sample's figures stay the frame of reference."""

from __future__ import annotations

import copy

from sxsh_desktop.domain.model import Assessment
from sxsh_desktop.domain.quantities import Quantity as Q
from sxsh_desktop.domain.quantities import magnitude_in
from sxsh_desktop.domain.readings import Reading, ReadingEntry, monthly_spans

# beer: a summer peak and Tết in January/February
SHARE = [0.085, 0.07, 0.075, 0.08, 0.09, 0.095, 0.095, 0.09, 0.085, 0.08, 0.075, 0.08]
CDD = [10, 15, 45, 110, 190, 220, 230, 215, 170, 95, 40, 15]
WIGGLE = [0.004, -0.006, 0.003, -0.002, 0.005, -0.004, 0.001, -0.005, 0.006, -0.003, 0.002, -0.001]
FIXED = {"electricity": 0.45, "coal": 0.3, "water": 0.2}


def with_monthly_readings(a: Assessment, resources=("electricity", "coal", "water")) -> Assessment:
    out = copy.deepcopy(a)
    readings = []
    for key in ("baseline", "reporting"):
        period = out.period(key)
        total_p = magnitude_in(period.production, "hL")
        for i, (start, end) in enumerate(monthly_spans(period.start, period.end)):
            entries = []
            for resource in resources:
                c = next(c for c in out.consumption if c.resource == resource and c.period == key)
                f = FIXED[resource]
                value = c.quantity.value * (f / 12 + (1 - f) * SHARE[i]) * (1 + WIGGLE[i] * (i % 3 - 1))
                entries.append(ReadingEntry(resource, Q(round(value, 3), c.quantity.unit), c.carrier))
            readings.append(
                Reading(key, start, end, Q(round(total_p * SHARE[i], 1), "hL"), entries, {"cdd": float(CDD[i])})
            )
    out.readings = readings
    return out


def with_warnings(a: Assessment) -> Assessment:
    """The sample read by month with what the savings warn of: readings that disagree with the entries, a
    month of electricity and a whole month missing, a reading without production, reporting output far
    above the baseline's (the models extrapolate), coal kept on the ratio method, a fuel of the user's own
    name, an entry in a unit that does not convert, a quantity not entered, a resource at zero in the
    baseline, a grid factor year with no factor."""
    import dataclasses

    from sxsh_desktop.domain.model import Consumption

    out = with_monthly_readings(a)
    base = [r for r in out.readings if r.period == "baseline"]
    rep = [r for r in out.readings if r.period == "reporting"]
    base[2].consumption = [e for e in base[2].consumption if e.resource != "electricity"]
    for r in rep:
        r.production = Q(round(r.production.value * 1.2, 1), "hL")
    rep[5].production = Q(round(rep[5].production.value * 3, 1), "hL")
    rep[3].production = None
    out.readings = [r for r in out.readings if r is not rep[-1]]
    out.consumption = [
        dataclasses.replace(c, quantity=Q(c.quantity.value, "m3"), unit_price=None)
        if c.resource == "rice" and c.period == "reporting"
        else c
        for c in out.consumption
    ]
    out.consumption += [
        Consumption("coal_dust", "baseline", Q(12.0, "t")),
        Consumption("naoh", "reporting", Q(None, "kg")),  # type: ignore[arg-type]  # not entered
        Consumption("lime", "baseline", Q(0.0, "t")),
        Consumption("lime", "reporting", Q(5.0, "t")),
    ]
    out.settings = dataclasses.replace(out.settings, grid_emission_factor_year=2030, savings_methods={"coal": "ratio"})
    return out
