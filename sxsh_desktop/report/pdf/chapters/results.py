"""Chapter 8: results (SEC before and after, savings, energy and CO2, targets, factors and sources)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from ...reference_vi import in_vietnamese
from ..format import Markup, esc, in_language
from ..layout import BAD, GOOD
from . import mv
from .benchmark import benchmark

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Report


def results(report: Report) -> list[Any]:
    from ...charts import sec_figure

    s, f, summary = report.s, report.f, report.summary
    out = [*report.h1(s["s_results"])]
    blocking = [code for code in ("no_baseline", "no_reporting") if code in report.missing_codes]
    if blocking:
        for code in blocking:
            out.append(report.notice(esc(s[report.notice_code(code)])))
        out += benchmark(report)
        return out
    ratio = summary["production"]["ratio"]
    out.append(
        report.p(
            esc(
                s["results_intro"].format(
                    r=report.period_text("reporting"),
                    b=report.period_text("baseline"),
                    ratio=f.n((ratio or 0) * 100, 1),
                )
            )
        )
    )
    complete = [r for r in summary["resources"] if r["saving"] is not None]
    # SEC before / after
    out += report.h2(s["s_sec"])
    rows = [
        [
            report.resource_name(r["resource"]),
            r["specific_unit"],
            f.sig(r["baseline"]["specific"], 4),
            f.sig(r["reporting"]["specific"], 4),
            f.pct(-r["saving"]["percent"], 1) if r["saving"]["percent"] is not None else "–",
        ]
        for r in complete
    ]
    out += report.table(
        s["t_sec"],
        [
            s["col_input"],
            s["col_specific_unit"],
            report.period_short("baseline"),
            report.period_short("reporting"),
            s["col_change"],
        ],
        rows,
        [0.3, 0.16, 0.19, 0.19, 0.16],
        right=(2, 3, 4),
    )
    chart_rows = [
        (
            report.resource_name(r["resource"]),
            r["specific_unit"],
            r["baseline"]["specific"],
            r["reporting"]["specific"],
        )
        for r in complete
    ]
    out += report.figure(
        partial(
            sec_figure, chart_rows, (report.period_short("baseline"), report.period_short("reporting")), report.lang
        ),
        s["f_sec"],
    )
    out += benchmark(report)
    # savings
    out += report.h2(s["s_savings"])
    rows = []
    by_method = mv.has_readings(report)  # with readings, the table names each resource's method
    for r in complete:
        sv = r["saving"]
        rows.append(
            [
                report.resource_name(r["resource"]),
                *([mv.method_name(report, r)] if by_method else []),
                f"{f.sig(sv['quantity'], 4)} {f.unit(r['unit'])}",
                f.pct(sv["percent"], 1),
                f.money_m(r["cost_saving_vnd"], 1),
            ]
        )
    rows.append([s["total"], *([""] if by_method else []), "", "", f.money_m(summary["cost_saving_vnd"], 1)])
    out += report.table(
        s["t_savings"],
        [
            s["col_input"],
            *([mv.TEXT[report.lang]["col_method"]] if by_method else []),
            s["col_saving"],
            s["col_saving_pct"],
            s["col_value"],
        ],
        rows,
        [0.3, 0.14, 0.2, 0.14, 0.22] if by_method else [0.4, 0.22, 0.16, 0.22],
        right=(2, 3, 4) if by_method else (1, 2, 3),
        total_row=True,
    )
    out += mv.measurement(report)
    # energy and CO2
    out += report.h2(s["s_energy"])
    e = summary["energy"]
    if e:
        unit = report.product_unit
        pairs = [
            (s["energy_b"], f"{f.n(e['baseline_toe'], 1)} TOE · {f.n(e['baseline_gj'], 0)} GJ"),
            (s["energy_r"], f"{f.n(e['reporting_toe'], 1)} TOE · {f.n(e['reporting_gj'], 0)} GJ"),
            (
                s["energy_sec"],
                s["energy_sec_value"].format(
                    b_kgoe=f.sig(e["specific_baseline_toe"] * 1000, 4),
                    r_kgoe=f.sig(e["specific_reporting_toe"] * 1000, 4),
                    b_mj=f.n(e["specific_baseline_gj"] * 1000, 0),
                    r_mj=f.n(e["specific_reporting_gj"] * 1000, 0),
                    unit=unit,
                ),
            ),
            (s["energy_saving"], f"{f.n(e['saving_toe'], 1)} TOE · {f.n(e['saving_gj'], 0)} GJ"),
            (s["energy_pct"], f.pct(e["saving_percent"], 1)),
            (s["co2_saving"], f"{f.n(summary['co2']['saving_t'], 1)} tCO2"),
        ]
        if summary["co2"].get("biogenic_saving_t"):
            pairs.append((s["co2_biogenic"], f"{f.n(summary['co2']['biogenic_saving_t'], 1)} tCO2"))
        pairs.append(
            (
                s["cost_saving"],
                f"{f.money_m(summary['cost_saving_vnd'], 1)} {'triệu đồng' if report.lang == 'vi' else 'VND million'}",
            )
        )
        out.append(report.kv(pairs, key_width=0.36))
    else:
        out.append(report.notice(esc(s["no_energy"])))
    # targets
    out += report.h2(s["s_targets"])
    achieved = f.pct(e["saving_percent"], 1) if e else "–"
    chosen = summary.get("target_in_force") or {}
    if chosen.get("reason"):  # which band the facility is held against, and why
        out.append(report.p(f"<b>{esc(chosen['reason'])}</b>"))
    rows = []
    for t in summary["targets"]:
        low, high = t["band_percent"]
        verdict = (
            f"<font color='{GOOD}'><b>{esc(s['met'])}</b></font>"
            if t["met"]
            else f"<font color='{BAD}'><b>{esc(s['not_met'])}</b></font>"
        )
        status = s["band_in_force"] if t.get("in_force") else s["band_reference"]
        if t.get("in_force") and t.get("indicative"):
            status = s["band_indicative"]
        stage = f"{t['period'].replace('-', '–')} ({status})"
        if not t.get("in_force"):
            verdict = esc(s["met"] if t["met"] else s["not_met"])  # for reference: not in colour
        rows.append([t.get("programme", ""), stage, f"{f.n(low, 0)}–{f.n(high, 0)} %", achieved, Markup(verdict)])
    out += report.table(
        s["t_targets"],
        [s["col_programme"], s["col_stage"], s["col_band"], s["col_achieved"], s["col_verdict"]],
        rows,
        [0.16, 0.3, 0.18, 0.16, 0.2],
        right=(2, 3),
    )
    documents = list(
        dict.fromkeys(in_language(t["document"], report.lang) for t in summary["targets"] if t.get("document"))
    )
    if documents:
        out.append(report.p(esc(s["targets_note"].format(doc="; ".join(documents))), "note"))
    # factors
    out += report.h2(s["s_factors"])
    rows = []
    factors = [*summary["co2"].get("other_factors", []), *summary["co2"]["factors"]]
    for fac in factors:
        unit = fac["unit"]
        if unit.startswith("TOE"):
            kind = "factor_toe"
        elif unit.startswith("GJ"):
            kind = "factor_ncv"
        else:
            kind = "factor_co2"
        rows.append(
            [
                s[kind].format(carrier=report.resource_name(fac["carrier"])),
                f.exact(fac["value"]),
                unit,
                str(fac["year"]) if fac.get("year") else "–",
                in_vietnamese(fac["source"]) if report.lang == "vi" else fac["source"],
            ]
        )
    if rows:
        out += report.table(
            s["t_factors"],
            [s["col_factor"], s["col_factor_value"], s["col_unit"], s["col_year"], s["col_source"]],
            rows,
            [0.24, 0.12, 0.12, 0.07, 0.45],
            right=(1,),
        )
    out.append(report.p(esc(s["factors_note"]), "note"))
    if summary["warnings"]:
        out += report.h2(s["warnings"])
        for w in summary["warnings"]:
            out.append(report.p(esc(w), "bullet"))
    out += report.team_note(16)
    return out
