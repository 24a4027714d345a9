"""Each option's resource savings as TOE, GJ, tCO2 and VND, against figures worked by hand (the sample)."""

from __future__ import annotations

import pytest

from sxsh_desktop.domain.savings import compute_savings
from sxsh_desktop.interchange.document import read_document
from sxsh_desktop.paths import resources_dir


@pytest.fixture(scope="module")
def options():
    a = read_document(resources_dir() / "samples" / "brewery-sample.json")
    return {o["id"]: o for o in compute_savings(a)["options"]}


def test_a_coal_saving(options):
    # O2: 52 t of coal fines 3–4: 52 × 0.60 = 31.2 TOE; 52 × 26.7 = 1 388.4 GJ;
    # 1 388.4 GJ × 98 300 kg/TJ = 136.48 t CO2; 52 t × 4 000 000 VND/t (reporting price) = 208 000 000 VND
    o = options["O2"]
    assert o["saving_toe"] == pytest.approx(31.2)
    assert o["saving_gj"] == pytest.approx(1388.4)
    assert o["co2_saving_t"] == pytest.approx(1388.4 * 98300 / 1e6)
    assert o["cost_saving_vnd"] == pytest.approx(208e6)


def test_electricity_and_water(options):
    # O6: 38 000 kWh × 0.0001543 = 5.8634 TOE; × 3.6 MJ = 136.8 GJ; 38 MWh × 0.6592 t/MWh (2023) = 25.05 t;
    # × 1 950 VND/kWh = 74 100 000 VND
    o = options["O6"]
    assert (o["saving_toe"], o["saving_gj"]) == (pytest.approx(5.8634), pytest.approx(136.8))
    assert o["co2_saving_t"] == pytest.approx(38 * 0.6592)
    assert o["cost_saving_vnd"] == pytest.approx(74.1e6)
    # O1: water only: 2 100 m³ × 11 500 VND/m³, no energy figures
    w = options["O1"]
    assert w["saving_toe"] is None and w["co2_saving_t"] is None
    assert w["cost_saving_vnd"] == pytest.approx(2100 * 11500)
    # O3: 62 t coal + 3 500 m³ water
    assert options["O3"]["cost_saving_vnd"] == pytest.approx(62 * 4e6 + 3500 * 11500)
    assert options["O7"]["resources"] == [] and options["O7"]["cost_saving_vnd"] is None
