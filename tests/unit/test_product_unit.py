"""One rule for the unit of the reference product (Assessment.product_unit), used by every computation:
the product's own unit, else the unit production is given in (the baseline's, else the reporting period's)."""

from __future__ import annotations

from sxsh_desktop.domain.balance import assessment_balances
from sxsh_desktop.domain.model import Assessment, Flow, Period, ProcessStep, Product
from sxsh_desktop.domain.quantities import Quantity
from sxsh_desktop.domain.readings import product_unit
from sxsh_desktop.domain.waste import waste_costs


def _a(product_unit: str = "", baseline: str | None = None, reporting: str | None = None) -> Assessment:
    def period(unit: str | None, year: int) -> Period | None:
        return None if unit is None else Period(f"{year}-01-01", f"{year}-12-31", Quantity(1000, unit))

    step = ProcessStep(
        "S1",
        "Nấu",
        1,
        Quantity(10, "hL"),
        flows=[
            Flow("f1", "input", "water", "Nước", Quantity(20, "m3"), "water"),
            Flow(
                "f2", "output", "wastewater", "Nước thải", Quantity(15, "m3"), treatment_cost=Quantity(5000, "VND/m3")
            ),
        ],
    )
    return Assessment(
        id="a",
        product=Product("Bia", product_unit),
        baseline=period(baseline, 2022),
        reporting=period(reporting, 2024),
        process_steps=[step],
    )


def test_the_rule():
    assert _a("hL", "t", "kg").product_unit == "hL"
    assert _a("", "hL", "t").product_unit == "hL"
    assert _a("", None, "hL").product_unit == "hL"  # no baseline yet: the reporting period's
    assert _a("", None, None).product_unit == ""
    assert product_unit(_a("", None, "hL")) == "hL"


def test_balances_and_waste_costs_follow_it_without_a_baseline():
    a = _a("", None, "hL")
    balance = assessment_balances(a)[0]
    assert balance.basis_in_product_units == 10  # the step's 10 hL in the product's hL
    cost = waste_costs(a)[0]
    assert cost.per_unit_product_vnd == 15 * 5000 / 10
