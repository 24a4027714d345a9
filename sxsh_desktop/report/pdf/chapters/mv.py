"""Measurement and verification, a part of the results chapter when the assessment has readings (ISO 50006,
IPMVP Option C): the data read, each resource's baseline model and its statistics, the method its saving
is reckoned by and why, the adjusted baseline and the saving, the scatter and the CUSUM; then the monthly
data themselves. Without readings the report has no such part (and is as it was)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from ..format import Markup, esc
from ..layout import BAD, GOOD

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Report

TEXT = {
    "vi": {
        "title": "Đo lường và kiểm chứng (IPMVP, phương án C)",
        "intro": (
            "Tiết kiệm của các tài nguyên có số đọc hằng tháng được tính theo mô hình đường cơ sở (ISO 50006): "
            "hồi quy bình phương tối thiểu của mức tiêu thụ theo sản lượng (và các yếu tố khác) trên {n_b} kỳ đọc "
            "của kỳ cơ sở, áp vào {n_r} kỳ đọc của kỳ báo cáo. Mô hình đạt khi R² ≥ {r2}, p của hệ số sản lượng "
            "≤ {p} và hệ số sản lượng dương; nếu không, hoặc khi có dưới 12 kỳ đọc, dùng tỷ số suất tiêu hao."
        ),
        "t_data": "Số liệu đọc theo kỳ",
        "col_period": "Kỳ",
        "col_readings": "Số kỳ đọc",
        "col_span": "Từ – đến",
        "col_production": "Sản lượng",
        "t_models": "Mô hình đường cơ sở và phương pháp tính tiết kiệm",
        "col_resource": "Tài nguyên",
        "col_model": "Mô hình",
        "col_stats": "Thống kê",
        "col_method": "Phương pháp",
        "regression": "hồi quy",
        "ratio": "tỷ số",
        "valid": "đạt",
        "not_valid": "chưa đạt",
        "stats": "R² {r2} · R² hc {adj} · CV(RMSE) {cv} · NMBE {nmbe} · p {p} · n {n}",
        "t_adjusted": "Đường cơ sở điều chỉnh và tiết kiệm (các tài nguyên tính theo hồi quy)",
        "col_adjusted": "Đường cơ sở điều chỉnh",
        "col_actual": "Tiêu thụ thực tế",
        "col_saving": "Tiết kiệm",
        "f_mv": "{resource}: tiêu thụ theo sản lượng từng kỳ đọc với đường mô hình kỳ cơ sở, và tiết kiệm cộng dồn (CUSUM)",
        "t_monthly": "Số đọc hằng tháng: {period}",
        "col_month": "Tháng",
        "annual": "số liệu cả kỳ",
        "cdd": "Độ-ngày làm mát",
    },
    "en": {
        "title": "Measurement and verification (IPMVP, Option C)",
        "intro": (
            "The savings of the resources read by month are reckoned against a baseline model (ISO 50006): an "
            "ordinary least squares regression of consumption on production (and further drivers) over the "
            "baseline's {n_b} readings, applied to the reporting period's {n_r} readings. A model is valid with "
            "R² ≥ {r2}, the production slope's p ≤ {p} and a positive slope; otherwise, or with fewer than 12 "
            "readings, the ratio of specific consumption is used."
        ),
        "t_data": "Data read, by period",
        "col_period": "Period",
        "col_readings": "Readings",
        "col_span": "From – to",
        "col_production": "Production",
        "t_models": "Baseline models and the method of each saving",
        "col_resource": "Resource",
        "col_model": "Model",
        "col_stats": "Statistics",
        "col_method": "Method",
        "regression": "regression",
        "ratio": "ratio",
        "valid": "valid",
        "not_valid": "not valid",
        "stats": "R² {r2} · adj. R² {adj} · CV(RMSE) {cv} · NMBE {nmbe} · p {p} · n {n}",
        "t_adjusted": "Adjusted baseline and saving (the resources reckoned by regression)",
        "col_adjusted": "Adjusted baseline",
        "col_actual": "Actual use",
        "col_saving": "Saving",
        "f_mv": "{resource}: consumption against production per reading with the baseline model's line, and the "
        "cumulative saving (CUSUM)",
        "t_monthly": "Monthly readings: {period}",
        "col_month": "Month",
        "annual": "whole-period figures",
        "cdd": "Cooling degree days",
    },
}


def method_name(report: Report, row: dict[str, Any]) -> str:
    """The method a resource's saving is reckoned by, as the results table names it."""
    return TEXT[report.lang][row.get("method") or "ratio"]


def has_readings(report: Report) -> bool:
    return bool(report.a.readings)


def measurement(report: Report) -> list[Any]:
    from ....domain.mv import scatter_points
    from ....domain.readings import format_span, period_readings, product_unit
    from ....domain.regression import thresholds
    from ...mv_charts import mv_figure

    if not has_readings(report):
        return []
    t, f, a, summary = TEXT[report.lang], report.f, report.a, report.summary
    p_unit = product_unit(a)
    counts = {key: len(period_readings(a, key)) for key in ("baseline", "reporting")}
    min_r2, max_p = thresholds(a.settings)
    out = [*report.h2(t["title"])]
    out.append(
        report.p(
            esc(t["intro"].format(n_b=counts["baseline"], n_r=counts["reporting"], r2=f.n(min_r2, 2), p=f.n(max_p, 2)))
        )
    )
    rows = []
    for key in ("baseline", "reporting"):
        readings = period_readings(a, key)
        if not readings:
            continue
        total = sum(r.production.value for r in readings if r.production is not None and r.production.value is not None)
        span = (
            f"{format_span(readings[0].start, readings[0].end)} – {format_span(readings[-1].start, readings[-1].end)}"
        )
        rows.append([report.period_short(key), str(len(readings)), span, f"{f.n(total, 0)} {p_unit}"])
    out += report.table(
        t["t_data"],
        [t["col_period"], t["col_readings"], t["col_span"], t["col_production"]],
        rows,
        [0.25, 0.15, 0.35, 0.25],
        right=(1, 3),
    )
    read = {e.resource for r in a.readings for e in r.consumption}
    resources = [r for r in summary["resources"] if r["resource"] in read]
    rows = []
    for r in resources:
        m = r.get("model")
        if m:
            terms = [f.sig(m["intercept"], 4), f"{f.sig(m['slope'], 4)}·P"]
            terms += [f"{f.sig(v, 4)}·{k}" for k, v in m["coefficients"].items()]
            formula = f"E = {' + '.join(terms)} {r['unit']}"
            stats = t["stats"].format(
                r2=f.n(m["r2"], 3),
                adj=f.n(m["adj_r2"], 3),
                cv=f.pct(m["cv_rmse_percent"], 1),
                nmbe=f.pct(m["nmbe_percent"], 2),
                p=f.n(m["p_slope"], 4),
                n=m["n"],
            )
            colour, word = (GOOD, t["valid"]) if m["valid"] else (BAD, t["not_valid"])
            stats_cell: Any = Markup(f"{esc(stats)}<br/><font color='{colour}'><b>{esc(word)}</b></font>")
        else:
            formula, stats_cell = "–", "–"
        method = method_name(report, r)
        if r.get("method_reason"):
            method += f": {r['method_reason']}"
        rows.append([report.resource_name(r["resource"]), formula, stats_cell, method])
    out += report.table(
        t["t_models"],
        [t["col_resource"], t["col_model"], t["col_stats"], t["col_method"]],
        rows,
        [0.16, 0.27, 0.3, 0.27],
    )
    regression = [r for r in resources if r.get("method") == "regression"]
    if regression:
        rows = [
            [
                report.resource_name(r["resource"]),
                f"{f.sig(r['adjusted_baseline'], 5)} {r['unit']}",
                f"{f.sig(r['adjusted_baseline'] - r['saving']['quantity'], 5)} {r['unit']}",
                f"{f.sig(r['saving']['quantity'], 4)} {r['unit']}",
                f.pct(r["saving"]["percent"], 1),
            ]
            for r in regression
        ]
        out += report.table(
            t["t_adjusted"],
            [t["col_resource"], t["col_adjusted"], t["col_actual"], t["col_saving"], "%"],
            rows,
            [0.24, 0.22, 0.22, 0.2, 0.12],
            right=(1, 2, 3, 4),
        )
    for r in resources:
        if not r.get("model") and not r.get("cusum"):
            continue
        name = report.resource_name(r["resource"])
        base, rep = scatter_points(a, r["resource"], r["unit"], r.get("carrier"))
        chart = partial(
            mv_figure, base, rep, r.get("model"), r.get("cusum") or [], name, r["unit"], p_unit, report.lang
        )
        out += report.figure(chart, t["f_mv"].format(resource=name))
    keys = {r["resource"] for r in resources}
    for w in summary["warnings"]:
        if _of_resource(w) in keys:
            out.append(report.p(esc(w), "bullet"))
    return out + monthly_tables(report)


def _of_resource(warning: str) -> str | None:
    """The resource key a warning of the summary speaks of (its message's `resource`), if any."""
    from ....domain.message import Named, Said

    named = warning.said.params.get("resource") if isinstance(warning, Said) else None
    return named.key if isinstance(named, Named) else None


def monthly_tables(report: Report) -> list[Any]:
    """The readings themselves, a table per period (for the appendix)."""
    from ....domain.readings import format_span, period_readings, product_unit
    from ....domain.reference import carriers

    if not has_readings(report):
        return []
    t, f, a = TEXT[report.lang], report.f, report.a
    keys = list(dict.fromkeys(e.resource for r in a.readings for e in r.consumption))
    drivers = list(dict.fromkeys(k for r in a.readings for k in r.drivers))
    by_resource = {r["resource"]: r for r in report.summary["resources"]}
    units = {k: by_resource[k]["unit"] if k in by_resource else _first_unit(a, k) for k in keys}
    densities = {}
    for k in keys:
        c = carriers().get((by_resource.get(k) or {}).get("carrier") or k)
        densities[k] = c.density_t_per_m3 if c else None
    out: list[Any] = []
    for period in ("baseline", "reporting"):
        readings = period_readings(a, period)
        if not readings:
            continue
        headers = [t["col_month"], f"{t['col_production']} ({product_unit(a)})"]
        headers += [f"{report.resource_name(k)} ({units[k]})" for k in keys]
        headers += [t["cdd"] if k == "cdd" else k for k in drivers]
        rows = []
        for r in readings:
            produced = r.production
            row = [format_span(r.start, r.end), _num(f, _in(produced, product_unit(a), None))]
            for k in keys:
                e = r.entry(k)
                row.append(_num(f, _in(e.quantity if e else None, units[k], densities.get(k))))
            row += [_num(f, r.drivers.get(k)) for k in drivers]
            rows.append(row)
        n = len(headers)
        widths = [0.14] + [0.86 / (n - 1)] * (n - 1)
        out += report.table(
            t["t_monthly"].format(period=report.period_short(period)), headers, rows, widths, right=tuple(range(1, n))
        )
    return out


def _first_unit(a: Any, key: str) -> str:
    return next(e.quantity.unit for r in a.readings for e in r.consumption if e.resource == key)


def _in(q: Any, unit: str, density: float | None) -> float | None:
    """A reading's value in the column's unit (a reporting bill in MWh under a kWh column), None when empty."""
    from ....domain.quantities import UnitError, magnitude_in

    if q is None or q.value is None:
        return None
    try:
        return magnitude_in(q, unit, density)
    except UnitError:
        return q.value


def _num(f: Any, value: float | None) -> str:
    """A reading as typed: grouped, at most two decimals, none when it is whole."""
    if value is None:
        return "–"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return f.n(value, len(text.split(".")[1]) if "." in text else 0)
