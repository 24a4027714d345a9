"""Chapter 7: the CP options (list and screening, feasibility, economics)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from ....domain.methodology import (
    COST_CLASS_LABELS,
    OPTION_CATEGORY_LABELS,
    OPTION_STATUS_LABELS,
    SCREENING_LABELS,
)
from ..format import esc

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Report


def options(report: Report) -> list[Any]:
    from ....domain.economics import note_text, option_economics
    from ...charts import options_figure

    s, a, f = report.s, report.a, report.f
    out = [*report.h1(s["s_options"])]
    if not a.options:
        out.append(report.notice(esc(s["no_options"])))
        return out
    out += report.h2(s["s_options_list"])
    counts = {k: sum(1 for o in a.options if o.screening == k) for k in ("implement_now", "further_study", "rejected")}
    out.append(
        report.p(
            esc(
                s["options_intro"].format(
                    n=len(a.options),
                    now=counts["implement_now"],
                    study=counts["further_study"],
                    rejected=counts["rejected"],
                )
            ),
            "intro",
        )
    )
    step_names = {st.id: st.name for st in a.process_steps}
    rows = []
    for o in a.options:
        rows.append(
            [
                o.id,
                o.title,
                OPTION_CATEGORY_LABELS[o.category](report.lang) if o.category in OPTION_CATEGORY_LABELS else o.category,
                step_names.get(o.process_step or "", "–"),
                COST_CLASS_LABELS[o.cost_class](report.lang) if o.cost_class in COST_CLASS_LABELS else o.cost_class,
                SCREENING_LABELS[o.screening](report.lang) if o.screening in SCREENING_LABELS else "–",
                OPTION_STATUS_LABELS[o.status](report.lang) if o.status in OPTION_STATUS_LABELS else o.status,
            ]
        )
    out += report.table(
        s["t_options"],
        [
            s["col_id"],
            s["col_option"],
            s["col_category"],
            s["col_step"],
            s["col_cost_class"],
            s["col_screening"],
            s["col_status"],
        ],
        rows,
        [0.05, 0.26, 0.15, 0.14, 0.12, 0.13, 0.15],
    )
    out += report.figure(partial(options_figure, a.options, report.lang), s["f_options"])
    out += report.team_note(8)
    out += report.team_note(9)

    out += report.h2(s["s_feasibility"])
    assessed = [o for o in a.options if (o.technical or "").strip() or (o.environmental or "").strip()]
    if assessed:  # the options without any assessment are not printed as rows of "–"
        rows = [[o.id, o.technical or "–", o.environmental or "–"] for o in assessed]
        out += report.table(
            s["t_feasibility"], [s["col_id"], s["col_technical"], s["col_environmental"]], rows, [0.06, 0.47, 0.47]
        )
    else:
        out.append(report.notice(esc(s["no_feasibility"])))
    out += report.team_note(10)
    out += report.team_note(12)

    out += report.h2(s["s_economics"])
    rate = a.settings.discount_fraction
    out.append(report.p(esc(s["economics_intro"].format(rate=f.n(rate * 100, 0))), "intro"))
    rows = []
    notes_seen: list[str] = []
    for o in a.options:
        e = option_economics(o, rate)
        expected = (
            "; ".join(
                f"{f.sig(rs.quantity.value, 4)} {f.unit(rs.quantity.unit)} {report.resource_name(rs.resource).lower()}"
                for rs in o.resource_savings
            )
            or "–"
        )
        figures = next((x for x in report.summary.get("options", []) if x["id"] == o.id), None)
        if figures is not None:
            extra = [
                f"{f.sig(figures[key], 3)} {unit}"
                for key, unit in (("saving_toe", "TOE"), ("saving_gj", "GJ"), ("co2_saving_t", "tCO2"))
                if figures[key] is not None
            ]
            if figures["cost_saving_vnd"] is not None:
                extra.append(f"{f.money_m(figures['cost_saving_vnd'], 1)} {'tr.đ' if report.lang == 'vi' else 'VND m'}")
            if extra:
                expected += " (≈ " + "; ".join(extra) + ")"
        payback = e.payback_years
        payback_text = (s["immediate"] if payback == 0 else f.n(payback, 1)) if payback is not None else "–"
        marks = []
        for code in e.notes:
            text = note_text(code, report.lang)
            if text not in notes_seen:
                notes_seen.append(text)
            marks.append(str(notes_seen.index(text) + 1))
        rows.append(
            [
                o.id,
                f.money_m(e.investment_vnd, 0),
                f.money_m(e.net_annual_benefit_vnd, 0),
                payback_text,
                f.money_m(e.npv_vnd, 0),
                f.pct(e.irr * 100, 0) if e.irr is not None else "–",
                expected,
                ", ".join(f"({m})" for m in marks),
            ]
        )
    out += report.table(
        s["t_economics"],
        [
            s["col_id"],
            s["col_investment"],
            s["col_benefit"],
            s["col_payback"],
            s["col_npv"],
            s["col_irr"],
            s["col_expected"],
            s["col_notes"],
        ],
        rows,
        [0.06, 0.11, 0.12, 0.1, 0.1, 0.08, 0.33, 0.1],
        right=(1, 2, 3, 4, 5),
    )
    for i, text in enumerate(notes_seen, start=1):
        out.append(report.p(f"({i}) {esc(text)}", "note"))
    out += report.team_note(11)
    out += report.team_note(13)
    return out
