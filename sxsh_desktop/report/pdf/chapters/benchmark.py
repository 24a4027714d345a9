"""The facility's specific energy consumption against the norm of its sector and against best practice
(part of the results)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..format import Markup, esc, in_language
from ..layout import BAD, GOOD, NBSP

if TYPE_CHECKING:  # pragma: no cover
    from ....domain.benchmark import BenchmarkResult
    from ..document import Report


def benchmark_result(report: Report) -> BenchmarkResult:
    if report._benchmark is None:
        from ....interchange.templates import benchmark_assessment

        report._benchmark = benchmark_assessment(report.entered)
    return report._benchmark


def _bench_number(report: Report, value: float | None) -> str:
    """A specific consumption as the norm tables print them: MJ/hL and MJ/t in whole units,
    small figures (hL water/hL) with one decimal."""
    if value is None:
        return "–"
    if abs(value) >= 100:
        return report.f.n(value, 0)
    if abs(value) >= 1:
        return report.f.n(value, 1)
    return report.f.sig(value, 3)


def benchmark(report: Report) -> list[Any]:
    """The facility's energy SEC against the norm of its capacity class and period, and against
    best practice where known, with the sources; one sentence when there is nothing to compare."""
    s, f = report.s, report.f
    r = benchmark_result(report)
    out = report.h2(s["s_benchmark"])
    if r.status != "ok":
        text = r.reason(report.lang) if r.reason is not None else s["not_compared"]
        out.append(report.p(esc(text)))
        return out
    unit = r.unit or ""
    process = r.process_label(report.lang) if r.process_label else ""
    out.append(report.p(esc(s["benchmark_intro"].format(process=process)), "intro"))
    rows = []
    period_notes: list[str] = []
    for c in (r.baseline, r.reporting):
        if c is None:
            continue
        klass = esc(c.capacity_class(report.lang) if c.capacity_class else "–")
        if c.annual_production is not None and c.capacity_unit:
            output = f"{f.n(c.annual_production, 0)}{NBSP}{f.unit(c.capacity_unit)}"
            klass += f"<br/><font size='7' color='#45525e'>{esc(s['annual_output'].format(value=output))}</font>"
        if c.within is None:
            verdict: Any = s["not_compared"]
        else:
            pct = f.pct(abs(c.difference_percent or 0.0), 1).replace(" ", NBSP)
            if c.within and not c.difference_percent:
                words, colour = s["at_norm"], GOOD
            elif c.within:
                words, colour = s["within_norm"].format(pct=pct), GOOD
            else:
                words, colour = s["above_norm"].format(pct=pct), BAD
            verdict = Markup(f"<font color='{colour}'><b>{esc(words)}</b></font>")
        rows.append(
            [
                report.period_short(c.period),
                Markup(klass),
                c.norm_period_label(report.lang) if c.norm_period_label else "–",
                _bench_number(report, c.norm_value),
                _bench_number(report, c.sec),
                verdict,
            ]
        )
        for note in c.notes:
            text = f"{report.period_short(c.period)}: {note(report.lang)}"
            if text not in period_notes:
                period_notes.append(text)
    out += report.table(
        s["t_benchmark"].format(unit=unit),
        [
            s["col_period"],
            s["col_class"],
            s["col_norm_period"],
            s["col_norm"].format(unit=unit),
            s["col_facility_sec"].format(unit=unit),
            s["col_vs_norm"],
        ],
        rows,
        [0.15, 0.24, 0.12, 0.11, 0.14, 0.24],
        right=(3, 4),
    )
    if r.source is not None:
        status = s["status_official"] if r.source.status == "official" else s["status_secondary"]
        year = f"{r.source.year}; " if r.source.year else ""
        source = s["norm_source"].format(document=in_language(r.source.document, report.lang), year=year, status=status)
        if r.source.note:
            source += f" {in_language(r.source.note, report.lang)}."
        out.append(report.p(esc(source), "small"))
    if r.basis is not None:
        out.append(report.p(esc(s["norm_basis"].format(basis=r.basis(report.lang))), "note"))
    for note in r.notes:
        out.append(report.p(esc(s["benchmark_note"].format(text=note(report.lang))), "note"))
    for text in period_notes:
        out.append(report.p(esc(text), "note"))
    out += best_practice(report, r)
    return out


def best_practice(report: Report, r: BenchmarkResult) -> list[Any]:
    s, f = report.s, report.f
    rows = []
    for b in r.best_practice:
        fig = b.figure
        scope = ""
        if fig.scope is not None:
            scope = s["best_scope_other" if b.applies is False else "best_scope_same"].format(
                scope=fig.scope(report.lang)
            )
        label = f"<b>{esc(fig.label(report.lang))}</b>"
        if scope:
            label += f"<br/><font size='7'>{esc(scope)}</font>"
        facility = "–"
        if b.sec is not None:
            facility = f"{_bench_number(report, b.sec)}{NBSP}{fig.unit}"
            if b.period:
                facility += f"<br/><font size='7'>{esc(report.period_short(b.period))}</font>"
        gap = "–"
        if b.gap_percent is not None:
            pct = f.pct(abs(b.gap_percent), 1).replace(" ", NBSP)
            gap = (
                s["best_equal"]
                if not b.gap_percent
                else s["best_higher" if b.gap_percent > 0 else "best_lower"].format(pct=pct)
            )
        status = s["status_official"] if fig.source.status == "official" else s["status_secondary"]
        year = f"{fig.source.year}; " if fig.source.year else ""
        rows.append(
            [
                Markup(label),
                f"{f.exact(fig.value)}{NBSP}{fig.unit}",
                Markup(facility),
                gap,
                f"{in_language(fig.source.document, report.lang)} ({year}{status})",
            ]
        )
    if not rows:
        return []
    return report.table(
        s["t_best"],
        [s["col_best"], s["col_best_value"], s["col_facility"], s["col_gap"], s["col_source"]],
        rows,
        [0.27, 0.11, 0.13, 0.13, 0.36],
        right=(1, 2),
    )
