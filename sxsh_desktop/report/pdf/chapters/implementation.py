"""Chapter 9: implementation of the chosen options and maintaining CP."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....domain.economics import amount_vnd
from ....domain.methodology import (
    OPTION_STATUS_LABELS,
    TASKS,
)
from ....domain.model import MAINTENANCE_MEASURES
from ..format import date_text, esc

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Report


def implementation(report: Report) -> list[Any]:
    s, a, f = report.s, report.a, report.f
    out = [*report.h1(s["s_implementation"]), report.p(esc(s["impl_intro"]), "intro")]
    chosen = [o for o in a.options if o.status in ("implemented", "selected")]
    if chosen:
        implemented = sum(1 for o in chosen if o.status == "implemented")
        out.append(report.p(esc(s["impl_counts"].format(implemented=implemented, selected=len(chosen) - implemented))))
        rows = [
            [
                o.id,
                o.title,
                OPTION_STATUS_LABELS[o.status](report.lang),
                o.responsible or "–",
                date_text(o.planned_date, report.lang),
                date_text(o.done_date, report.lang),
                f.money_m(amount_vnd(o.investment), 0),
            ]
            for o in chosen
        ]
        out += report.table(
            s["t_impl"],
            [
                s["col_id"],
                s["col_option"],
                s["col_status"],
                s["col_responsible"],
                s["col_planned"],
                s["col_done_on"],
                f"{s['col_investment']} ({'triệu đồng' if report.lang == 'vi' else 'VND million'})",
            ],
            rows,
            [0.06, 0.31, 0.12, 0.15, 0.11, 0.11, 0.14],
            right=(6,),
        )
    else:
        out.append(report.notice(esc(s["no_selected"])))
    rows = []
    progress = {t.task: t for t in a.tasks}
    for number in range(14, 19):
        t = progress.get(number)
        rows.append(
            [
                str(number),
                TASKS[number].name(report.lang),
                s["done"] if t and t.done else s["not_done"],
                (t.notes if t and t.notes else "–"),
            ]
        )
    out += report.table(
        s["t_maintain"], [s["col_no"], s["col_task"], s["col_done"], s["col_notes"]], rows, [0.06, 0.32, 0.14, 0.48]
    )
    return out + maintenance(report)


def maintenance(report: Report) -> list[Any]:
    """What keeps CP going (task 17) and the next audit focus and review (task 18), one sentence each."""
    s, m = report.s, report.a.maintenance
    items = [s[f"measure_{key}"] for key in MAINTENANCE_MEASURES if key in m.measures]
    out = [report.p(esc(s["maintain_measures"].format(items="; ".join(items)) if items else s["maintain_no_measures"]))]
    if m.next_focus:
        step = report.a.step(m.next_focus)
        out.append(report.p(esc(s["maintain_next"].format(step=step.name if step else m.next_focus))))
    if m.review_date:
        out.append(report.p(esc(s["maintain_review"].format(date=date_text(m.review_date, report.lang)))))
    return out
