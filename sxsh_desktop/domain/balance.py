"""Material and energy balance of a process step (task 5).

Flows are recorded for a stated basis (a batch, a day, one unit product: `basis`, in product
units). Mass: Σ inputs − Σ outputs in tonnes of every flow whose quantity has a mass, whatever its
kind — volumes through a density (the flow's own `density`, a fuel's density from the carrier
table, else 1 t/m³ for water and wastewater). Energy, in GJ: flows typed as energy (kWh, GJ) and
energy carriers typed by mass or volume, through their calorific value — so 16 kg of coal counts
in both balances. Closure error = (in − out) / in · 100, flagged above the tolerance. Per unit
product = per basis ÷ basis. A flow with no quantity entered is in neither, and said so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .model import Assessment, Flow, ProcessStep
from .quantities import Quantity, UnitError, kind_of, magnitude_in
from .reference import carriers

WATER_DENSITY_T_PER_M3 = 1.0
_WATERY_KINDS = ("water", "wastewater")


@dataclass(frozen=True)
class FlowAmount:
    flow: Flow
    side: str  # "mass" | "energy" | "both" (a fuel by mass) | "none"
    amount: float | None  # per basis: t for mass, GJ for energy and for "both"
    reason: str = ""  # why a flow is not in the balance
    mass_t: float | None = None
    energy_gj: float | None = None

    def on(self, side: str) -> float | None:
        """The flow's amount in the mass ("mass", t) or the energy ("energy", GJ) balance."""
        return self.mass_t if side == "mass" else self.energy_gj


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
    """Where a flow enters the balances and how much, in t (mass) and GJ (energy)."""
    if flow.quantity.value is None:
        return FlowAmount(flow, "none", None, "not entered")
    try:
        kind = kind_of(flow.quantity.unit)
    except UnitError:
        return FlowAmount(flow, "none", None, "unknown unit")
    if kind == "energy":
        gj = magnitude_in(flow.quantity, "GJ")
        return FlowAmount(flow, "energy", gj, energy_gj=gj)
    carrier = carriers().get(flow.resource or "")
    if carrier is not None and carrier.is_electricity:
        carrier = None
    mass = _mass_t(flow, kind, carrier.density_t_per_m3 if carrier else None)
    energy = None
    if carrier is not None and kind in ("mass", "volume"):
        try:
            energy = carrier.gj_of(flow.quantity)
        except UnitError:
            energy = None
    if mass is not None and energy is not None:
        return FlowAmount(flow, "both", energy, mass_t=mass, energy_gj=energy)
    if energy is not None:
        return FlowAmount(flow, "energy", energy, energy_gj=energy)
    if mass is not None:
        return FlowAmount(flow, "mass", mass, mass_t=mass)
    if kind == "volume":
        return FlowAmount(flow, "none", None, "volume without a density")
    return FlowAmount(flow, "none", None, f"{kind or 'this unit'} is not a mass or an energy")


def _mass_t(flow: Flow, kind: str | None, carrier_density: float | None) -> float | None:
    if kind == "mass":
        return magnitude_in(flow.quantity, "t")
    if kind != "volume":
        return None
    density = flow.density_t_per_m3 or carrier_density
    if density is None and (flow.kind in _WATERY_KINDS or flow.resource == "water"):
        density = WATER_DENSITY_T_PER_M3
    if density is None:
        return None
    return magnitude_in(flow.quantity, "t", density)


def step_balance(step: ProcessStep, product_unit: str, tolerance_percent: float) -> StepBalance:
    try:
        basis = magnitude_in(step.basis, product_unit) if product_unit else None
    except UnitError:
        basis = None
    result = StepBalance(step, basis, tolerance_percent)
    for flow in step.flows:
        amount = flow_amount(flow)
        result.amounts.append(amount)
        for side, value in ((result.mass, amount.mass_t), (result.energy, amount.energy_gj)):
            if value is None:
                continue
            if flow.direction == "input":
                side.inputs += value
                side.input_count += 1
            else:
                side.outputs += value
                side.output_count += 1
    return result


def assessment_balances(a: Assessment) -> list[StepBalance]:
    unit = a.product_unit
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


_WARNINGS = {
    "mass": (
        "Công đoạn '{step}': cân bằng khối lượng lệch {closure} % (vượt mức cho phép {tolerance} %).",
        "Step '{step}': the mass balance is off by {closure} % (above the {tolerance} % tolerance).",
    ),
    "energy": (
        "Công đoạn '{step}': cân bằng năng lượng lệch {closure} % (vượt mức cho phép {tolerance} %).",
        "Step '{step}': the energy balance is off by {closure} % (above the {tolerance} % tolerance).",
    ),
    "excluded": (
        "Công đoạn '{step}': '{flow}' không đưa vào cân bằng ({reason}).",
        "Step '{step}': '{flow}' is not in the balance ({reason}).",
    ),
}
_REASONS_VI = {
    "not entered": "chưa nhập lượng",
    "unknown unit": "đơn vị không rõ",
    "volume without a density": "thể tích chưa có khối lượng riêng",
}


def step_warnings(b: StepBalance, language: str = "en", excluded: bool = True) -> list[str]:
    """What a reader must know of a step's balance: a closure above the tolerance, a flow left out."""
    out = []
    for key, side, flagged in (("mass", b.mass, b.mass_flagged), ("energy", b.energy, b.energy_flagged)):
        if flagged and side.closure_percent is not None:
            vi, en = _WARNINGS[key]
            out.append(
                (vi if language == "vi" else en).format(
                    step=b.step.name,
                    closure=_pct(side.closure_percent, language),
                    tolerance=_pct(b.tolerance_percent, language),
                )
            )
    for am in b.excluded if excluded else []:
        vi, en = _WARNINGS["excluded"]
        reason = _REASONS_VI.get(am.reason, am.reason) if language == "vi" else am.reason
        out.append((vi if language == "vi" else en).format(step=b.step.name, flow=am.flow.name, reason=reason))
    return out


def balance_warnings(a: Assessment, language: str = "en") -> list[str]:
    """Every step's balance above the tolerance (the results strip counts them with the savings
    warnings; flows left out are listed on the balance page and in `sxsh balances`, since a template
    lays out many a flow in a unit the balance cannot weigh)."""
    return [w for b in assessment_balances(a) for w in step_warnings(b, language, excluded=False)]


def balances_summary(a: Assessment, language: str = "en") -> dict[str, Any]:
    """`sxsh balances ID --json` (the spec's Balances section), per step on the step's basis."""
    steps = []
    for b in assessment_balances(a):
        steps.append(
            {
                "id": b.step.id,
                "name": b.step.name,
                "basis": b.step.basis.to_dict(),
                "mass": _side(b.mass, b.tolerance_percent, "t"),
                "energy": _side(b.energy, b.tolerance_percent, "gj"),
                "excluded": [am.flow.id for am in b.excluded],
                "warnings": step_warnings(b, language),
            }
        )
    return {"assessment": a.id, "tolerance_percent": a.settings.balance_tolerance_percent, "steps": steps}


def _side(side: Side, tolerance: float, unit: str) -> dict[str, Any]:
    closure = side.closure_percent
    return {
        f"input_{unit}": side.inputs,
        f"output_{unit}": side.outputs,
        f"difference_{unit}": side.difference,
        "closure_percent": closure,
        "within_tolerance": None if closure is None else abs(closure) <= tolerance,
    }


def _pct(value: float, language: str) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if language == "vi" else text
