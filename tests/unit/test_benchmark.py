"""The benchmark against the sector norm: capacity class from annual production, norm period from
the year, SEC in the norm's unit from final energy (3.6 MJ/kWh, fuels by NCV). Figures by hand:

A brewery makes P hL in a calendar year and uses E kWh of electricity only, so its SEC is
E · 3.6 MJ / P. With P = capacity / 100 (L → hL) and E chosen as SEC · P / 3.6 the SEC is exact.
"""

from __future__ import annotations

import dataclasses

import pytest

from sxsh_desktop.domain.benchmark import compare, period_years
from sxsh_desktop.domain.model import Assessment, Consumption, Period, Product
from sxsh_desktop.domain.quantities import Quantity
from sxsh_desktop.domain.savings import compute_savings
from sxsh_desktop.interchange.document import read_document
from sxsh_desktop.interchange.template_assessment import new_assessment_from_template
from sxsh_desktop.interchange.templates import (
    benchmark_assessment,
    load_templates,
    shipped_templates_dir,
)
from sxsh_desktop.paths import resources_dir


@pytest.fixture(scope="module")
def templates():
    found, errors = load_templates([shipped_templates_dir()])
    assert errors == []
    return {t.key: t for t in found}


def brewery(
    million_litres_per_year: float,
    year: int,
    sec_mj_per_hl: float = 250.0,
    reporting: tuple[float, int, float] | None = None,
) -> Assessment:
    """A brewery of a given size for one calendar year, electricity only, at a given SEC."""
    hl = million_litres_per_year * 1e6 / 100
    kwh = sec_mj_per_hl * hl / 3.6
    a = Assessment(
        id="00000000-0000-4000-8000-000000000001",
        template="beer",
        product=Product("Bia", "hL"),
        baseline=Period(f"{year}-01-01", f"{year}-12-31", Quantity(hl, "hL")),
        consumption=[Consumption("electricity", "baseline", Quantity(kwh, "kWh"))],
    )
    if reporting is not None:
        r_million, r_year, r_sec = reporting
        r_hl = r_million * 1e6 / 100
        a.reporting = Period(f"{r_year}-01-01", f"{r_year}-12-31", Quantity(r_hl, "hL"))
        a.consumption.append(Consumption("electricity", "reporting", Quantity(r_sec * r_hl / 3.6, "kWh")))
    return a


# factors.md: < 20 million L/yr 306 / 286; 20–100 215 / 196; > 100 140 / 129 (MJ/hL)
@pytest.mark.parametrize(
    ("million", "year", "norm", "klass"),
    [
        (15, 2020, 306, "Below 20 million L/year"),
        (15, 2021, 286, "Below 20 million L/year"),
        (15, 2024, 286, "Below 20 million L/year"),
        (50, 2020, 215, "20 to 100 million L/year"),
        (50, 2023, 196, "20 to 100 million L/year"),
        (150, 2020, 140, "Above 100 million L/year"),
        (150, 2024, 129, "Above 100 million L/year"),
        (20, 2020, 215, "20 to 100 million L/year"),  # "từ 20 …": 20 itself is in the middle class
        (100, 2022, 196, "20 to 100 million L/year"),  # "… đến 100": 100 itself too
        (100.5, 2022, 129, "Above 100 million L/year"),
        (19.99, 2019, 306, "Below 20 million L/year"),
    ],
)
def test_brewery_gets_the_norm_of_its_class_and_period(templates, million, year, norm, klass):
    r = benchmark_assessment(brewery(million, year, sec_mj_per_hl=250.0), list(templates.values()))
    assert r.status == "ok"
    b = r.baseline
    assert b.capacity_class.en == klass
    assert b.norm_value == norm
    assert b.norm_period == ("to_2020" if year <= 2020 else "2021_2025")
    assert b.annual_production == pytest.approx(million * 1e6)
    assert b.capacity_unit == "L/year"
    assert r.unit == "MJ/hL"
    assert b.sec == pytest.approx(250.0)
    assert b.within is (250.0 <= norm)
    assert b.difference_percent == pytest.approx((250.0 - norm) / norm * 100)
    assert r.source.status == "official" and "19/2016/TT-BCT" in r.source.document
    assert b.notes == ()


def test_baseline_2020_and_reporting_2021_get_their_own_period(templates):
    a = brewery(50, 2020, 220.0, reporting=(52, 2021, 200.0))
    r = benchmark_assessment(a, list(templates.values()))
    assert (r.baseline.norm_value, r.baseline.within) == (215, False)  # 220 > 215
    assert (r.reporting.norm_value, r.reporting.within) == (196, False)  # 200 > 196
    assert r.reporting.sec == pytest.approx(200.0)
    assert r.current is r.reporting
    a2 = brewery(50, 2020, 210.0, reporting=(52, 2021, 190.0))
    r2 = benchmark_assessment(a2, list(templates.values()))
    assert r2.baseline.within and r2.reporting.within


def test_a_norm_replaced_by_a_circular_not_in_the_data_gives_no_verdict(templates):
    # 19/2016/TT-BCT is in force to 31/3/2025; 28/2024/TT-BCT replaces it and its figures are not in the data
    for year in (2025, 2026):
        r = benchmark_assessment(brewery(15, year, sec_mj_per_hl=250.0), list(templates.values()))
        b = r.baseline
        assert b.norm_status == "replaced" and b.norm_value is None and b.within is None
        assert b.sec == pytest.approx(250.0)  # the facility's figure is still shown
        assert any("28/2024/TT-BCT is not in the reference data" in n.en for n in b.notes)
        assert any("định mức theo Thông tư 28/2024/TT-BCT chưa có trong dữ liệu tham chiếu" in n.vi for n in b.notes)
        assert not any("outside the norm's periods" in n.en for n in b.notes)  # said once, with the successor
    # a period ending on the circular's last day still has it
    a = brewery(15, 2024, sec_mj_per_hl=250.0)
    a.baseline = Period("2024-04-01", "2025-03-31", a.baseline.production)
    r = benchmark_assessment(a, list(templates.values()))
    assert (r.baseline.norm_status, r.baseline.norm_period, r.baseline.norm_value) == ("in_force", "2021_2025", 286)


def test_a_period_before_the_norm_took_effect_gives_no_verdict(templates):
    # 19/2016/TT-BCT took effect on 1/11/2016: a 2014 or 2015 period has no norm, though "to 2020" is open
    for year in (2014, 2015):
        r = benchmark_assessment(brewery(15, year, sec_mj_per_hl=400.0), list(templates.values()))
        assert r.baseline.norm_status == "not_yet" and r.baseline.norm_value is None and r.baseline.within is None
        assert any("before Thông tư 19/2016/TT-BCT took effect (01/11/2016)" in n.en for n in r.baseline.notes)
    r = benchmark_assessment(brewery(15, 2016, sec_mj_per_hl=400.0), list(templates.values()))
    assert (r.baseline.norm_period, r.baseline.norm_value, r.baseline.within) == ("to_2020", 306, False)


def test_a_year_outside_every_period_of_a_norm_gets_no_norm():
    from sxsh_desktop.domain.benchmark import CapacityClass, NormPeriod, NormSet, Source, compare
    from sxsh_desktop.domain.methodology import Label

    norms = NormSet(
        key="x",
        process=Label("X", "X"),
        unit="MJ/hL",
        energy_unit="MJ",
        product_unit="hL",
        capacity_unit=None,
        periods=(NormPeriod("2021_2025", Label("2021–2025", "2021–2025"), 2021, 2025),),
        classes=(CapacityClass(Label("Mọi", "All"), {"2021_2025": 100.0}),),
        source=Source("Văn bản 1/2020/TT-BCT", 2020, "official"),
        basis=Label("b", "b"),
    )
    r = compare(brewery(15, 2026, sec_mj_per_hl=90.0), [norms])
    assert r.baseline.norm_status == "outside_periods" and r.baseline.norm_value is None
    assert any("2026 is outside the norm's periods (2021–2025)" in n.en for n in r.baseline.notes)
    assert compare(brewery(15, 2023, sec_mj_per_hl=90.0), [norms]).baseline.within is True


def test_part_year_period_is_annualised():
    a = Assessment(
        id="x",
        template="beer",
        product=Product("Bia", "hL"),
        baseline=Period("2023-01-01", "2023-06-30", Quantity(60_000, "hL")),
    )
    assert period_years(a.baseline) == pytest.approx(181 / 365)
    assert period_years(Period("2024-01-01", "2024-12-31", Quantity(1, "hL"))) == 1.0
    assert period_years(Period("2023-07-01", "2024-06-30", Quantity(1, "hL"))) == pytest.approx(184 / 365 + 182 / 366)


def test_half_year_of_a_large_brewery(templates):
    # 600,000 hL in half a year = about 120.99 million L/year: above 100
    a = Assessment(
        id="x",
        template="beer",
        product=Product("Bia", "hL"),
        baseline=Period("2023-01-01", "2023-06-30", Quantity(600_000, "hL")),
        consumption=[Consumption("electricity", "baseline", Quantity(1e6, "kWh"))],
    )
    r = benchmark_assessment(a, list(templates.values()))
    assert r.baseline.annual_production == pytest.approx(60e6 * 365 / 181)
    assert r.baseline.norm_value == 129
    assert r.baseline.sec == pytest.approx(1e6 * 3.6 / 600_000)


def test_sample_brewery_is_below_20_million_litres(templates):
    sample = read_document(resources_dir() / "samples" / "brewery-sample.json")
    a = dataclasses.replace(sample, template="beer")
    r = benchmark_assessment(a, list(templates.values()))
    assert r.status == "ok"
    assert r.baseline.annual_production == pytest.approx(12e6)  # 12,000,000 L in 2022
    assert r.reporting.annual_production == pytest.approx(12.5e6)  # 125,000 hL in 2024 (leap year)
    assert r.baseline.capacity_class.en == "Below 20 million L/year"
    assert (r.baseline.norm_period, r.baseline.norm_value) == ("2021_2025", 286)
    assert (r.reporting.norm_period, r.reporting.norm_value) == ("2021_2025", 286)
    # the SEC is compute_savings' final energy per hL, in MJ
    energy = compute_savings(a)["energy"]
    assert r.baseline.sec == pytest.approx(energy["specific_baseline_gj"] * 1000)
    assert r.reporting.sec == pytest.approx(energy["specific_reporting_gj"] * 1000)
    assert r.baseline.within is False
    # best practice is shown, but its scope (> 0.5 million hL/year) does not hold for 125,000 hL
    best = {b.figure.key: b for b in r.best_practice}
    assert best["campden_energy"].figure.value == 141 and best["campden_energy"].applies is False
    assert best["campden_energy"].sec == pytest.approx(r.reporting.sec)
    assert best["campden_water"].sec == pytest.approx(76250 * 10 / 125000)  # m³ → hL per hL
    # the sample is shipped as made from the beer template; without a template: no norm, with the reason
    assert sample.template == "beer"
    none = benchmark_assessment(dataclasses.replace(sample, template=None), list(templates.values()))
    assert none.status == "no_template" and none.reason.en


def test_best_practice_applies_above_half_a_million_hl(templates):
    r = benchmark_assessment(brewery(60, 2023, 150.0), list(templates.values()))  # 600,000 hL
    best = {b.figure.key: b for b in r.best_practice}
    assert best["campden_energy"].applies is True
    assert best["campden_energy"].gap_percent == pytest.approx((150 - 141) / 141 * 100)
    assert best["campden_water"].sec is None  # no water recorded
    r = benchmark_assessment(brewery(50, 2023, 150.0), list(templates.values()))  # exactly 500,000 hL
    assert {b.figure.key: b.applies for b in r.best_practice}["campden_energy"] is False


def test_paper_mill_classes(templates):
    def mill(tonnes: float, year: int) -> Assessment:
        return Assessment(
            id="x",
            template="paper_packaging",
            product=Product("Giấy", "t"),
            baseline=Period(f"{year}-01-01", f"{year}-12-31", Quantity(tonnes, "tấn")),
            consumption=[Consumption("coal", "baseline", Quantity(tonnes * 0.2, "t"), carrier="coal_fines_3_4")],
        )

    tpl = list(templates.values())
    assert benchmark_assessment(mill(8_000, 2020), tpl).baseline.norm_value == 6728
    assert benchmark_assessment(mill(8_000, 2022), tpl).baseline.norm_value == 5482
    assert benchmark_assessment(mill(10_000, 2020), tpl).baseline.norm_value == 7872
    assert benchmark_assessment(mill(50_000, 2023), tpl).baseline.norm_value == 6744
    r = benchmark_assessment(mill(80_000, 2019), tpl)
    assert r.baseline.norm_value == 7809
    # 0.2 t coal fines per t at 26.7 GJ/t (anthracite NCV) = 5,340 MJ/t
    assert r.baseline.sec == pytest.approx(0.2 * 26.7 * 1000)
    assert r.baseline.within is True


def test_steel_needs_the_sub_process(templates):
    t = templates["steel"]
    a = Assessment(
        id="x",
        template="steel",
        product=Product("Phôi", "t"),
        baseline=Period("2022-01-01", "2022-12-31", Quantity(100_000, "t")),
        consumption=[Consumption("electricity", "baseline", Quantity(70e6, "kWh"))],
    )
    r = compare(a, t.norms, t.benchmarks)
    assert r.status == "choose_process"
    assert [k for k, _ in r.processes] == ["eaf_billet", "induction_billet", "hot_rolling_long"]
    r = compare(a, t.norms, t.benchmarks, process="induction_billet")
    assert r.status == "ok" and r.baseline.norm_value == 2500
    assert r.baseline.sec == pytest.approx(70e6 * 3.6 / 100_000)  # 2,520 MJ/t
    assert r.baseline.within is False and r.source.status == "secondary"
    assert r.baseline.capacity_class.en == "All capacities" and r.baseline.annual_production is None
    # the choice can be kept in the assessment
    a.benchmark_process = "hot_rolling_long"
    r = compare(a, t.norms, t.benchmarks)
    assert r.process == "hot_rolling_long" and r.baseline.norm_value == 1600
    r = compare(a, t.norms, t.benchmarks, process="blast_furnace")
    assert r.status == "choose_process" and "blast_furnace" in r.reason.en


@pytest.mark.parametrize("key", ["textile_dyeing", "seafood", "tapioca_starch", "general"])
def test_no_norm_known(templates, key):
    a = new_assessment_from_template(templates[key], "Cơ sở")
    r = benchmark_assessment(a, list(templates.values()))
    assert r.status == "no_norms"
    assert r.reason == templates[key].norms_note
    assert r.baseline is None and r.best_practice == ()


def test_new_template_assessment_has_no_data_yet(templates):
    a = new_assessment_from_template(templates["beer"], "Bia mới")
    r = benchmark_assessment(a, list(templates.values()))
    assert r.status == "no_data" and "production" in r.reason.en
    assert r.baseline is None  # the placeholder baseline is not data
    # with a real production but no energy yet (an editor that kept the extra fields)
    a.baseline = dataclasses.replace(
        a.baseline, start="2023-01-01", end="2023-12-31", production=Quantity(100_000, "hL")
    )
    r = benchmark_assessment(a, list(templates.values()))
    assert r.status == "no_data" and "energy" in r.reason.en
    assert r.baseline.norm_value == 286 and r.baseline.sec is None


def test_unknown_template_and_unit_mismatch(templates):
    a = brewery(15, 2020)
    a.template = "cement"
    r = benchmark_assessment(a, list(templates.values()))
    assert r.status == "unknown_template" and "cement" in r.reason.en and "cement" in r.reason.vi
    b = brewery(15, 2020)
    b.product = Product("Bia", "chai")
    b.baseline = Period("2020-01-01", "2020-12-31", Quantity(1000, "chai"))
    r = benchmark_assessment(b, list(templates.values()))
    assert r.status == "no_data" and "chai" in r.reason.en


def test_result_to_dict_is_json(templates):
    import json

    r = benchmark_assessment(brewery(50, 2021, reporting=(55, 2024, 180.0)), list(templates.values()))
    both = r.to_dict()
    json.dumps(both)
    assert both["baseline"]["capacity_class"] == {"vi": "Từ 20 đến 100 triệu lít/năm", "en": "20 to 100 million L/year"}
    vi = r.to_dict("vi")
    assert vi["reporting"]["norm"] == 196 and vi["reporting"]["within"] is True
    assert vi["source"]["status"] == "official"
    assert vi["best_practice"][0]["source"]["document"].startswith("Campden BRI")
