"""A flow with a mass is in the mass balance whatever its kind; a fuel by mass is in both balances."""

from __future__ import annotations

import pytest

from sxsh_desktop.domain.balance import balance_warnings, balances_summary, step_balance
from sxsh_desktop.domain.model import Assessment, Flow, ProcessStep, Product
from sxsh_desktop.domain.quantities import Quantity as Q


def _boiler(coal=Q(16, "kg"), water=Q(120, "kg"), steam=Q(136, "kg")):
    return ProcessStep(
        "boiler",
        "Lò hơi",
        1,
        Q(1, "hL"),
        flows=[
            Flow("f1", "input", "energy", "Than cám", coal, resource="coal_fines_3_4"),
            Flow("f2", "input", "water", "Nước cấp lò", water, resource="water"),
            Flow("f3", "output", "product", "Hơi nước", steam, resource="steam"),
        ],
    )


def test_coal_in_kg_counts_in_the_mass_balance_and_the_energy_balance():
    b = step_balance(_boiler(), "hL", 5.0)
    # mass: 0.016 t + 0.120 t in, 0.136 t out: closes exactly
    assert b.mass.inputs == pytest.approx(0.136)
    assert b.mass.outputs == pytest.approx(0.136)
    assert b.mass.closure_percent == pytest.approx(0.0, abs=1e-9)
    assert not b.mass_flagged
    # energy: 0.016 t × 26.7 GJ/t (anthracite NCV) = 0.4272 GJ in; no energy output recorded: no closure
    assert b.energy.inputs == pytest.approx(0.016 * 26.7)
    assert b.energy.closure_percent is None
    coal = next(am for am in b.amounts if am.flow.id == "f1")
    assert coal.side == "both" and coal.mass_t == pytest.approx(0.016) and coal.energy_gj == pytest.approx(0.4272)
    assert b.excluded == []


def test_a_fuel_by_volume_goes_through_the_carrier_density():
    # DO: density from the carrier table; 100 L in, 100 L of product out: closes in mass
    step = ProcessStep(
        "s",
        "Máy phát",
        1,
        Q(1, "t"),
        flows=[
            Flow("f1", "input", "energy", "Dầu DO", Q(100, "L"), resource="do"),
            Flow("f2", "output", "emission", "Khí thải", Q(0.086, "t")),
        ],
    )
    b = step_balance(step, "t", 5.0)
    am = b.amounts[0]
    assert am.side == "both" and am.mass_t is not None and am.energy_gj is not None
    assert b.mass.inputs == pytest.approx(am.mass_t)


def test_an_imbalance_is_a_warning_and_a_flow_not_entered_is_left_out_and_said():
    a = Assessment(
        id="00000000-0000-4000-8000-0000000000bb",
        product=Product("Bia", "hL"),
        process_steps=[_boiler(steam=Q(118, "kg")), _boiler(coal=Q(None, "kg"))],  # type: ignore[arg-type]
    )
    a.process_steps[1].id = "boiler2"
    warnings = balance_warnings(a, "en")
    # (136 − 118) / 136 = 13.2 %
    assert any("mass balance is off by 13.2 %" in w for w in warnings)
    assert not any("not in the balance" in w for w in warnings)  # listed per step, not in the badge
    summary = balances_summary(a)
    assert "Step 'Lò hơi': 'Than cám' is not in the balance (not entered)." in summary["steps"][1]["warnings"]
    first, second = summary["steps"]
    assert first["mass"]["input_t"] == pytest.approx(0.136)
    assert first["mass"]["output_t"] == pytest.approx(0.118)
    assert first["mass"]["difference_t"] == pytest.approx(0.018)
    assert first["mass"]["closure_percent"] == pytest.approx(18 / 136 * 100)
    assert first["mass"]["within_tolerance"] is False
    assert first["energy"]["closure_percent"] is None and first["energy"]["within_tolerance"] is None
    assert second["excluded"] == ["f1"]
    # without the coal: 0.120 in, 0.136 out
    assert second["mass"]["closure_percent"] == pytest.approx((0.120 - 0.136) / 0.120 * 100)
    vi = balance_warnings(a, "vi")
    assert any("cân bằng khối lượng lệch 13,2 %" in w for w in vi)
