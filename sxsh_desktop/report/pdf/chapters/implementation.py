"""Chapter 9: implementation of the chosen options and maintaining CP."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....domain.economics import amount_vnd
from ....domain.methodology import (
    OPTION_STATUS_LABELS,
    TASKS,
)
from ..format import esc

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
                f"{s['col_investment']} ({'triệu đồng' if report.lang == 'vi' else 'VND million'})",
            ],
            rows,
            [0.07, 0.58, 0.17, 0.18],
            right=(3,),
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
    return out
