"""Readings, the regression baseline and savings by method, against figures computed here with numpy."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from scipy import stats

from sxsh_desktop.domain.model import Assessment, Consumption, Period, Product, Settings
from sxsh_desktop.domain.quantities import Quantity as Q
from sxsh_desktop.domain.quantities import UnitError
from sxsh_desktop.domain.readings import Reading, ReadingEntry, monthly_spans, parse_cell, parse_month, parse_span
from sxsh_desktop.domain.reference import carriers
from sxsh_desktop.domain.savings import compute_savings
from sxsh_desktop.domain.validation import validate_assessment

# a seasonal seafood plant: output peaks in the fishing season; a large fixed load (cold stores, chillers)
SEASON = [700, 750, 900, 1100, 1300, 1400, 1350, 1200, 1000, 850, 750, 700]
WOBBLE = [1500, -1800, 900, -600, 2100, -1200, 300, -2400, 1700, -500, 1100, -1100]


def _plant(base_rows, rep_rows, *, consumption=None, settings=None, base=("2024-01-01", "2024-12-31")):
    return Assessment(
        id="00000000-0000-4000-8000-0000000000aa",
        product=Product("Cá phi lê", "t"),
        baseline=Period(base[0], base[1], Q(1, "t")),
        reporting=Period("2026-01-01", "2026-12-31", Q(1, "t")),
        consumption=consumption
        if consumption is not None
        else [
            Consumption("electricity", "baseline", Q(1, "kWh"), unit_price=Q(1900, "VND/kWh")),
            Consumption("electricity", "reporting", Q(1, "kWh"), unit_price=Q(2000, "VND/kWh")),
        ],
        settings=settings or Settings(grid_emission_factor_year=2023),
        readings=base_rows + rep_rows,
    )


def _rows(period, start, end, production, energy, resource="electricity", unit="kWh", drivers=None):
    out = []
    for i, (s, e) in enumerate(monthly_spans(start, end)):
        entry = [ReadingEntry(resource, Q(energy[i], unit))] if energy[i] is not None else []
        out.append(Reading(period, s, e, Q(production[i], "t"), entry, dict(drivers[i]) if drivers else {}))
    return out


def _resource(summary, key):
    return next(r for r in summary["resources"] if r["resource"] == key)


def _fixed_load_case():
    p_b = np.array(SEASON, dtype=float)
    e_b = 225000 + 75 * p_b + np.array(WOBBLE)
    p_r = p_b * 1.07
    e_r = 0.965 * (225000 + 75 * p_r)  # 3.5 % real saving
    base = _rows("baseline", "2024-01-01", "2024-12-31", list(p_b), list(e_b))
    rep = _rows("reporting", "2026-01-01", "2026-12-31", list(p_r), list(e_r))
    return p_b, e_b, p_r, e_r, base, rep


def test_fixed_load_regression_and_ratio_disagree_on_the_target():
    p_b, e_b, p_r, e_r, base, rep = _fixed_load_case()
    # independent: OLS with numpy, E = a + b·P on the twelve calendar months
    x = np.column_stack([np.ones(12), p_b])
    beta, *_ = np.linalg.lstsq(x, e_b, rcond=None)
    fitted = x @ beta
    sse = ((e_b - fitted) ** 2).sum()
    r2 = 1 - sse / ((e_b - e_b.mean()) ** 2).sum()
    dof = 12 - 2
    cov = sse / dof * np.linalg.inv(x.T @ x)
    p_slope = 2 * stats.t.sf(abs(beta[1] / np.sqrt(cov[1, 1])), dof)
    adjusted = (beta[0] + beta[1] * p_r).sum()

    s = compute_savings(_plant(base, rep))
    r = _resource(s, "electricity")
    m = r["model"]
    assert r["method"] == "regression"
    assert m["intercept"] == pytest.approx(beta[0], rel=1e-9)
    assert m["slope"] == pytest.approx(beta[1], rel=1e-9)
    assert m["r2"] == pytest.approx(r2, rel=1e-9)
    assert m["adj_r2"] == pytest.approx(1 - (1 - r2) * 11 / dof, rel=1e-9)
    assert m["cv_rmse_percent"] == pytest.approx(np.sqrt(sse / dof) / e_b.mean() * 100, rel=1e-9)
    assert m["nmbe_percent"] == pytest.approx((e_b - fitted).sum() / (dof * e_b.mean()) * 100, abs=1e-9)
    assert m["p_slope"] == pytest.approx(p_slope, rel=1e-6)
    assert m["n"] == 12 and m["valid"] is True
    assert r["adjusted_baseline"] == pytest.approx(adjusted, rel=1e-9)
    assert r["saving"]["quantity"] == pytest.approx(adjusted - e_r.sum(), rel=1e-9)
    assert r["saving"]["percent"] == pytest.approx((adjusted - e_r.sum()) / adjusted * 100, rel=1e-9)
    assert r["cusum"][-1]["cumulative_saving"] == pytest.approx(r["saving"]["quantity"], rel=1e-9)
    assert len(r["cusum"]) == 12

    # the verdict: about 3.5 % by regression, about 8 % by the ratio of specific consumption
    ratio_percent = (1 - (e_r.sum() / p_r.sum()) / (e_b.sum() / p_b.sum())) * 100
    assert ratio_percent >= 8.0
    assert s["energy"]["saving_percent"] == pytest.approx(r["saving"]["percent"], rel=1e-9)
    assert s["energy"]["saving_percent"] < 5.0
    band = next(t for t in s["targets"] if t["band_percent"][0] == 8)
    assert band["met"] is False
    toe = 0.0001543
    assert s["energy"]["saving_toe"] == pytest.approx((adjusted - e_r.sum()) * toe, rel=1e-9)
    assert s["energy"]["saving_gj"] == pytest.approx((adjusted - e_r.sum()) * 0.0036, rel=1e-9)
    assert s["cost_saving_vnd"] == pytest.approx((adjusted - e_r.sum()) * 2000, rel=1e-9)
    assert s["co2"]["saving_t"] == pytest.approx((adjusted - e_r.sum()) / 1000 * 0.6592, rel=1e-6)

    # the same plant kept on the ratio method (the user's choice, both being possible): the band is met
    kept = compute_savings(
        _plant(
            base,
            rep,
            settings=Settings(grid_emission_factor_year=2023, savings_methods={"electricity": "ratio"}),
        )
    )
    rk = _resource(kept, "electricity")
    assert rk["method"] == "ratio" and rk["regression_possible"] is True
    assert rk["saving"]["percent"] == pytest.approx(ratio_percent, rel=1e-9)
    assert next(t for t in kept["targets"] if t["band_percent"][0] == 8)["met"] is True
    assert any("ratio method was chosen" in w for w in kept["warnings"])
    assert rk["cusum"][-1]["cumulative_saving"] == pytest.approx(rk["saving"]["quantity"], rel=1e-9)


def test_too_few_readings_fall_back_to_ratio_with_the_reason():
    p_b, e_b, p_r, e_r, base, rep = _fixed_load_case()
    a = _plant(base[:8], rep, base=("2024-01-01", "2024-08-31"))
    s = compute_savings(a)
    r = _resource(s, "electricity")
    assert r["method"] == "ratio" and r["model"] is None and r["adjusted_baseline"] is None
    assert "only 8 baseline readings (at least 12 are needed)" in r["method_reason"]
    assert any(w.startswith("'electricity': the ratio method is used because only 8") for w in s["warnings"])
    sec_b = e_b[:8].sum() / p_b[:8].sum()
    sec_r = e_r.sum() / p_r.sum()
    assert r["saving"]["quantity"] == pytest.approx((sec_b - sec_r) * p_r.sum(), rel=1e-9)
    vi = compute_savings(a, language="vi")
    assert any("chỉ có 8 kỳ đọc" in w for w in vi["warnings"])


def test_invalid_model_says_which_threshold_in_plain_words():
    p_b = np.array(SEASON, float)
    e_b = 300000 + 5 * p_b + np.array(WOBBLE) * 3  # production hardly matters: R² low
    base = _rows("baseline", "2024-01-01", "2024-12-31", list(p_b), list(e_b))
    rep = _rows("reporting", "2026-01-01", "2026-12-31", list(p_b), list(e_b * 0.95))
    r = _resource(compute_savings(_plant(base, rep), language="vi"), "electricity")
    x = np.column_stack([np.ones(12), p_b])
    beta, *_ = np.linalg.lstsq(x, e_b, rcond=None)
    r2 = 1 - ((e_b - x @ beta) ** 2).sum() / ((e_b - e_b.mean()) ** 2).sum()
    assert r2 < 0.75
    assert r["method"] == "ratio" and r["model"]["valid"] is False
    assert f"R² {r['model']['r2']:.2f}".replace(".", ",") + " < 0,75" in r["method_reason"]
    # a lower threshold set on the assessment lets the same model through
    lenient = Settings(grid_emission_factor_year=2023, regression_min_r2=0.01, regression_max_p_slope=0.9)
    assert _resource(compute_savings(_plant(base, rep, settings=lenient)), "electricity")["method"] == "regression"


def test_a_reporting_month_outside_the_baselines_range_is_warned():
    p_b, e_b, p_r, e_r, base, rep = _fixed_load_case()
    rep[5].production = Q(2500, "t")  # June 2026: far above any baseline month
    s = compute_savings(_plant(base, rep))
    r = _resource(s, "electricity")
    assert r["method"] == "regression"
    warning = next(w for w in s["warnings"] if "outside the baseline's range" in w)
    assert "06/2026" in warning and "700 t" in warning and "1,400 t" in warning
    assert warning in r["model"]["warnings"]


def test_a_second_driver_cooling_degree_days():
    rng = np.random.default_rng(7)
    p_b = np.array(SEASON, float)
    cdd = np.array([20, 30, 80, 150, 220, 260, 270, 250, 200, 120, 60, 25], float)
    e_b = 100000 + 50 * p_b + 300 * cdd + rng.normal(0, 800, 12)
    p_r = p_b * 1.05
    cdd_r = cdd + 15
    e_r = 0.95 * (100000 + 50 * p_r + 300 * cdd_r)
    base = _rows("baseline", "2024-01-01", "2024-12-31", list(p_b), list(e_b), drivers=[{"cdd": v} for v in cdd])
    rep = _rows("reporting", "2026-01-01", "2026-12-31", list(p_r), list(e_r), drivers=[{"cdd": v} for v in cdd_r])
    x = np.column_stack([np.ones(12), p_b, cdd])
    beta, *_ = np.linalg.lstsq(x, e_b, rcond=None)
    sse = ((e_b - x @ beta) ** 2).sum()
    dof = 12 - 3
    r2 = 1 - sse / ((e_b - e_b.mean()) ** 2).sum()
    adjusted = (np.column_stack([np.ones(12), p_r, cdd_r]) @ beta).sum()
    r = _resource(compute_savings(_plant(base, rep)), "electricity")
    m = r["model"]
    assert m["coefficients"]["cdd"] == pytest.approx(beta[2], rel=1e-9)
    assert m["adj_r2"] == pytest.approx(1 - (1 - r2) * 11 / dof, rel=1e-9)
    assert m["cv_rmse_percent"] == pytest.approx(np.sqrt(sse / dof) / e_b.mean() * 100, rel=1e-9)
    assert set(m["p_values"]) == {"intercept", "production", "cdd"}
    assert r["adjusted_baseline"] == pytest.approx(adjusted, rel=1e-9)
    assert r["saving"]["percent"] == pytest.approx((adjusted - e_r.sum()) / adjusted * 100, rel=1e-9)
    # a reporting reading without the driver cannot be predicted: ratio, with the reason
    rep[3].drivers = {}
    r = _resource(compute_savings(_plant(base, rep)), "electricity")
    assert r["method"] == "ratio" and "04/2026 has no value of the driver 'cdd'" in r["method_reason"]


def _scale(days, mean):
    return 1.0 if abs(days - mean) <= 0.1 * mean else days / mean


def test_unequal_month_lengths_count_the_fixed_load_for_the_days_it_ran():
    # a fixed load of 3 000 kWh a day plus 60 kWh/t. The baseline is read as January–February together
    # (60 days), March to October by month, November in two halves and December; the reporting period by
    # month to October, then November–December together (61 days).
    spans = [("2024-01-01", "2024-02-29")] + monthly_spans("2024-03-01", "2024-10-31")
    spans += [("2024-11-01", "2024-11-15"), ("2024-11-16", "2024-11-30"), ("2024-12-01", "2024-12-31")]
    output = [1450, 900, 1100, 1300, 1400, 1350, 1200, 1000, 850, 370, 380, 700]
    wobble = np.array(WOBBLE) / 3
    base = [
        Reading("baseline", s, e, Q(p, "t"), [ReadingEntry("electricity", Q(3000 * d + 60 * p + w, "kWh"))])
        for (s, e), p, w in zip(spans, output, wobble, strict=True)
        for d in [(date.fromisoformat(e) - date.fromisoformat(s)).days + 1]
    ]
    rep = _rows("reporting", "2026-01-01", "2026-10-31", SEASON[:10], [None] * 10)
    rep.append(Reading("reporting", "2026-11-01", "2026-12-31", Q(1450, "t")))
    for r in rep:
        r.consumption = [ReadingEntry("electricity", Q(0.9 * (3000 * r.days + 60 * r.production.value), "kWh"))]
    days = np.array([r.days for r in base], float)
    mean = days.mean()
    e_b = np.array([r.consumption[0].quantity.value for r in base])
    x = np.column_stack([[_scale(d, mean) for d in days], output])
    beta, *_ = np.linalg.lstsq(x, e_b, rcond=None)
    expected = sum(beta[0] * _scale(r.days, mean) + beta[1] * r.production.value for r in rep)
    actual = sum(r.consumption[0].quantity.value for r in rep)
    s = compute_savings(_plant(base, rep))
    r = _resource(s, "electricity")
    assert r["method"] == "regression"
    assert r["model"]["intercept"] == pytest.approx(beta[0], rel=1e-9)
    assert r["model"]["slope"] == pytest.approx(beta[1], rel=1e-9)
    assert r["adjusted_baseline"] == pytest.approx(expected, rel=1e-9)
    assert r["saving"]["quantity"] == pytest.approx(expected - actual, rel=1e-9)
    assert r["cusum"][-1]["start"] == "2026-11-01" and len(r["cusum"]) == 11
    # the fixed load is counted for the days it ran: close to the true 10 %, where an intercept per
    # reading (one fixed load for the two-month and the half-month readings alike) is far off
    assert r["saving"]["percent"] == pytest.approx(10.0, abs=0.5)
    plain, *_ = np.linalg.lstsq(np.column_stack([np.ones(12), output]), e_b, rcond=None)
    plain_expected = sum(plain[0] + plain[1] * r.production.value for r in rep)
    assert abs((plain_expected - actual) / plain_expected * 100 - 10.0) > 1.0
    # the 61-day reading's production, per average-length reading (725 t), is inside the baseline's range
    assert not any("outside" in w for w in s["warnings"])


def test_a_resource_with_readings_in_one_period_only():
    p_b, e_b, p_r, e_r, base, rep = _fixed_load_case()
    water_b = 4000 + 8 * p_b + np.array(WOBBLE) / 20
    for r, w in zip(base, water_b, strict=True):
        r.consumption.append(ReadingEntry("water", Q(w, "m3")))
    consumption = [
        Consumption("electricity", "baseline", Q(1, "kWh")),
        Consumption("electricity", "reporting", Q(1, "kWh")),
        Consumption("water", "baseline", Q(1, "m3"), unit_price=Q(12000, "VND/m3")),
        Consumption("water", "reporting", Q(150000, "m3")),  # an annual figure only
        Consumption("coal", "baseline", Q(600, "t"), carrier="coal_fines_3_4"),  # annual; reporting read monthly
    ]
    for r in rep:
        r.consumption.append(ReadingEntry("coal", Q(0.045 * r.production.value, "t"), carrier="coal_fines_3_4"))
    s = compute_savings(_plant(base, rep, consumption=consumption))
    water = _resource(s, "water")
    days = np.array([r.days for r in base], float)
    beta, *_ = np.linalg.lstsq(np.column_stack([np.ones(12), p_b]), water_b, rcond=None)
    expected = beta[0] * 365 / days.mean() + beta[1] * p_r.sum()  # the whole reporting year as one reading
    assert water["method"] == "regression"
    assert water["adjusted_baseline"] == pytest.approx(expected, rel=1e-9)
    assert water["saving"]["quantity"] == pytest.approx(expected - 150000, rel=1e-9)
    assert water["cost_saving_vnd"] == pytest.approx((expected - 150000) * 12000, rel=1e-9)
    assert len(water["cusum"]) == 1 and water["cusum"][0]["cumulative_saving"] == pytest.approx(expected - 150000)
    coal = _resource(s, "coal")
    assert coal["method"] == "ratio" and coal["model"] is None
    assert coal["reporting"]["consumption"] == pytest.approx(0.045 * p_r.sum(), rel=1e-9)
    sec_b = 600 / p_b.sum()
    assert coal["saving"]["quantity"] == pytest.approx((sec_b - 0.045) * p_r.sum(), rel=1e-9)
    assert coal["cusum"][-1]["cumulative_saving"] == pytest.approx(coal["saving"]["quantity"], rel=1e-9)
    # energy percent: Σ savings in TOE over Σ expected use in TOE (adjusted baseline or SEC_b·P_r)
    elec = _resource(s, "electricity")
    coal_toe = carriers()["coal_fines_3_4"].toe_of(Q(1, "t"))[0]
    saving = elec["saving"]["quantity"] * 0.0001543 + coal["saving"]["quantity"] * coal_toe
    expected_toe = elec["adjusted_baseline"] * 0.0001543 + sec_b * p_r.sum() * coal_toe
    assert s["energy"]["saving_toe"] == pytest.approx(saving, rel=1e-9)
    assert s["energy"]["saving_percent"] == pytest.approx(saving / expected_toe * 100, rel=1e-9)


def test_totals_come_from_the_readings_and_a_differing_entry_is_warned():
    p_b, e_b, p_r, e_r, base, rep = _fixed_load_case()
    consumption = [
        Consumption("electricity", "baseline", Q(e_b.sum() * 1.004, "kWh")),  # within 0.5 %: quiet
        Consumption("electricity", "reporting", Q(e_r.sum() / 1000 * 1.02, "MWh"), unit_price=Q(2000, "VND/kWh")),
    ]
    a = _plant(base, rep, consumption=consumption)
    a.baseline.production = Q(p_b.sum(), "t")
    a.reporting.production = Q(p_r.sum(), "t")
    s = compute_savings(a)
    r = _resource(s, "electricity")
    assert r["baseline"]["consumption"] == pytest.approx(e_b.sum())
    assert s["production"]["reporting"]["value"] == pytest.approx(p_r.sum())
    differs = [w for w in s["warnings"] if "differs from the readings' sum" in w]
    assert len(differs) == 1 and "reporting period" in differs[0] and "MWh" in differs[0]


def test_an_older_assessment_without_readings_keeps_its_figures():
    a = _plant([], [])
    a.baseline.production, a.reporting.production = Q(10000, "t"), Q(11000, "t")
    a.consumption = [
        Consumption("electricity", "baseline", Q(200000, "kWh")),
        Consumption("electricity", "reporting", Q(198000, "kWh")),
    ]
    s = compute_savings(a)
    r = _resource(s, "electricity")
    assert r["saving"] == {"quantity": pytest.approx(22000.0), "percent": pytest.approx(10.0)}
    assert (r["method"], r["model"], r["adjusted_baseline"], r["cusum"]) == ("ratio", None, None, [])
    assert s["energy"]["saving_percent"] == pytest.approx(10.0)
    assert not any("ratio method" in w for w in s["warnings"])


def test_months_and_numbers_as_typed():
    assert parse_month("01/2024") == ("2024-01-01", "2024-01-31")
    assert parse_month("T2/2024") == ("2024-02-01", "2024-02-29")
    assert parse_month("2023-02") == ("2023-02-01", "2023-02-28")
    assert parse_span("01/01/2024 – 15/02/2024") == ("2024-01-01", "2024-02-15")
    assert parse_cell("12.500,5", "x") == 12500.5
    assert parse_cell("12,500.5", "x", "en") == 12500.5
    assert parse_cell("  ", "x") is None
    with pytest.raises(UnitError, match="month: '13/2024' has no month 13"):
        parse_month("13/2024")
    with pytest.raises(UnitError, match="write it like 01/2024"):
        parse_month("january")


def test_readings_that_overlap_or_lie_outside_their_period_are_refused():
    p_b, e_b, p_r, e_r, base, rep = _fixed_load_case()
    base[1].start = "2024-01-20"  # overlaps January
    rep[0].start = "2025-12-15"  # before the reporting period
    base[2].consumption[0].quantity = Q(5, "t")  # not an energy
    problems = [str(p) for p in validate_assessment(_plant(base, rep))]
    assert any(
        "readings[1]: 2024-01-20 to 2024-02-29 overlaps the reading 2024-01-01 to 2024-01-31" in p for p in problems
    )
    assert any("not inside the reporting period (2026-01-01 to 2026-12-31)" in p for p in problems)
    assert any(p.startswith("readings[2].consumption[0].quantity (electricity)") for p in problems)
    bad = Settings(regression_min_r2=1.5)
    assert any("settings.regression_min_r2" in str(p) for p in validate_assessment(_plant([], [], settings=bad)))


def test_scipy_is_loaded_only_when_a_model_is_fitted():
    import subprocess
    import sys

    # pint imports the bare scipy package when it is installed; the statistics (scipy.special) come only
    # with the first model, and the app's modules import neither
    code = (
        "import sys\n"
        "import sxsh_desktop.cli, sxsh_desktop.domain.savings, sxsh_desktop.domain.mv\n"
        "print('scipy' in sys.modules)\n"
        "from sxsh_desktop.domain.savings import compute_savings\n"
        "from sxsh_desktop.interchange.document import read_document\n"
        "from sxsh_desktop.services.documents import sample_path\n"
        "compute_savings(read_document(sample_path()))\n"
        "print('scipy.special' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_a_resource_read_in_only_some_months_is_on_the_production_of_those_months():
    # steam coal read January to August of the baseline only (the boiler log book lost the rest): its SEC is
    # on those eight months' production, not on the year's (which would halve it and invent a loss)
    p_b, e_b, p_r, e_r, base, rep = _fixed_load_case()
    coal_b = 0.05 * p_b + 20
    for i, r in enumerate(base[:8]):
        r.consumption.append(ReadingEntry("coal", Q(coal_b[i], "t"), carrier="coal_fines_3_4"))
    for r in rep:
        r.consumption.append(ReadingEntry("coal", Q(0.046 * r.production.value + 20, "t"), carrier="coal_fines_3_4"))
    consumption = [
        Consumption("electricity", "baseline", Q(1, "kWh")),
        Consumption("electricity", "reporting", Q(1, "kWh")),
        Consumption("coal", "baseline", Q(1, "t"), carrier="coal_fines_3_4"),
        Consumption("coal", "reporting", Q(1, "t"), carrier="coal_fines_3_4"),
    ]
    s = compute_savings(_plant(base, rep, consumption=consumption))
    coal = _resource(s, "coal")
    sec_b = coal_b[:8].sum() / p_b[:8].sum()
    sec_r = (0.046 * p_r + 20).sum() / p_r.sum()
    assert coal["method"] == "ratio" and "only 8 baseline readings" in coal["method_reason"]
    assert coal["baseline"]["specific"] == pytest.approx(sec_b, rel=1e-9)
    assert coal["saving"]["quantity"] == pytest.approx((sec_b - sec_r) * p_r.sum(), rel=1e-9)
    assert coal["saving"]["quantity"] > 0
    assert any("'coal' is read in 8 of the 12 baseline readings" in w for w in s["warnings"])
    elec = _resource(s, "electricity")
    coal_toe = carriers()["coal_fines_3_4"].toe_of(Q(1, "t"))[0]
    saving = elec["saving"]["quantity"] * 0.0001543 + coal["saving"]["quantity"] * coal_toe
    expected = elec["adjusted_baseline"] * 0.0001543 + sec_b * p_r.sum() * coal_toe
    assert s["energy"]["saving_toe"] == pytest.approx(saving, rel=1e-9)
    assert s["energy"]["saving_percent"] == pytest.approx(saving / expected * 100, rel=1e-9)


def test_readings_without_production_are_warned():
    p_b, e_b, p_r, e_r, base, rep = _fixed_load_case()
    base[3].production = None
    s = compute_savings(_plant(base, rep))
    assert (
        "1 of the 12 baseline readings have no production: the period's production holds only the others."
        in s["warnings"]
    )
    assert s["production"]["baseline"]["value"] == pytest.approx(p_b.sum() - p_b[3])
