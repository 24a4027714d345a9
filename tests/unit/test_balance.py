"""Balances of a process step: mass through densities, energy apart, closure against the tolerance."""

from __future__ import annotations

import pytest

from sxsh_desktop.domain.balance import flow_per_unit_product, step_balance
from sxsh_desktop.domain.model import Flow, ProcessStep
from sxsh_desktop.domain.quantities import Quantity as Q


def _flow(i, direction, kind, q, resource=None, **extra):
    return Flow(
        id=f"f{i}", direction=direction, kind=kind, name=f"flow {i}", quantity=q, resource=resource, extra=extra
    )


def test_mass_balance_with_water_by_volume_and_a_user_density():
    # in: 2 t malt + 550 kg rice + 14.5 m³ water (1 t/m³) = 17.05 t
    # out: 10 m³ wort at 1.04 t/m³ = 10.4 t + 2.55 t grain + 3.1 m³ wastewater (1 t/m³) + 0.85 t vapour = 16.9 t
    # closure = (17.05 − 16.9) / 17.05 = 0.8798 %
    step = ProcessStep(
        "s",
        "Nấu",
        1,
        Q(100, "hL"),
        flows=[
            _flow(1, "input", "raw_material", Q(2, "t")),
            _flow(2, "input", "raw_material", Q(550, "kg")),
            _flow(3, "input", "water", Q(14.5, "m³"), "water"),
            _flow(4, "output", "product", Q(10, "m³"), density={"value": 1.04, "unit": "t/m³"}),
            _flow(5, "output", "by_product", Q(2.55, "tấn")),
            _flow(6, "output", "wastewater", Q(3100, "L")),
            _flow(7, "output", "emission", Q(0.85, "t")),
            _flow(8, "input", "energy", Q(160, "kWh"), "electricity"),
        ],
    )
    b = step_balance(step, "hL", 5.0)
    assert b.mass.inputs == pytest.approx(17.05)
    assert b.mass.outputs == pytest.approx(16.9)
    assert b.mass.closure_percent == pytest.approx(0.15 / 17.05 * 100)
    assert not b.mass_flagged
    assert b.energy.inputs == pytest.approx(0.576)  # 160 kWh = 0.576 GJ
    assert b.energy.closure_percent is None  # no energy outputs recorded: no closure to judge
    assert b.per_unit_product(b.mass.inputs) == pytest.approx(0.1705)  # t per hL


def test_closure_above_tolerance_is_flagged_and_volume_without_density_is_left_out():
    step = ProcessStep(
        "s",
        "Lọc",
        1,
        Q(1, "t"),
        flows=[
            _flow(1, "input", "raw_material", Q(1000, "kg")),
            _flow(2, "output", "product", Q(0.9, "t")),
            _flow(3, "output", "auxiliary", Q(20, "L")),  # oil, no density given
        ],
    )
    b = step_balance(step, "t", 5.0)
    assert b.mass.closure_percent == pytest.approx(10.0)
    assert b.mass_flagged
    assert [a.flow.id for a in b.excluded] == ["f3"]
    assert b.excluded[0].reason == "volume without a density"


def test_fuel_by_mass_enters_the_energy_balance_through_its_ncv():
    # 1.15 t coal fines × 26.7 GJ/t = 30.705 GJ in; 16.5 + 14.2 = 30.7 GJ out
    step = ProcessStep(
        "boiler",
        "Lò hơi",
        1,
        Q(100, "hL"),
        flows=[
            _flow(1, "input", "energy", Q(1.15, "t"), "coal_fines_3_4"),
            _flow(2, "output", "energy", Q(16.5, "GJ")),
            _flow(3, "output", "loss", Q(14.2, "GJ")),
        ],
    )
    b = step_balance(step, "hL", 5.0)
    assert b.energy.inputs == pytest.approx(30.705)
    assert b.energy.closure_percent == pytest.approx(0.005 / 30.705 * 100)
    # the coal is a mass too: in the mass balance, which has no output recorded, so no closure (not a warning)
    assert b.mass.input_count == 1 and b.mass.inputs == pytest.approx(1.15)
    assert b.mass.closure_percent is None and not b.mass_flagged


def test_per_unit_product_of_a_batch_basis_in_litres():
    step = ProcessStep("s", "Chiết", 1, Q(12000, "L"), flows=[_flow(1, "input", "water", Q(30, "m³"))])
    per = flow_per_unit_product(step.flows[0], step, "hL")
    assert per.value == pytest.approx(0.25) and per.unit == "m³"  # 30 m³ per 120 hL
