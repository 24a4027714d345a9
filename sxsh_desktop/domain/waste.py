"""Cost of waste streams (task 6): quantity × (value of the lost material + treatment cost).

Both prices are per unit of the flow (VND/kg, VND/m³ …); the cost is per the step's basis and per
unit product. Streams are ranked for the Pareto chart, largest first.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import WASTE_KINDS, Assessment, Flow, ProcessStep
from .quantities import Quantity, UnitError, magnitude_in


@dataclass(frozen=True)
class WasteCost:
    step: ProcessStep
    flow: Flow
    lost_value_vnd: float | None  # per basis
    treatment_vnd: float | None  # per basis
    per_unit_product_vnd: float | None

    @property
    def total_vnd(self) -> float:
        return (self.lost_value_vnd or 0.0) + (self.treatment_vnd or 0.0)


def _cost(quantity: Quantity, price: Quantity | None) -> float | None:
    if price is None:
        return None
    try:
        return quantity.value * magnitude_in(price, f"VND/({quantity.unit})")
    except UnitError:
        return None


def is_waste(flow: Flow) -> bool:
    return flow.direction == "output" and flow.kind in WASTE_KINDS


def waste_costs(a: Assessment) -> list[WasteCost]:
    """Every waste stream with its cost, largest first."""
    unit = a.product_unit
    rows = []
    for step in a.process_steps:
        try:
            basis = magnitude_in(step.basis, unit) if unit else None
        except UnitError:
            basis = None
        for flow in step.flows:
            if not is_waste(flow):
                continue
            lost = _cost(flow.quantity, flow.unit_price)
            treat = _cost(flow.quantity, flow.treatment_cost)
            total = (lost or 0.0) + (treat or 0.0)
            per_unit = total / basis if basis else None
            rows.append(WasteCost(step, flow, lost, treat, per_unit))
    rows.sort(key=lambda r: r.per_unit_product_vnd if r.per_unit_product_vnd is not None else r.total_vnd, reverse=True)
    return rows


def pareto(costs: list[float]) -> list[float]:
    """Cumulative share in percent of each item of a list sorted largest first."""
    total = sum(costs)
    out, running = [], 0.0
    for c in costs:
        running += c
        out.append(running / total * 100.0 if total else 0.0)
    return out
