"""Appendix: consumption data as entered, the tasks of the method, settings and the document's identity."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .... import __version__
from ....domain.methodology import (
    STEPS,
)
from ..format import date_text, esc

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Report


def appendix(report: Report) -> list[Any]:
    from reportlab.platypus import PageBreak

    s, a, f = report.s, report.a, report.f
    out: list[Any] = [PageBreak(), *report.h1(s["s_appendix"]), *report.h2(s["s_app_consumption"])]
    if a.consumption:
        rows = []
        for c in sorted(a.consumption, key=lambda c: (c.resource, c.period != "baseline")):
            rows.append(
                [
                    report.resource_name(c.resource),
                    report.resource_name(c.carrier) if c.carrier else "–",
                    s["baseline_period" if c.period == "baseline" else "reporting_period"],
                    f.q(c.quantity),
                    f.q(c.unit_price),
                ]
            )
        out += report.table(
            None,
            [s["col_input"], s["col_carrier"], s["col_period"], s["col_quantity"], s["col_unit_price"]],
            rows,
            [0.22, 0.18, 0.2, 0.2, 0.2],
            right=(3, 4),
        )
    else:
        out.append(report.notice(esc(s["no_consumption"])))
    out += report.h2(s["s_app_tasks"])
    progress = {t.task: t for t in a.tasks}
    rows = []
    for step in STEPS:
        for task in step.tasks:
            t = progress.get(task.number)
            rows.append(
                [
                    str(task.number),
                    f"{step.number}. {step.name(report.lang)}",
                    task.name(report.lang),
                    s["done"] if t and t.done else s["not_done"],
                    t.notes if t and t.notes else "",
                ]
            )
    out += report.table(
        None,
        [s["col_no"], s["col_method_step"], s["col_task"], s["col_done"], s["col_notes"]],
        rows,
        [0.05, 0.2, 0.27, 0.1, 0.38],
    )
    out += report.h2(s["s_app_settings"])
    grid_year = a.settings.grid_emission_factor_year
    pairs = [
        (
            s["discount_rate"],
            f"{f.n(a.settings.discount_fraction * 100, 1)} %/{'năm' if report.lang == 'vi' else 'year'}",
        ),
        (s["grid_year"], str(grid_year) if grid_year else s["latest"]),
        (s["tolerance"], f"{f.n(a.settings.balance_tolerance_percent, 1)} %"),
        (s["assessment_id"], a.id),
        (s["revision"], str(a.revision)),
        (s["created"], date_text(a.created_at, report.lang)),
        (s["updated"], date_text(a.updated_at, report.lang)),
        (s["producer"], f"SXSH Desktop {__version__}"),
    ]
    out.append(report.kv(pairs, key_width=0.36))
    return out
