"""The summary (tóm tắt) before chapter 1: who assessed what and when, the options, the investment and
benefit of those chosen, the energy and CO2 saved, the costliest waste stream and the target in force,
each in one sentence; what cannot be said yet is said as missing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....domain.methodology import ASSESSMENT_TYPE_LABELS
from ..format import esc

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Report


def chosen_totals(report: Report) -> tuple[float, float, int, int]:
    """Investment and net annual benefit (VND) of the implemented and selected options, and how many
    of each."""
    from ....domain.economics import option_economics

    rate = report.a.settings.discount_fraction
    investment = benefit = 0.0
    implemented = selected = 0
    for o in report.a.options:
        if o.status not in ("implemented", "selected"):
            continue
        implemented += o.status == "implemented"
        selected += o.status == "selected"
        e = option_economics(o, rate)
        investment += e.investment_vnd or 0.0
        benefit += e.net_annual_benefit_vnd or 0.0
    return investment, benefit, implemented, selected


def target_sentence(report: Report) -> str | None:
    """The target in force and whether it is met (the savings summary's `target_in_force`)."""
    t = report.summary.get("target_in_force")
    if not t or not t.get("reason"):
        return None
    s = report.s
    if t.get("in_force") and not t.get("indicative") and t.get("met") is not None:
        return s["target_met" if t["met"] else "target_not_met"].format(reason=t["reason"])
    return s["target_reference"].format(reason=t["reason"])


def consultant_text(report: Report, text: str) -> list[Any]:
    """The consultant's own text as paragraphs: a blank line starts a new one, a line break stays one."""
    import re

    paragraphs = [p.strip("\n") for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]
    return [report.p("<br/>".join(esc(line) for line in p.split("\n"))) for p in paragraphs]


def summary(report: Report) -> list[Any]:
    s, a, f = report.s, report.a, report.f
    out = report.heading(s["s_summary"], 0)
    if a.executive_summary.strip():  # the consultant's own summary, as written
        return out + consultant_text(report, a.executive_summary)
    kind = ASSESSMENT_TYPE_LABELS.get(a.assessment_type, ASSESSMENT_TYPE_LABELS["rapid"])(report.lang).lower()
    sector = f" ({a.facility.sector})" if a.facility.sector else ""
    out.append(
        report.p(
            esc(
                s["summary_who"].format(
                    type=kind,
                    facility=a.facility.name or "–",
                    sector=sector,
                    consultant=", ".join(x for x in (a.consultant.name, a.consultant.organisation) if x) or "–",
                    baseline=report.period_text("baseline"),
                    reporting=report.period_text("reporting"),
                )
            )
        )
    )
    if a.options:
        counts = {
            k: sum(1 for o in a.options if o.screening == k) for k in ("implement_now", "further_study", "rejected")
        }
        investment, benefit, implemented, selected = chosen_totals(report)
        out.append(
            report.p(
                esc(
                    s["summary_options"].format(
                        n=len(a.options),
                        now=counts["implement_now"],
                        study=counts["further_study"],
                        rejected=counts["rejected"],
                        implemented=implemented,
                        selected=selected,
                    )
                )
            )
        )
        if implemented + selected:
            out.append(
                report.p(
                    esc(
                        s["summary_investment"].format(
                            investment=f.money_m(investment, 0), benefit=f.money_m(benefit, 0)
                        )
                    )
                )
            )
    e = report.summary.get("energy")
    blocking = [text for code, text in report.missing if code in ("no_baseline", "no_reporting")]
    if blocking:
        out.append(report.p(esc(s["summary_no_results"].format(what="; ".join(blocking)))))
    elif e and e.get("saving_percent") is not None:
        pct = e["saving_percent"]
        if pct >= 0:
            text = s["summary_energy"].format(
                pct=f.pct(pct, 1),
                toe=f.n(e["saving_toe"], 1),
                co2=f.n(report.summary["co2"]["saving_t"], 1),
                vnd=f.money_m(report.summary["cost_saving_vnd"], 1),
            )
        else:
            text = s["summary_energy_up"].format(pct=f.pct(-pct, 1))
        out.append(report.p(esc(text)))
    waste = costliest_waste(report)
    if waste:
        out.append(report.p(esc(s["summary_waste"].format(stream=waste[0], share=f.pct(waste[1], 0)))))
    target = target_sentence(report)
    if target:
        out.append(report.p(esc(target)))
    return out


def costliest_waste(report: Report) -> tuple[str, float] | None:
    """The waste stream with the largest cost per unit of product and its share of the costed total."""
    from ....domain.waste import waste_costs

    costs = [(c.flow.name, c.per_unit_product_vnd) for c in waste_costs(report.a) if c.per_unit_product_vnd]
    costs = [(n, v) for n, v in costs if v and v > 0]
    total = sum(v for _, v in costs)
    if not costs or total <= 0:
        return None
    name, value = max(costs, key=lambda x: x[1])
    return name, value / total * 100.0
