"""The last chapter: conclusions (the savings against the target in force, the balances, the costliest
waste), recommendations (options to carry out or study, the target still to reach, maintaining CP, the
data still missing) and the sign-off of the facility's director, the CP team leader and the
consultant."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..format import Markup, esc
from ..layout import HEAD, NBSP, TEXT_W
from .summary import chosen_totals, consultant_text, costliest_waste, target_sentence

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Report


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _options(report: Report, which: list[Any]) -> str:
    return "; ".join(f"{o.id} {_short(o.title)}" for o in which)


def conclusions(report: Report) -> list[Any]:
    from ....domain.balance import assessment_balances

    s, a, f = report.s, report.a, report.f
    if a.conclusions.strip():  # the consultant's own conclusions and recommendations, as written
        return [*report.h1(s["s_conclusions"]), *consultant_text(report, a.conclusions), *signoff(report)]
    out = [*report.h1(s["s_conclusions"]), *report.h2(s["s_conclusions_1"])]
    points: list[str] = []
    e = report.summary.get("energy")
    blocking = [text for code, text in report.missing if code in ("no_baseline", "no_reporting")]
    if blocking:
        points.append(s["summary_no_results"].format(what="; ".join(blocking)))
    elif e and e.get("saving_percent") is not None and e["saving_percent"] >= 0:
        points.append(
            s["summary_energy"].format(
                pct=f.pct(e["saving_percent"], 1),
                toe=f.n(e["saving_toe"], 1),
                co2=f.n(report.summary["co2"]["saving_t"], 1),
                vnd=f.money_m(report.summary["cost_saving_vnd"], 1),
            )
        )
    elif e and e.get("saving_percent") is not None:
        points.append(s["summary_energy_up"].format(pct=f.pct(-e["saving_percent"], 1)))
    target = target_sentence(report)
    if target:
        points.append(target)
    if a.process_steps:
        balances = assessment_balances(a)
        bad = sum(1 for b in balances if b.mass_flagged or b.energy_flagged)
        points.append(s["conclusion_balances"].format(bad=bad, n=len(balances)) if bad else s["conclusion_balances_ok"])
    waste = costliest_waste(report)
    if waste:
        points.append(s["summary_waste"].format(stream=waste[0], share=f.pct(waste[1], 0)))
    if a.options:
        investment, benefit, implemented, selected = chosen_totals(report)
        if implemented + selected:
            points.append(
                s["summary_investment"].format(investment=f.money_m(investment, 0), benefit=f.money_m(benefit, 0))
            )
    out += [report.p(f"•{NBSP}{esc(point)}", "bullet") for point in points]

    out += report.h2(s["s_recommendations"])
    advice: list[str] = []
    selected_only = [o for o in a.options if o.status == "selected"]
    if selected_only:
        advice.append(s["recommend_selected"].format(items=_options(report, selected_only)))
    study = [o for o in a.options if o.screening == "further_study" and o.status not in ("implemented", "rejected")]
    if study:
        advice.append(s["recommend_study"].format(items=_options(report, study)))
    t = report.summary.get("target_in_force") or {}
    if t.get("in_force") and not t.get("indicative") and t.get("met") is False and t.get("band_percent"):
        low, high = t["band_percent"]
        advice.append(
            s["recommend_target"].format(band=f"{f.n(low, 0)}–{f.n(high, 0)} %", programme=t.get("programme", ""))
        )
    progress = {task.task: task for task in a.tasks}
    remaining = [str(n) for n in range(14, 19) if not (progress.get(n) and progress[n].done)]
    advice.append(
        s["recommend_monitoring"].format(tasks=", ".join(remaining)) if remaining else s["recommend_monitoring_done"]
    )
    if report.missing:
        advice.append(s["recommend_data"].format(items="; ".join(text for _, text in report.missing)))
    out += [report.p(f"•{NBSP}{esc(point)}", "bullet") for point in advice]
    out += signoff(report)
    return out


def _leader(report: Report) -> str:
    for m in report.a.team:
        role = f"{m.role} {m.position}".casefold()
        if "trưởng nhóm" in role or "leader" in role:
            return m.name
    return ""


def _director(report: Report) -> str:
    for m in report.a.team:
        position = m.position.casefold()
        if ("giám đốc" in position and "phó" not in position) or position.strip() in ("director", "general director"):
            return m.name
    return ""


def signoff(report: Report) -> list[Any]:
    """Three signature boxes side by side, kept together: the facility's director, the CP team leader,
    the consultant (name and organisation when known, else a line to write on)."""
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    s, a = report.s, report.a
    consultant = ", ".join(x for x in (a.consultant.name, a.consultant.organisation) if x)
    people = [
        (s["signoff_director"], _director(report)),
        (s["signoff_leader"], _leader(report)),
        (s["signoff_consultant"], consultant),
    ]
    head = [report.cell(Markup(f"<b>{esc(title)}</b>"), "tdc") for title, _ in people]
    sign = [report.cell(s["signoff_sign"], "tdc") for _ in people]
    space = [Spacer(1, 22 * 2.835) for _ in people]
    names = [report.cell(_short(name, 160) or "..............................", "tdc") for _, name in people]
    dates = [report.cell(s["signoff_date"], "tdc") for _ in people]
    width = TEXT_W / 3
    t = Table([head, sign, space, names, dates], colWidths=[width] * 3, hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), report.st["td"].fontName, 7.9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, report.colors.HexColor(HEAD)),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, report.colors.HexColor(HEAD)),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [*report.h2(s["s_signoff"]), KeepTogether([report.p(esc(s["signoff_intro"])), t])]
