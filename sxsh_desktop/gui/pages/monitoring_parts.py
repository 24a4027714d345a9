"""The parts of the monitoring page that only show figures: the comparison with the energy norm, the energy
and target lines under the savings table, and the implementation plan's columns. Their words keep the
page's translation context (MonitoringPage)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain.display import unit_label
from ...domain.message import on_screen
from ...domain.methodology import OPTION_STATUS_LABELS, PERIOD_LABELS
from ...domain.model import Option
from ...domain.numbers import format_value
from ..models.edits import edit_option
from ..models.rows import Column
from ..widgets.common import ERROR_STYLE, MUTED_STYLE, OK_STYLE, format_date, money, parse_date, percent, sig
from ..widgets.quantity import ERROR_PREFIX


def show_benchmark_text(page: Any, r: Any, lang: str) -> None:
    """The facility's SEC per period against the norm of its capacity class and period, best
    practice, the sources; the reason alone when no comparison is possible."""
    from html import escape as e

    processes = r.processes if r is not None else ()
    page.process_combo.clear()
    if len(processes) > 1:
        chosen = r.process if r.status != "choose_process" else None
        if chosen is None:
            page.process_combo.addItem(
                QCoreApplication.translate("MonitoringPage", "(choose the sub-process the energy data cover)"), None
            )
        for key, label in processes:
            page.process_combo.addItem(label(lang), key)
        page.process_combo.setCurrentIndex(max(0, page.process_combo.findData(chosen)) if chosen else 0)
    for w in (page.process_label, page.process_combo):
        w.setVisible(len(processes) > 1)
    tab = QCoreApplication.translate("MonitoringPage", "Against the energy norm")
    if r is None:
        page.benchmark_text.setHtml(
            e(QCoreApplication.translate("MonitoringPage", "The comparison with the norm cannot be computed."))
        )
        page.right_tabs.setTabText(1, tab)
        return
    html: list[str] = []
    if r.process_label is not None:
        html.append(f"<h3 style='margin-bottom:4px'>{e(r.process_label(lang))}</h3>")
    if r.reason is not None:
        html.append(f"<p>{e(r.reason(lang))}</p>")
    compared = [c for c in (r.baseline, r.reporting) if c is not None]
    notes: list[str] = []
    # the words, translated outside the f-strings (lupdate does not look inside them)
    sec_in, facility, norm = (
        QCoreApplication.translate("MonitoringPage", "SEC in %1"),
        QCoreApplication.translate("MonitoringPage", "Facility"),
        QCoreApplication.translate("MonitoringPage", "Norm"),
    )
    against, within, exceeded = (
        QCoreApplication.translate("MonitoringPage", "Against the norm"),
        QCoreApplication.translate("MonitoringPage", "within, %1 below"),
        QCoreApplication.translate("MonitoringPage", "exceeded by %1"),
    )
    best_title, sources_title = (
        QCoreApplication.translate("MonitoringPage", "Best practice"),
        QCoreApplication.translate("MonitoringPage", "Sources"),
    )
    if compared and r.unit:
        html.append(
            "<table cellspacing='0' cellpadding='3'><tr>"
            f"<th align='left'>{e(sec_in.replace('%1', unit_label(r.unit, lang)))}&nbsp;&nbsp;</th>"
            f"<th align='right'>&nbsp;&nbsp;{e(facility)}</th>"
            f"<th align='right'>&nbsp;&nbsp;{e(norm)}</th>"
            f"<th align='left'>&nbsp;&nbsp;&nbsp;{e(against)}</th></tr>"
        )
        for c in compared:
            difference = percent(abs(c.difference_percent or 0.0), lang)
            if c.within is None:
                verdict = "–"
            elif c.within:
                verdict = f"<span style='color:#2e7d32'>✓ {e(within.replace('%1', difference))}</span>"
            else:
                verdict = f"<span style='color:#c62828'>{ERROR_PREFIX}{e(exceeded.replace('%1', difference))}</span>"
            html.append(
                f"<tr><td>{e(PERIOD_LABELS[c.period](lang))} {c.year}</td>"
                f"<td align='right'><b>{e(sig(c.sec, lang) or '–')}</b></td>"
                f"<td align='right'>{e(sig(c.norm_value, lang) or '–')}</td>"
                f"<td>&nbsp;&nbsp;&nbsp;{verdict}</td></tr>"
            )
            notes += [n(lang) for n in c.notes]
        html.append("</table>")
        lines = []
        for c in compared:
            period = c.norm_period_label(lang) if c.norm_period_label else "–"
            if c.capacity_unit is None:
                text = QCoreApplication.translate("MonitoringPage", "norm period {period}").format(period=period)
            else:
                text = QCoreApplication.translate(
                    "MonitoringPage",
                    "annual production {production} {unit}: capacity class “{cls}”, norm period {period}",
                ).format(
                    production=sig(c.annual_production, lang, 3) or "–",
                    unit=c.capacity_unit.replace("/year", "/năm") if lang == "vi" else c.capacity_unit,
                    cls=c.capacity_class(lang) if c.capacity_class else "–",
                    period=period,
                )
            lines.append(f"{e(PERIOD_LABELS[c.period](lang))}: {e(text)}")
        html.append("<p>" + "<br>".join(lines) + "</p>")
    if notes:
        html.append("<p style='color:#8a5a00'>" + "<br>".join(e(n) for n in dict.fromkeys(notes)) + "</p>")
    if r.best_practice:
        html.append(f"<p style='margin-bottom:0'><b>{e(best_title)}</b></p><ul>")
        for b in r.best_practice:
            f = b.figure
            line = QCoreApplication.translate("MonitoringPage", "{label}: {value} {unit}").format(
                label=f.label(lang), value=sig(f.value, lang), unit=unit_label(f.unit, lang)
            )
            if b.sec is not None:
                line += "; " + QCoreApplication.translate("MonitoringPage", "the facility: {value} {unit}").format(
                    value=sig(b.sec, lang), unit=unit_label(f.unit, lang)
                )
            if f.scope is not None:
                if b.applies is False:
                    line += " — " + QCoreApplication.translate(
                        "MonitoringPage", "only for {scope}: not this facility's size"
                    ).format(scope=f.scope(lang))
                else:
                    line += " — " + QCoreApplication.translate("MonitoringPage", "for {scope}").format(
                        scope=f.scope(lang)
                    )
            html.append(f"<li>{e(line)}</li>")
        html.append("</ul>")
    sources = []
    if r.source is not None:
        sources.append(
            QCoreApplication.translate("MonitoringPage", "Norm: {document} ({status})").format(
                document=r.source.document, status=status_text(r.source.status)
            )
            + (f" — {r.source.note}" if r.source.note else "")
        )
    for src in dict.fromkeys(b.figure.source for b in r.best_practice):
        sources.append(
            QCoreApplication.translate("MonitoringPage", "Best practice: {document} ({status})").format(
                document=src.document, status=status_text(src.status)
            )
        )
    if r.basis is not None:
        sources.append(
            QCoreApplication.translate("MonitoringPage", "Energy counted: {basis}").format(basis=r.basis(lang))
        )
    sources += [n(lang) for n in r.notes]
    if sources:
        html.append(f"<p style='margin-bottom:0'><b>{e(sources_title)}</b></p>")
        html += [f"<p style='color:#555'>{e(x)}</p>" for x in sources]
    page.benchmark_text.setHtml("".join(html))
    current = r.current
    if r.status == "ok" and current is not None and current.within is not None:
        tab += " ✓" if current.within else " ⚠"
    page.right_tabs.setTabText(1, tab)


def status_text(status: str) -> str:
    return {
        "official": QCoreApplication.translate("MonitoringPage", "official document"),
        "secondary": QCoreApplication.translate("MonitoringPage", "secondary source"),
    }.get(status, status)


def show_energy(page: Any, s: dict[str, Any], lang: str) -> None:
    e = s.get("energy")
    unit = (s["production"]["baseline"] or s["production"]["reporting"] or {}).get("unit", "")
    if e:
        page.energy_label.setText(
            QCoreApplication.translate(
                "MonitoringPage",
                "Energy: {before} → {after} TOE/{unit}; saving {toe} TOE ({gj} GJ), {pct}; CO₂ {co2} t; {vnd} VND",
            ).format(
                before=sig(e["specific_baseline_toe"], lang, 4),
                after=sig(e["specific_reporting_toe"], lang, 4),
                unit=unit,
                toe=sig(e["saving_toe"], lang, 4),
                gj=sig(e["saving_gj"], lang, 4),
                pct=percent(e["saving_percent"], lang),
                co2=sig(s["co2"]["saving_t"], lang, 3),
                vnd=money(s["cost_saving_vnd"], lang),
            )
        )
        page.energy_label.setStyleSheet("font-weight: 600;")
    else:
        page.energy_label.setText(
            QCoreApplication.translate("MonitoringPage", "Energy saving: needs energy data for both periods.")
        )
        page.energy_label.setStyleSheet(MUTED_STYLE)
    lines = []
    chosen = s.get("target_in_force") or {}
    for t in s.get("targets", []):
        band = "–".join(format_value(v, lang) for v in t["band_percent"])
        period = t["period"].replace("-", "–")
        label = QCoreApplication.translate("MonitoringPage", "Target {programme} {period}: {band} %").format(
            programme=t.get("programme", ""), period=period, band=band
        )
        if t.get("in_force"):
            label += (
                " ("
                + (
                    QCoreApplication.translate("MonitoringPage", "indicative")
                    if t.get("indicative")
                    else QCoreApplication.translate("MonitoringPage", "in force")
                )
                + ")"
            )
            lines.append(
                ("\u2713 " if t["met"] else ERROR_PREFIX)
                + label
                + " — "
                + (
                    QCoreApplication.translate("MonitoringPage", "met")
                    if t["met"]
                    else QCoreApplication.translate("MonitoringPage", "not met")
                )
            )
    if chosen.get("reason"):
        lines.append(chosen["reason"])
    met = bool(chosen.get("in_force")) and bool(chosen.get("met")) and bool(e)
    page.targets_label.setText("\n".join(lines))
    if not chosen.get("in_force") or chosen.get("indicative"):
        page.targets_label.setStyleSheet(MUTED_STYLE)  # no target binds the facility: neither green nor red
    else:
        page.targets_label.setStyleSheet(OK_STYLE if met else ERROR_STYLE)
    warnings = [on_screen(w, lang) for w in s.get("warnings", [])]  # resources and units by their names
    page.warnings_label.setText("\n".join(f"• {w}" for w in warnings))
    page.warnings_area.setVisible(bool(warnings))


def plan_columns(page: Any) -> list[Column]:
    lang = page._lang

    def plan_commit(field: str, date: bool) -> Any:
        def commit(o: Option, value: Any) -> None:
            text = str(value or "").strip()
            if date:
                text = (
                    parse_date(
                        text,
                        {
                            "planned_date": QCoreApplication.translate("MonitoringPage", "Planned date"),
                            "done_date": QCoreApplication.translate("MonitoringPage", "Done date"),
                        }[field],
                    )
                    or ""
                )
            edit_option(
                page.workspace,
                o,
                QCoreApplication.translate("MonitoringPage", "Edit plan of {id}").format(id=o.id),
                **{field: text if text or not date else None},
            )

        return commit

    return [
        Column(QCoreApplication.translate("MonitoringPage", "ID"), lambda o: o.id),
        Column(QCoreApplication.translate("MonitoringPage", "Option"), lambda o: o.title, tooltip=lambda o: o.title),
        Column(
            QCoreApplication.translate("MonitoringPage", "Status"),
            lambda o: OPTION_STATUS_LABELS[o.status](lang()),
            lambda o: o.status,
            lambda o, v: edit_option(
                page.workspace,
                o,
                QCoreApplication.translate("MonitoringPage", "Edit option {id}").format(id=o.id),
                status=v,
            ),
        ),
        Column(
            QCoreApplication.translate("MonitoringPage", "Responsible"),
            lambda o: o.responsible,
            lambda o: o.responsible,
            plan_commit("responsible", False),
        ),
        Column(
            QCoreApplication.translate("MonitoringPage", "Planned date"),
            lambda o: format_date(o.planned_date, lang()),
            lambda o: format_date(o.planned_date, lang()),
            plan_commit("planned_date", True),
        ),
        Column(
            QCoreApplication.translate("MonitoringPage", "Done date"),
            lambda o: format_date(o.done_date, lang()),
            lambda o: format_date(o.done_date, lang()),
            plan_commit("done_date", True),
        ),
    ]


def refuse_period(page: Any, key: str, exc: Exception, part: str | None = None) -> None:
    """A period's entry refused: under the periods, the period, the field, what was typed and why (in the
    screen's language); the refused field shows what is stored again (the others keep what is typed)."""
    from ...domain.methodology import PERIOD_LABELS
    from ...domain.validation import ValidationError
    from ..forms import current_language, error_text, refused
    from ..widgets.common import format_date

    lang = current_language()
    label = PERIOD_LABELS[key](lang)
    start_w, end_w, production_w = page.period_fields[key]
    stored = page.workspace.assessment.period(key)
    names = {
        "start": (start_w, page.tr("start"), format_date(stored.start, lang) if stored else ""),
        "end": (end_w, page.tr("end"), format_date(stored.end, lang) if stored else ""),
    }
    problems = exc.problems if isinstance(exc, ValidationError) and exc.problems else []
    lines = []
    for p in problems:
        field = str(getattr(p, "field", "")).rsplit(".", 1)[-1]
        reason = p.text(lang, screen=True)  # the field by its display name ("Sản lượng kỳ cơ sở: …")
        if field == "production":
            production_w.refuse(reason, names_field=True)  # said beside the production field itself
        elif field in names:  # the end before the start: the date just typed is the one put back
            widget, _name, back = names[part if part in names else field]
            lines.append(refused(widget.text(), reason))
            widget.setText(back)
        else:
            lines.append(f"{label}: {reason}")
    if not problems and part in names:  # a date that is not one (the message names the field)
        widget, _name, back = names[part]
        lines.append(refused(widget.text(), error_text(exc)))
        widget.setText(back)
    elif not problems:
        lines.append(error_text(exc))
    page.period_message.show_message("; ".join(lines))
