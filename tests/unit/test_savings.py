"""Savings, energy, CO2 and targets against figures worked by hand."""

from __future__ import annotations

import pytest

from sxsh_desktop.domain.model import Assessment, Consumption, Period, Product, Settings
from sxsh_desktop.domain.quantities import Quantity as Q
from sxsh_desktop.domain.savings import compute_savings


def _assessment(consumption, p_b=Q(10000, "hL"), p_r=Q(11000, "hL"), unit="hL", grid_year=2022):
    return Assessment(
        id="00000000-0000-4000-8000-000000000001",
        product=Product("Bia", unit),
        baseline=Period("2022-01-01", "2022-12-31", p_b),
        reporting=Period("2024-01-01", "2024-12-31", p_r) if p_r else None,
        consumption=consumption,
        settings=Settings(grid_emission_factor_year=grid_year),
    )


def _resource(summary, key):
    return next(r for r in summary["resources"] if r["resource"] == key)


def test_specific_consumption_and_normalised_saving_by_hand():
    # electricity: 200 000 kWh / 10 000 hL = 20 kWh/hL; 198 000 / 11 000 = 18 kWh/hL
    # saving = (20 − 18) × 11 000 = 22 000 kWh; percent = 1 − 18/20 = 10 %
    a = _assessment(
        [
            Consumption("electricity", "baseline", Q(200000, "kWh")),
            Consumption("electricity", "reporting", Q(198000, "kWh")),
        ]
    )
    s = compute_savings(a)
    r = _resource(s, "electricity")
    assert r["baseline"]["specific"] == pytest.approx(20.0)
    assert r["reporting"]["specific"] == pytest.approx(18.0)
    assert r["specific_unit"] == "kWh/hL"
    assert r["saving"]["quantity"] == pytest.approx(22000.0)
    assert r["saving"]["percent"] == pytest.approx(10.0)
    assert s["production"]["ratio"] == pytest.approx(1.1)
    assert s["warnings"] == []  # +10 % exactly is inside the ±10 % band


def test_mixed_units_production_in_litres_consumption_in_mwh_and_kg():
    # Product in hL; baseline production typed in L: 1 000 000 L = 10 000 hL.
    # Electricity baseline 200 MWh (unit of the figures: MWh), reporting 198 000 kWh = 198 MWh.
    # Coal baseline 150 t, reporting 148 500 kg = 148.5 t; production 11 000 hL.
    # coal SEC 0.015 t/hL → 0.0135 t/hL; saving 0.0015 × 11 000 = 16.5 t (10 %).
    a = _assessment(
        [
            Consumption("electricity", "baseline", Q(200, "MWh")),
            Consumption("electricity", "reporting", Q(198000, "kWh")),
            Consumption("coal", "baseline", Q(150, "t"), carrier="coal_fines_3_4"),
            Consumption("coal", "reporting", Q(148500, "kg"), carrier="coal_fines_3_4"),
        ],
        p_b=Q(1_000_000, "L"),
    )
    s = compute_savings(a)
    assert s["production"]["baseline"] == {"value": pytest.approx(10000.0), "unit": "hL"}
    el = _resource(s, "electricity")
    assert el["unit"] == "MWh" and el["specific_unit"] == "MWh/hL"
    assert el["saving"]["quantity"] == pytest.approx(22.0)
    coal = _resource(s, "coal")
    assert coal["reporting"]["consumption"] == pytest.approx(148.5)
    assert coal["saving"]["quantity"] == pytest.approx(16.5)
    assert coal["saving"]["percent"] == pytest.approx(10.0)


def test_energy_in_toe_and_gj_and_the_percent_on_toe():
    # TOE: electricity 0.0001543 TOE/kWh; coal fines 3–4 0.60 TOE/t.
    # baseline: 200 000 kWh → 30.86 TOE; 150 t → 90 TOE; total 120.86 TOE over 10 000 hL
    # reporting: 198 000 kWh → 30.5514 TOE; 148.5 t → 89.1 TOE; total 119.6514 TOE over 11 000 hL
    # SEC_b = 0.012086; SEC_r = 0.0108774; saving = (0.012086 − 0.0108774) × 11 000 = 13.2946 TOE
    # percent = 1 − 0.0108774/0.012086 = 10.0 %
    # GJ (final): electricity 3.6 MJ/kWh: 720 GJ, 712.8 GJ; coal NCV 26.7 GJ/t: 4005 GJ, 3964.95 GJ
    # saving_gj = (4725/10 000 − 4677.75/11 000) × 11 000 = 5197.5 − 4677.75 = 519.75 GJ
    a = _assessment(
        [
            Consumption("electricity", "baseline", Q(200000, "kWh")),
            Consumption("electricity", "reporting", Q(198000, "kWh")),
            Consumption("coal", "baseline", Q(150, "t"), carrier="coal_fines_3_4"),
            Consumption("coal", "reporting", Q(148500, "kg"), carrier="coal_fines_3_4"),
        ]
    )
    e = compute_savings(a)["energy"]
    assert e["baseline_toe"] == pytest.approx(120.86)
    assert e["reporting_toe"] == pytest.approx(119.6514)
    assert e["specific_baseline_toe"] == pytest.approx(0.012086)
    assert e["saving_toe"] == pytest.approx(13.2946)
    assert e["saving_percent"] == pytest.approx(10.0)
    assert e["saving_gj"] == pytest.approx(519.75)


def test_co2_from_grid_factor_of_the_year_and_fuel_by_ncv_and_ipcc_factor():
    # electricity saving 22 000 kWh = 22 MWh × 0.6766 tCO2/MWh (2022) = 14.8852 t
    # coal saving 16.5 t × 26.7 GJ/t × 98 300 kg/TJ = 440.55 GJ × 0.0983 t/GJ = 43.306065 t
    a = _assessment(
        [
            Consumption("electricity", "baseline", Q(200000, "kWh")),
            Consumption("electricity", "reporting", Q(198000, "kWh")),
            Consumption("coal", "baseline", Q(150, "t"), carrier="coal_fines_3_4"),
            Consumption("coal", "reporting", Q(148.5, "t"), carrier="coal_fines_3_4"),
        ]
    )
    co2 = compute_savings(a)["co2"]
    assert co2["saving_t"] == pytest.approx(14.8852 + 43.306065)
    grid = next(f for f in co2["factors"] if f["carrier"] == "electricity")
    assert grid == {
        "carrier": "electricity",
        "value": 0.6766,
        "unit": "tCO2/MWh",
        "year": 2022,
        "source": grid["source"],
    }
    assert "327/BĐKH-PTCBT" in grid["source"]


def test_grid_year_without_an_official_factor_uses_the_latest_and_says_so():
    a = _assessment(
        [
            Consumption("electricity", "baseline", Q(100, "MWh")),
            Consumption("electricity", "reporting", Q(90, "MWh")),
        ],
        grid_year=2025,
        p_r=Q(10000, "hL"),
    )
    s = compute_savings(a)
    assert s["co2"]["saving_t"] == pytest.approx(10 * 0.6592)
    assert any("2025" in w and "2023" in w for w in s["warnings"])


def test_diesel_in_litres_uses_the_official_factor_per_1000_litres():
    # DO: 0.88 TOE per 1 000 L; 10 000 L → 8.8 TOE; 8 000 L → 7.04 TOE; same production
    a = _assessment(
        [
            Consumption("do", "baseline", Q(10000, "L")),
            Consumption("do", "reporting", Q(8, "m3")),
        ],
        p_r=Q(10000, "hL"),
    )
    e = compute_savings(a)["energy"]
    assert e["baseline_toe"] == pytest.approx(8.8)
    assert e["reporting_toe"] == pytest.approx(7.04)
    assert e["saving_percent"] == pytest.approx(20.0)


def test_natural_gas_per_thousand_cubic_metres():
    a = _assessment(
        [
            Consumption("natural_gas", "baseline", Q(50000, "Nm3")),
            Consumption("natural_gas", "reporting", Q(45000, "Nm³")),
        ],
        p_r=Q(10000, "hL"),
    )
    e = compute_savings(a)["energy"]
    assert e["baseline_toe"] == pytest.approx(45.0)  # 50 × 0.90
    assert e["reporting_toe"] == pytest.approx(40.5)


def test_cost_saving_uses_reporting_unit_price_converted_to_the_figures_unit():
    # water saving: SEC 0.5 → 0.45 m³/hL; saving 0.05 × 11 000 = 550 m³; price 12 VND/L = 12 000 VND/m³
    a = _assessment(
        [
            Consumption("water", "baseline", Q(5000, "m³"), unit_price=Q(10000, "VND/m³")),
            Consumption("water", "reporting", Q(4950, "m3"), unit_price=Q(12, "VND/L")),
        ]
    )
    s = compute_savings(a)
    w = _resource(s, "water")
    assert w["saving"]["quantity"] == pytest.approx(550.0)
    assert w["cost_saving_vnd"] == pytest.approx(550 * 12000)
    assert s["cost_saving_vnd"] == pytest.approx(550 * 12000)


def test_fuel_priced_per_litre_while_metered_in_tonnes_goes_through_its_density():
    # DO density 0.88/1.02 t/m³; price 20 000 VND/L = 20 000 000 VND/m³ → per t: 20e6 / 0.86275 VND/t
    a = _assessment(
        [
            Consumption("do", "baseline", Q(10, "t"), unit_price=Q(20000, "VND/L")),
            Consumption("do", "reporting", Q(9, "t"), unit_price=Q(20000, "VND/L")),
        ],
        p_r=Q(10000, "hL"),
    )
    r = _resource(compute_savings(a), "do")
    assert r["cost_saving_vnd"] == pytest.approx(1.0 * 20e6 / (0.88 / 1.02), rel=1e-3)


def test_targets_met_when_energy_saving_reaches_the_band_lower_bound():
    def summary(reporting_kwh):
        return compute_savings(
            _assessment(
                [
                    Consumption("electricity", "baseline", Q(100000, "kWh")),
                    Consumption("electricity", "reporting", Q(reporting_kwh, "kWh")),
                ],
                p_r=Q(10000, "hL"),
            )
        )

    bands = {t["period"]: t for t in summary(92000)["targets"]}  # exactly 8 %
    assert bands["2016-2020"]["band_percent"] == [8, 13]
    assert bands["2016-2020"]["met"] is True
    assert bands["2009-2015"]["met"] is True
    bands = {t["period"]: t for t in summary(94000)["targets"]}  # 6 %
    assert bands["2016-2020"]["met"] is False
    assert bands["2009-2015"]["met"] is True
    assert bands["2026-2030"]["met"] is False  # 7–10 %
    # the reporting period ends in 2024: 889/QĐ-TTg's 2021–2025 band (5–8 %) is the one in force
    assert [t["period"] for t in summary(94000)["targets"] if t["in_force"]] == ["2021-2025"]


def test_production_outside_ten_percent_is_warned():
    a = _assessment(
        [
            Consumption("electricity", "baseline", Q(100000, "kWh")),
            Consumption("electricity", "reporting", Q(100000, "kWh")),
        ],
        p_r=Q(11500, "hL"),
    )
    s = compute_savings(a)
    assert any("115%" in w for w in s["warnings"])


def test_resource_without_both_periods_is_listed_warned_and_left_out_of_totals():
    a = _assessment(
        [
            Consumption("electricity", "baseline", Q(100000, "kWh"), unit_price=Q(2000, "VND/kWh")),
            Consumption("electricity", "reporting", Q(90000, "kWh"), unit_price=Q(2000, "VND/kWh")),
            Consumption("coal", "baseline", Q(100, "t"), carrier="coal_fines_1_2", unit_price=Q(4e6, "VND/t")),
        ],
        p_r=Q(10000, "hL"),
    )
    s = compute_savings(a)
    coal = _resource(s, "coal")
    assert coal["baseline"]["consumption"] == 100 and coal["reporting"] is None and coal["saving"] is None
    assert s["energy"]["baseline_toe"] == pytest.approx(100000 * 0.0001543)
    assert s["cost_saving_vnd"] == pytest.approx(10000 * 2000)
    assert any("'coal'" in w for w in s["warnings"])


def test_no_reporting_period_gives_no_savings_and_says_so():
    a = _assessment([Consumption("electricity", "baseline", Q(100000, "kWh"))], p_r=None)
    s = compute_savings(a)
    assert s["energy"] is None
    assert all(t["met"] is False for t in s["targets"])
    assert any("reporting period" in w for w in s["warnings"])
    vi = compute_savings(a, language="vi")
    assert any("kỳ báo cáo" in w for w in vi["warnings"])


def test_biogenic_wood_counts_in_energy_but_not_in_the_co2_total():
    a = _assessment(
        [
            Consumption("wood", "baseline", Q(100, "t")),
            Consumption("wood", "reporting", Q(90, "t")),
        ],
        p_r=Q(10000, "hL"),
    )
    s = compute_savings(a)
    assert s["energy"]["saving_toe"] == pytest.approx(10 * 0.3726)
    assert s["co2"]["saving_t"] == 0
    assert s["co2"]["biogenic_saving_t"] == pytest.approx(10 * 15.6 * 0.112)


def test_two_meters_of_the_same_resource_are_summed():
    a = _assessment(
        [
            Consumption("electricity", "baseline", Q(60000, "kWh")),
            Consumption("electricity", "baseline", Q(40, "MWh")),
            Consumption("electricity", "reporting", Q(90000, "kWh")),
        ],
        p_r=Q(10000, "hL"),
    )
    r = _resource(compute_savings(a), "electricity")
    assert r["baseline"]["consumption"] == pytest.approx(100000)
    assert r["saving"]["percent"] == pytest.approx(10.0)


def test_key_energy_user_from_annual_toe():
    a = _assessment(
        [
            Consumption("coal", "baseline", Q(1700, "t"), carrier="coal_fines_3_4"),  # 1 020 TOE in a year
            Consumption("coal", "reporting", Q(1600, "t"), carrier="coal_fines_3_4"),
        ],
        p_r=Q(10000, "hL"),
    )
    e = compute_savings(a)["energy"]
    assert e["annual_baseline_toe"] == pytest.approx(1020.0)
    assert e["key_energy_user"] is True


def test_sample_brewery_figures():
    from sxsh_desktop.interchange.document import read_document
    from sxsh_desktop.paths import resources_dir

    a = read_document(resources_dir() / "samples" / "brewery-sample.json")
    s = compute_savings(a)
    # production 12 000 000 L = 120 000 hL; 125 000 hL
    assert s["production"]["ratio"] == pytest.approx(125000 / 120000)
    # TOE: 1 860 000 × 0.0001543 + 1 450 × 0.60 + 18 × 0.88 = 286.998 + 870 + 15.84 = 1 172.838
    assert s["energy"]["baseline_toe"] == pytest.approx(1172.838)
    # 1 790 000 × 0.0001543 + 1 330 × 0.60 + 16 × 0.88 = 276.197 + 798 + 14.08 = 1 088.277
    assert s["energy"]["reporting_toe"] == pytest.approx(1088.277)
    assert s["energy"]["saving_percent"] == pytest.approx((1 - (1088.277 / 125000) / (1172.838 / 120000)) * 100)
    # saving (1 − 0.0087062 / 0.0097737) = 10.92 %: every band's lower bound is reached
    assert {t["period"]: t["met"] for t in s["targets"]} == {
        "2009-2015": True,
        "2016-2020": True,
        "2021-2025": True,
        "2026-2030": True,
    }
    in_force = [t for t in s["targets"] if t["in_force"]]
    assert [(t["programme"], t["period"], t["indicative"]) for t in in_force] == [("889/QĐ-TTg", "2021-2025", False)]


def test_a_fuel_the_table_does_not_know_is_warned_not_silently_dropped():
    a = _assessment(
        [
            Consumption("coal", "baseline", Q(100, "t")),
            Consumption("coal", "reporting", Q(90, "t")),
        ],
        p_r=Q(10000, "hL"),
    )
    s = compute_savings(a)
    assert s["energy"] is None
    assert any("'coal' looks like a fuel" in w and "coal_fines_3_4" in w for w in s["warnings"])


def test_rice_husk_is_biogenic_biomass():
    a = _assessment(
        [
            Consumption("rice_husk", "baseline", Q(1000, "t")),
            Consumption("rice_husk", "reporting", Q(900, "t")),
        ],
        p_r=Q(10000, "hL"),
    )
    s = compute_savings(a)
    assert s["energy"]["saving_gj"] == pytest.approx(100 * 11.6)
    assert s["co2"]["saving_t"] == 0
    assert s["co2"]["biogenic_saving_t"] == pytest.approx(100 * 11.6 * 0.1)


def test_a_templates_placeholder_baseline_is_not_taken_for_data():
    from sxsh_desktop.interchange.template_assessment import new_assessment_from_template
    from sxsh_desktop.interchange.templates import find_template

    a = new_assessment_from_template(find_template("beer"), "Nhà máy bia thử")
    s = compute_savings(a)
    assert s["production"]["baseline"] is None
    assert s["warnings"][0].startswith("No baseline data entered yet")
    assert not any(w.startswith("No baseline period") for w in s["warnings"])
