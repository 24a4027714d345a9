"""Chapters 5 and 6: the cost of the waste streams (with the Pareto chart) and their causes."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING, Any

from ..format import Markup, esc

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Report


def _annual_production(report: Report) -> tuple[str, float | None, str]:
    """The period's production per year: as typed for a whole calendar year (leap or not); a period of
    another length is scaled by its length in years (each calendar year counted by its own days), and
    the text says so."""
    from ....domain.periods import period_years

    prod = report.summary["production"]
    for key in ("reporting", "baseline"):
        period = report.a.period(key)
        if period is None or not prod.get(key):
            continue
        years = period_years(period)
        annual = prod[key]["value"] / years if years > 0 else None
        label = report.s["reporting_period" if key == "reporting" else "baseline_period"].lower()
        text = f"{report.f.n(annual, 0)} {report.product_unit}/{'năm' if report.lang == 'vi' else 'year'}"
        if annual is not None and abs(years - 1.0) > 1e-9:
            days = (dt.date.fromisoformat(period.end) - dt.date.fromisoformat(period.start)).days + 1
            scaled = (
                "quy ra năm từ {p} {u} trong {d} ngày"
                if report.lang == "vi"
                else "scaled to a year from {p} {u} in {d} days"
            )
            text += " (" + scaled.format(p=report.f.n(prod[key]["value"], 0), u=report.product_unit, d=days) + ")"
        return label, annual, text
    return "", None, ""


def waste(report: Report) -> list[Any]:
    from ....domain.waste import waste_costs
    from ...charts import flow_kind_label, pareto_figure

    s, f = report.s, report.f
    out = [*report.h1(s["s_waste"])]
    costs = waste_costs(report.a)
    if not costs:
        out.append(report.notice(esc(s["no_waste"])))
        return out
    label, annual, annual_text = _annual_production(report)
    out.append(report.p(esc(s["waste_intro"].format(period=label or "–", production=annual_text or "–")), "intro"))
    costed = [c for c in costs if c.lost_value_vnd is not None or c.treatment_vnd is not None]
    uncosted = [c for c in costs if c.lost_value_vnd is None and c.treatment_vnd is None]
    if costed:
        rows = []
        total_unit = total_year = 0.0
        for c in costed:
            per_unit = c.per_unit_product_vnd
            per_year = per_unit * annual if (per_unit is not None and annual) else None
            total_unit += per_unit or 0.0
            total_year += per_year or 0.0
            rows.append(
                [
                    c.flow.name,
                    c.step.name,
                    flow_kind_label(c.flow.kind, report.lang),
                    f.q(c.flow.quantity),
                    f.n(c.lost_value_vnd, 0),
                    f.n(c.treatment_vnd, 0),
                    f.n(per_unit, 0),
                    f.money_m(per_year, 1),
                ]
            )
        rows.append([s["total"], "", "", "", "", "", f.n(total_unit, 0), f.money_m(total_year, 1)])
        out += report.table(
            s["t_waste"],
            [
                s["col_stream"],
                s["col_step"],
                s["col_kind"],
                s["col_amount"],
                s["col_lost"],
                s["col_treatment"],
                s["col_cost_unit"].format(unit=report.product_unit or "–"),
                s["col_cost_year"],
            ],
            rows,
            [0.18, 0.15, 0.12, 0.1, 0.11, 0.12, 0.1, 0.12],
            right=(3, 4, 5, 6, 7),
            total_row=True,
        )
        out += report.figure(partial(pareto_figure, costs, report.lang, f"VND/{report.product_unit}"), s["f_pareto"])
    if uncosted:
        out.append(report.p(esc(s["no_cost"].format(items=", ".join(c.flow.name for c in uncosted))), "note"))
    return out


def causes(report: Report) -> list[Any]:
    from ....domain.waste import is_waste

    s = report.s
    out = [*report.h1(s["s_causes"])]
    rows = []
    for step in sorted(report.a.process_steps, key=lambda st: st.order):
        for flow in step.flows:
            if flow.causes and (is_waste(flow) or flow.direction == "output"):
                bullets = "<br/>".join(f"• {esc(c)}" for c in flow.causes)
                rows.append(
                    [
                        Markup(f"<b>{esc(flow.name)}</b><br/><font size='7'>{esc(step.name)}</font>"),
                        Markup(bullets),
                    ]
                )
    if not rows:
        out.append(report.notice(esc(s["no_causes"])))
        return out
    out.append(report.p(esc(s["causes_intro"]), "intro"))
    out += report.table(s["t_causes"], [s["col_stream"], s["col_causes"]], rows, [0.36, 0.64])
    out += report.team_note(7)
    return out
