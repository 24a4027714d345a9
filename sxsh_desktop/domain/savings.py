"""Savings against the baseline, per unit product (DESIGN §3; the savings summary of the document spec).

SEC = E / P; saving normalised to reporting output S = (SEC_b − SEC_r) · P_r; percent =
(1 − SEC_r / SEC_b) · 100. Energy carriers are totalled in TOE (official factors) and GJ (final
energy); the energy SEC and its percent are on TOE. CO2 from the grid factor of a year and from
fuels by NCV × IPCC factor (biogenic fuels apart). Only resources with both periods count in totals.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from .display import unit_named
from .message import Figure, Message, Said
from .model import Assessment, Consumption
from .mv import apply_methods
from .option_savings import option_savings
from .periods import is_placeholder, period_years
from .quantities import Quantity, UnitError, magnitude_in, ratio_unit
from .readings import with_reading_totals
from .reference import Carrier, Factor, carriers, grid_factors, resource_named
from .targets import in_force_summary, target_entries

PRODUCTION_TOLERANCE = 0.10
_FUEL_EXAMPLES = ("coal_fines_3_4", "do", "fo", "lpg", "natural_gas")  # carriers a fuel of another name may be
_FUEL_WORDS = (
    "coal",
    "than",
    "oil",
    "dầu",
    "dau",
    "diesel",
    "gas",
    "khí",
    "xăng",
    "petrol",
    "fuel",
    "nhiên liệu",
    "củi",
    "firewood",
    "lpg",
    "cng",
    "lng",
    "coke",
)


def message(code: str, language: str, **params: Any) -> Said:
    """A warning of the savings (its texts: domain/catalogue/monitoring.py), said in `language`."""
    return Said(Message(f"savings.{code}", params), language)


@dataclass
class _Group:
    resource: str
    unit: str
    carrier: Carrier | None
    totals: dict[str, float] = field(default_factory=dict)
    entries: dict[str, list[Consumption]] = field(default_factory=dict)


def production_in_product_unit(a: Assessment, key: str) -> float | None:
    period = a.period(key)
    if period is None:
        return None
    return magnitude_in(period.production, a.product_unit)


def _grid_factor(a: Assessment, warn: list[str], language: str) -> Factor | None:
    table = grid_factors()
    asked = a.settings.grid_emission_factor_year
    if asked is None and a.reporting is not None:
        asked = date.fromisoformat(a.reporting.end).year
    factor = table.for_year(asked)
    if factor is not None and asked is not None and factor.year != asked:
        warn.append(message("grid_year", language, asked=str(asked), used=str(factor.year)))
    return factor


def _unit_price(price: Quantity, unit: str, density: float | None) -> float:
    """A unit price in VND per one `unit`; a price per mass for a volume goes through the density."""
    try:
        return magnitude_in(price, f"VND/({unit})")
    except UnitError:
        if density is None:
            raise
    for other in ("t", "m**3"):
        try:
            per_other = magnitude_in(price, f"VND/{other}")
        except UnitError:
            continue
        return per_other * magnitude_in(Quantity(1.0, unit), other, density)
    raise UnitError.of("", "unit.price_not_per", unit=price.unit, per=unit)


def _average_price(entries: list[Consumption], unit: str, density: float | None) -> float | None:
    """Consumption-weighted unit price in VND per `unit`, or None when no entry has one."""
    priced = [
        (magnitude_in(e.quantity, unit, density), _unit_price(e.unit_price, unit, density))
        for e in entries
        if e.unit_price is not None
    ]
    if not priced:
        return None
    total = sum(q for q, _ in priced)
    if total == 0:
        return priced[0][1]
    return sum(q * p for q, p in priced) / total


def _group_consumption(a: Assessment, language: str, warn: list[str]) -> list[_Group]:
    table = carriers()
    groups: dict[str, _Group] = {}
    for e in a.consumption:
        g = groups.get(e.resource)
        if g is None:
            first = next((c for c in a.consumption if c.resource == e.resource and c.period == "baseline"), e)
            g = groups[e.resource] = _Group(e.resource, first.quantity.unit, table.get(first.carrier_key))
        density = g.carrier.density_t_per_m3 if g.carrier else None
        if e.quantity.value is None:  # not entered: shown empty, in no total, never a 0
            name = resource_named(e.resource, e.carrier, cli_name=True)
            when = Message(f"savings.when.{e.period}") if e.period in ("baseline", "reporting") else e.period
            warn.append(message("not_entered", language, resource=name, when=when))
            continue
        try:
            value = magnitude_in(e.quantity, g.unit, density)
        except UnitError:
            warn.append(
                message(
                    "unconvertible",
                    language,
                    resource=resource_named(e.resource, e.carrier),
                    unit=unit_named(e.quantity.unit),
                    target=unit_named(g.unit),
                )
            )
            continue
        g.totals[e.period] = g.totals.get(e.period, 0.0) + value
        g.entries.setdefault(e.period, []).append(e)
    for g in groups.values():
        if g.carrier is None and any(word in g.resource.lower() for word in _FUEL_WORDS):
            examples = tuple(resource_named(k) for k in _FUEL_EXAMPLES)
            warn.append(message("unknown_fuel", language, resource=resource_named(g.resource), examples=examples))
    return list(groups.values())


def compute_savings(a: Assessment, language: str = "en") -> dict[str, Any]:
    """The savings summary of an assessment, as the document spec names it."""
    # a period with readings has their sums as its totals (so a template's placeholder baseline read
    # month by month is data, not a placeholder)
    a, reading_warnings = with_reading_totals(a, language)
    if a.baseline is not None and is_placeholder(a.baseline):
        without = compute_savings(replace(a, baseline=None), language)
        without["warnings"] = [message("placeholder_baseline", language)] + [
            w for w in without["warnings"] if w != message("no_baseline", language)
        ]
        return without
    warn: list[str] = list(reading_warnings)
    product_unit = a.product_unit
    p_b = production_in_product_unit(a, "baseline")
    p_r = production_in_product_unit(a, "reporting")
    if p_b is None:
        warn.append(message("no_baseline", language))
    if p_r is None:
        warn.append(message("no_reporting", language))
    ratio = (p_r / p_b) if (p_b and p_r is not None) else None
    if ratio is not None and abs(ratio - 1.0) > PRODUCTION_TOLERANCE + 1e-9:
        warn.append(message("production_ratio", language, ratio=Figure(ratio, ".0%")))

    grid = _grid_factor(a, warn, language)
    groups = _group_consumption(a, language, warn)
    production = {"baseline": p_b, "reporting": p_r}

    resources: list[dict[str, Any]] = []
    energy = {"baseline_toe": 0.0, "reporting_toe": 0.0, "baseline_gj": 0.0, "reporting_gj": 0.0}
    co2_by_period = {"baseline": 0.0, "reporting": 0.0}
    biogenic_by_period = {"baseline": 0.0, "reporting": 0.0}
    factors_used: dict[str, dict[str, Any]] = {}
    has_energy = False
    cost_total = 0.0
    for g in groups:
        row: dict[str, Any] = {"resource": g.resource, "unit": g.unit}
        complete = all(k in g.totals and production[k] for k in ("baseline", "reporting"))
        for key in ("baseline", "reporting"):
            if key in g.totals:
                consumption = g.totals[key]
                amount = production[key]
                specific = consumption / amount if amount else None
                row[key] = {"consumption": consumption, "specific": specific}
            else:
                row[key] = None
        row["specific_unit"] = ratio_unit(g.unit, product_unit)
        row["saving"] = None
        row["cost_saving_vnd"] = None
        if g.carrier is not None:
            row["carrier"] = g.carrier.key
        if not complete:
            present = [k for k in ("baseline", "reporting") if k in g.totals]
            if present:
                named = resource_named(g.resource, g.carrier.key if g.carrier else None)
                warn.append(message("missing_period", language, resource=named, period=present[0]))
            resources.append(row)
            continue
        assert p_b and p_r
        sec_b = row["baseline"]["specific"]
        sec_r = row["reporting"]["specific"]
        saving_qty = (sec_b - sec_r) * p_r
        percent = (1.0 - sec_r / sec_b) * 100.0 if sec_b else None
        if not sec_b:
            named = resource_named(g.resource, g.carrier.key if g.carrier else None)
            warn.append(message("zero_baseline", language, resource=named))
        row["saving"] = {"quantity": saving_qty, "percent": percent}
        density = g.carrier.density_t_per_m3 if g.carrier else None
        price = _average_price(g.entries.get("reporting", []), g.unit, density)
        if price is None:
            price = _average_price(g.entries.get("baseline", []), g.unit, density)
        if price is not None:
            row["cost_saving_vnd"] = saving_qty * price
            row["unit_price_vnd"] = price
            cost_total += saving_qty * price
        if g.carrier is not None:
            has_energy = True
            carrier = g.carrier
            row["toe"] = {}
            for key in ("baseline", "reporting"):
                toe = gj = co2 = 0.0
                for e in g.entries[key]:
                    t, toe_factor = carrier.toe_of(e.quantity)
                    toe += t
                    gj += carrier.gj_of(e.quantity)
                    co2 += carrier.co2_t_of(e.quantity, grid)
                    factors_used.setdefault(
                        f"toe:{carrier.key}:{toe_factor.unit}", _factor_row(carrier.key, toe_factor)
                    )
                row["toe"][key] = toe
                energy[f"{key}_toe"] += toe
                energy[f"{key}_gj"] += gj
                (biogenic_by_period if carrier.biogenic else co2_by_period)[key] += co2
            if carrier.is_electricity and grid is not None:
                factors_used.setdefault("co2:electricity", _factor_row("electricity", grid))
            elif carrier.co2 is not None:
                factors_used.setdefault(f"co2:{carrier.key}", _factor_row(carrier.key, carrier.co2))
                if carrier.ncv is not None:
                    factors_used.setdefault(f"ncv:{carrier.key}", _factor_row(carrier.key, carrier.ncv))
        resources.append(row)

    summary: dict[str, Any] = {
        "assessment": a.id,
        "production": {
            "baseline": {"value": p_b, "unit": product_unit} if p_b is not None else None,
            "reporting": {"value": p_r, "unit": product_unit} if p_r is not None else None,
            "ratio": ratio,
        },
        "resources": resources,
    }
    summary["energy"] = _energy_block(energy, p_b, p_r, a) if has_energy and p_b and p_r else None
    co2_saving = _normalised(co2_by_period["baseline"], co2_by_period["reporting"], p_b, p_r)
    summary["co2"] = {
        "saving_t": co2_saving,
        "baseline_t": co2_by_period["baseline"],
        "reporting_t": co2_by_period["reporting"],
        "biogenic_saving_t": _normalised(biogenic_by_period["baseline"], biogenic_by_period["reporting"], p_b, p_r),
        "factors": [
            {k: v for k, v in row.items() if not k.startswith("_")}
            for key, row in factors_used.items()
            if key.startswith("co2:")
        ],
        "other_factors": [row for key, row in factors_used.items() if not key.startswith("co2:")],
    }
    summary["cost_saving_vnd"] = cost_total
    energy_percent = summary["energy"]["saving_percent"] if summary["energy"] else None
    if energy_percent is None and p_b and p_r:
        warn.append(message("no_energy", language))
    year = date.fromisoformat(a.reporting.end).year if a.reporting is not None else None
    summary["targets"] = target_entries(year, a.facility.vsic, energy_percent)
    summary["target_in_force"] = in_force_summary(year, a.facility.vsic, energy_percent, language)
    summary["warnings"] = warn
    apply_methods(a, summary, grid, language)  # regression where the readings allow it (domain/mv.py)
    summary["options"] = option_savings(a, resources, grid)  # each option's TOE, GJ, tCO2, VND
    return summary


def _normalised(base: float, rep: float, p_b: float | None, p_r: float | None) -> float:
    if not p_b or not p_r:
        return 0.0
    return (base / p_b - rep / p_r) * p_r


def _energy_block(energy: dict[str, float], p_b: float, p_r: float, a: Assessment) -> dict[str, Any]:
    spec_b = energy["baseline_toe"] / p_b
    spec_r = energy["reporting_toe"] / p_r
    block: dict[str, Any] = {
        "baseline_toe": energy["baseline_toe"],
        "reporting_toe": energy["reporting_toe"],
        "specific_baseline_toe": spec_b,
        "specific_reporting_toe": spec_r,
        "saving_toe": (spec_b - spec_r) * p_r,
        "saving_gj": _normalised(energy["baseline_gj"], energy["reporting_gj"], p_b, p_r),
        "saving_percent": (1.0 - spec_r / spec_b) * 100.0 if spec_b else None,
        "baseline_gj": energy["baseline_gj"],
        "reporting_gj": energy["reporting_gj"],
        "specific_baseline_gj": energy["baseline_gj"] / p_b,
        "specific_reporting_gj": energy["reporting_gj"] / p_r,
    }
    if a.baseline is not None:
        years = period_years(a.baseline)  # a whole calendar year is 1, leap or not
        if years > 0:
            annual = energy["baseline_toe"] / years
            block["annual_baseline_toe"] = annual
            block["key_energy_user"] = annual >= 1000.0
    return block


def _factor_row(carrier: str, f: Factor) -> dict[str, Any]:
    return {"carrier": carrier, "value": f.value, "unit": f.unit, "year": f.year, "source": f.source}
