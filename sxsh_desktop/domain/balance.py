"""Material and energy balance of a process step (task 5).

Flows are recorded for a stated basis (a batch, a day, one unit product: `basis`, in product
units). Mass: Σ inputs − Σ outputs in tonnes, volumes through a density (the flow's own
`density`, else 1 t/m³ for water and wastewater); energy separately, in GJ. Closure error =
(in − out) / in · 100, flagged above the tolerance. Per unit product = per basis ÷ basis.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Assessment, Flow, ProcessStep
from .quantities import Quantity, UnitError, kind_of, magnitude_in
from .reference import carriers

WATER_DENSITY_T_PER_M3 = 1.0
_WATERY_KINDS = ("water", "wastewater")


@dataclass(frozen=True)
class FlowAmount:
    flow: Flow
    side: str  # "mass" | "energy" | "none"
    amount: float | None  # t for mass, GJ for energy, per basis
    reason: str = ""  # why a flow is not in the balance


@dataclass
class Side:
    inputs: float = 0.0
    outputs: float = 0.0
    input_count: int = 0
    output_count: int = 0

    @property
    def difference(self) -> float:
        return self.inputs - self.outputs

    @property
    def closure_percent(self) -> float | None:
        if self.input_count == 0 or self.output_count == 0 or self.inputs == 0:
            return None
        return (self.inputs - self.outputs) / self.inputs * 100.0


@dataclass
class StepBalance:
    step: ProcessStep
    basis_in_product_units: float | None
    tolerance_percent: float
    mass: Side = field(default_factory=Side)  # tonnes per basis
    energy: Side = field(default_factory=Side)  # GJ per basis
    amounts: list[FlowAmount] = field(default_factory=list)

    def per_unit_product(self, value: float) -> float | None:
        if not self.basis_in_product_units:
            return None
        return value / self.basis_in_product_units

    @property
    def mass_flagged(self) -> bool:
        c = self.mass.closure_percent
        return c is not None and abs(c) > self.tolerance_percent

    @property
    def energy_flagged(self) -> bool:
        c = self.energy.closure_percent
        return c is not None and abs(c) > self.tolerance_percent

    @property
    def excluded(self) -> list[FlowAmount]:
        return [a for a in self.amounts if a.side == "none"]


def flow_amount(flow: Flow) -> FlowAmount:
    """Where a flow enters the balance and how much, in t (mass) or GJ (energy)."""
    try:
        kind = kind_of(flow.quantity.unit)
    except UnitError:
        return FlowAmount(flow, "none", None, "unknown unit")
    if kind == "energy":
        return FlowAmount(flow, "energy", magnitude_in(flow.quantity, "GJ"))
    carrier = carriers().get(flow.resource or "") if flow.kind == "energy" else None
    if carrier is not None and kind in ("mass", "volume"):
        try:
            return FlowAmount(flow, "energy", carrier.gj_of(flow.quantity))
        except UnitError:
            return FlowAmount(flow, "none", None, "no calorific value")
    if kind == "mass":
        return FlowAmount(flow, "mass", magnitude_in(flow.quantity, "t"))
    if kind == "volume":
        density = flow.density_t_per_m3
        if density is None and (flow.kind in _WATERY_KINDS or flow.resource == "water"):
            density = WATER_DENSITY_T_PER_M3
        if density is None:
            return FlowAmount(flow, "none", None, "volume without a density")
        return FlowAmount(flow, "mass", magnitude_in(flow.quantity, "t", density))
    return FlowAmount(flow, "none", None, f"{kind or 'this unit'} is not a mass or an energy")


def step_balance(step: ProcessStep, product_unit: str, tolerance_percent: float) -> StepBalance:
    try:
        basis = magnitude_in(step.basis, product_unit) if product_unit else None
    except UnitError:
        basis = None
    result = StepBalance(step, basis, tolerance_percent)
    for flow in step.flows:
        amount = flow_amount(flow)
        result.amounts.append(amount)
        if amount.side == "none" or amount.amount is None:
            continue
        side = result.mass if amount.side == "mass" else result.energy
        if flow.direction == "input":
            side.inputs += amount.amount
            side.input_count += 1
        else:
            side.outputs += amount.amount
            side.output_count += 1
    return result


def assessment_balances(a: Assessment) -> list[StepBalance]:
    unit = a.product.unit or (a.baseline.production.unit if a.baseline else "")
    tolerance = a.settings.balance_tolerance_percent
    return [step_balance(s, unit, tolerance) for s in sorted(a.process_steps, key=lambda s: s.order)]


def flow_per_unit_product(flow: Flow, step: ProcessStep, product_unit: str) -> Quantity | None:
    """The flow's quantity per one unit product, in the flow's own unit."""
    try:
        basis = magnitude_in(step.basis, product_unit)
    except UnitError:
        return None
    if basis == 0:
        return None
    return Quantity(flow.quantity.value / basis, flow.quantity.unit)
