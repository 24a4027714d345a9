"""What each option's expected resource savings come to: TOE, GJ, tCO2 and VND (the savings summary's
`options`; the options page and the report show them).

An option's `resource_savings` are quantities per year of the assessment's resources. An energy
carrier's saving is converted with the same factors as the savings summary (official TOE, final
energy GJ, the grid factor of the year used there, IPCC fuel factors, biogenic CO2 apart); the money
is the quantity at the unit price the summary used for that resource (reporting period first).
A saving of a resource with no price, or not convertible, is listed without that figure.
"""

from __future__ import annotations

from typing import Any

from .model import Assessment
from .quantities import UnitError, magnitude_in
from .reference import Factor, carriers


def option_savings(a: Assessment, resources: list[dict[str, Any]], grid: Factor | None) -> list[dict[str, Any]]:
    """One entry per option: its id, the totals and each resource saving's figures."""
    table = carriers()
    rows = {r["resource"]: r for r in resources}
    refinement = {c.resource: c.carrier_key for c in a.consumption}
    out = []
    for option in a.options:
        totals = {"toe": 0.0, "gj": 0.0, "co2_t": 0.0, "vnd": 0.0}
        found = {"toe": False, "gj": False, "co2_t": False, "vnd": False}
        items = []
        for rs in option.resource_savings:
            q = rs.quantity
            item: dict[str, Any] = {"resource": rs.resource, "quantity": q.to_dict()}
            if q.value is None:
                items.append(item)
                continue
            carrier = table.get(rs.resource) or table.get(refinement.get(rs.resource, ""))
            if carrier is not None:
                try:
                    item["toe"] = carrier.toe_of(q)[0]
                    item["gj"] = carrier.gj_of(q)
                    item["co2_t"] = carrier.co2_t_of(q, grid)
                    item["biogenic"] = carrier.biogenic
                except UnitError:
                    pass
            row = rows.get(rs.resource)
            if row is not None and row.get("unit_price_vnd") is not None:
                density = carrier.density_t_per_m3 if carrier else None
                try:
                    item["vnd"] = magnitude_in(q, row["unit"], density) * row["unit_price_vnd"]
                except UnitError:
                    pass
            for key in totals:
                if key in item and not (key == "co2_t" and item.get("biogenic")):
                    totals[key] += item[key]
                    found[key] = True
            items.append(item)
        out.append(
            {
                "id": option.id,
                "title": option.title,
                "status": option.status,
                "saving_toe": totals["toe"] if found["toe"] else None,
                "saving_gj": totals["gj"] if found["gj"] else None,
                "co2_saving_t": totals["co2_t"] if found["co2_t"] else None,
                "cost_saving_vnd": totals["vnd"] if found["vnd"] else None,
                "resources": items,
            }
        )
    return out
