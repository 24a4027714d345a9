"""Chapters 3 and 4: the process with its flow chart, and the balance of each step (with Sankey charts of
the focus steps)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from ..format import esc
from ..layout import BAD, GOOD

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Report


def basis_text(report: Report, step: Any) -> str:
    """The step's basis, with its label when it has one: "một mẻ nấu (100 hL)"."""
    amount = report.f.q(step.basis)
    return f"{step.basis_label} ({amount})" if step.basis_label else amount


def process(report: Report) -> list[Any]:
    from ...flow_chart import flow_chart_figure

    s, a = report.s, report.a
    out = [*report.h1(s["s_process"])]
    if not a.process_steps:
        out.append(report.notice(esc(s["no_steps"])))
        return out
    out.append(report.p(esc(s["process_intro"]), "intro"))
    steps = sorted(report.entered.process_steps, key=lambda st: st.order)
    rows = [
        [
            str(st.order),
            st.name,
            basis_text(report, st),
            str(sum(1 for x in st.flows if x.direction == "input")),
            str(sum(1 for x in st.flows if x.direction == "output")),
            s["yes"] if st.focus else "",
        ]
        for st in steps
    ]
    out += report.table(
        s["t_steps"],
        [s["col_no"], s["col_step"], s["col_basis"], s["col_inputs"], s["col_outputs"], s["col_focus"]],
        rows,
        [0.06, 0.46, 0.14, 0.11, 0.11, 0.12],
        right=(2, 3, 4),
    )
    focus = [st.name for st in steps if st.focus]
    out.append(report.p(esc(s["focus_text"].format(steps="; ".join(focus))) if focus else esc(s["no_focus"])))
    out += report.team_note(3)
    out += report.figure(partial(flow_chart_figure, steps, report.lang), s["f_flow_chart"])
    if report.pending_flows:
        out.append(report.p(esc(s["process_not_measured"]), "note"))
    out += report.team_note(4)
    return out


def balances(report: Report) -> list[Any]:
    from ....domain.balance import assessment_balances, flow_per_unit_product
    from ...charts import flow_kind_label, sankey_figure

    s, a, f = report.s, report.a, report.f
    out = [*report.h1(s["s_balances"])]
    if not a.process_steps:
        out.append(report.notice(esc(s["no_steps"])))
        return out
    tol = a.settings.balance_tolerance_percent
    out.append(report.p(esc(s["balances_intro"].format(unit=report.product_unit or "–", tol=f.n(tol, 0)))))
    out += report.team_note(5)
    unit = report.product_unit
    for bal in assessment_balances(a):
        step = bal.step
        out += report.h2(step.name + (f" ({s['col_focus'].lower()})" if step.focus else ""))
        pending = report.pending_flows.get(step.id, [])
        if pending:
            names = ", ".join(x.name for x in pending)
            if not step.flows:
                out.append(report.p(esc(s["flows_none_measured"].format(n=len(pending), items=names))))
                continue
            out.append(report.p(esc(s["flows_not_measured"].format(n=len(pending), items=names)), "note"))
        rows = []
        for flow in step.flows:
            per_unit = flow_per_unit_product(flow, step, unit) if unit else None
            rows.append(
                [
                    flow.name,
                    flow_kind_label(flow.kind, report.lang),
                    report.s["col_direction"].split("/")[0 if flow.direction == "input" else 1],
                    f.q(flow.quantity),
                    f.q(per_unit) if per_unit else "–",
                ]
            )
        out += report.table(
            s["t_flows"].format(step=step.name, basis=basis_text(report, step)),
            [
                s["col_flow"],
                s["col_kind"],
                s["col_direction"],
                s["col_amount"],
                s["col_per_unit"].format(unit=unit or "–"),
            ],
            rows,
            [0.42, 0.17, 0.09, 0.16, 0.16],
            right=(3, 4),
        )
        for side_name, side, flagged in (
            ("mass", bal.mass, bal.mass_flagged),
            ("energy", bal.energy, bal.energy_flagged),
        ):
            if side.input_count == 0 and side.output_count == 0:
                continue
            closure = side.closure_percent
            diff = side.difference
            if abs(diff) < 1e-9 * max(abs(side.inputs), abs(side.outputs), 1.0):
                diff = 0.0
            if closure is None:
                verdict = s["closure_open"]
                text = s[f"open_{side_name}"].format(inp=f.sig(side.inputs, 4), out=f.sig(side.outputs, 4))
            else:
                verdict = (s["closure_bad"] if flagged else s["closure_ok"]).format(tol=f.n(tol, 0))
                text = s[f"closure_{side_name}"].format(
                    inp=f.sig(side.inputs, 4),
                    out=f.sig(side.outputs, 4),
                    diff=f.sig(diff, 3),
                    pct=f.pct(closure if diff else 0.0, 1),
                )
            colour = BAD if flagged else ("#45525e" if closure is None else GOOD)
            out.append(report.p(f"{esc(text)} — <font color='{colour}'>{esc(verdict)}</font>.", "small"))
        if bal.excluded:
            items = ", ".join(f"{x.flow.name}" for x in bal.excluded)
            out.append(report.p(esc(s["excluded"].format(items=items)), "note"))
        if step.focus:
            basis = f.q(step.basis)
            out += report.figure(partial(sankey_figure, bal, report.lang, basis), s["f_sankey"].format(step=step.name))
    return out
