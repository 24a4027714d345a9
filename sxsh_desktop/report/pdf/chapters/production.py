"""Chapter 2: production and inputs (consumption, specific consumption, prices, energy)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..format import date_text, esc

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Report


def production(report: Report) -> list[Any]:
    s, a, f = report.s, report.a, report.f
    out = [*report.h1(s["s_production"]), report.p(esc(s["production_intro"]), "intro")]
    prod = report.summary["production"]
    rows = []
    for key in ("baseline", "reporting"):
        period = a.period(key)
        if period is None:
            continue
        value = prod[key]["value"] if prod.get(key) else None
        rows.append(
            [
                s["baseline_period" if key == "baseline" else "reporting_period"],
                date_text(period.start, report.lang),
                date_text(period.end, report.lang),
                f"{f.n(value, 0)} {report.product_unit}",
                f.q(period.production),
            ]
        )
    if rows:
        out += report.table(
            s["t_production"],
            [s["col_period"], s["col_from"], s["col_to"], s["col_production"], s["col_as_entered"]],
            rows,
            [0.22, 0.17, 0.17, 0.22, 0.22],
            right=(3, 4),
        )
    for code in ("no_baseline", "no_reporting"):
        if code in report.missing_codes:
            out.append(report.notice(esc(s[report.notice_code(code)])))
    resources = report.summary["resources"]
    if not resources:
        out.append(report.notice(esc(s["no_consumption"])))
        return out
    rows = []
    both = a.reporting is not None
    for r in resources:
        b, rp = r["baseline"] or {}, r["reporting"] or {}
        entries = [c for c in a.consumption if c.resource == r["resource"] and c.unit_price is not None]
        priced = sorted(entries, key=lambda c: c.period != "reporting")
        price = f.q(priced[0].unit_price) if priced else "–"
        row = [report.resource_name(r["resource"]), f.unit(r["unit"]), f.sig(b.get("consumption"), 4)]
        if both:
            row.append(f.sig(rp.get("consumption"), 4))
        row.append(f.sig(b.get("specific"), 4))
        if both:
            row.append(f.sig(rp.get("specific"), 4))
        rows.append([*row, f.unit(r["specific_unit"]), price])
    if both:
        headers = [
            s["col_input"],
            s["col_unit"],
            s["col_consumption_b"],
            s["col_consumption_r"],
            s["col_specific_b"],
            s["col_specific_r"],
            s["col_specific_unit"],
            s["col_unit_price"],
        ]
        right: tuple[int, ...]
        widths, right = [0.16, 0.06, 0.12, 0.12, 0.11, 0.11, 0.1, 0.22], (2, 3, 4, 5, 7)
    else:
        headers = [
            s["col_input"],
            s["col_unit"],
            s["col_consumption_b"],
            s["col_specific_b"],
            s["col_specific_unit"],
            s["col_unit_price"],
        ]
        widths, right = [0.22, 0.08, 0.17, 0.17, 0.13, 0.23], (2, 3, 5)
    out += report.table(s["t_inputs"], headers, rows, widths, right=right)
    e = report.summary["energy"]
    if e:
        out.append(
            report.p(
                esc(
                    s["energy_total"].format(
                        b_toe=f.n(e["baseline_toe"], 1),
                        b_gj=f.n(e["baseline_gj"], 0),
                        r_toe=f.n(e["reporting_toe"], 1),
                        r_gj=f.n(e["reporting_gj"], 0),
                        b_mj=f.n(e["specific_baseline_gj"] * 1000, 0),
                        r_mj=f.n(e["specific_reporting_gj"] * 1000, 0),
                        unit=report.product_unit,
                    )
                )
            )
        )
        if e.get("key_energy_user"):
            out.append(report.p(esc(s["key_energy_user"].format(toe=f.n(e["annual_baseline_toe"], 0)))))
    out += report.team_note(2)
    return out
