"""The cover and the contents (with what the assessment still lacks)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ....domain.methodology import (
    ASSESSMENT_TYPE_LABELS,
)
from ..content import BLOCKING
from ..format import date_text, esc
from ..layout import MM

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Report


def cover(report: Report) -> list[Any]:
    from reportlab.platypus import Spacer

    s, a = report.s, report.a
    out: list[Any] = [Spacer(1, 30 * MM)]
    out.append(report.p(esc(s["title"]), "cover_title"))
    out.append(
        report.p(
            esc(ASSESSMENT_TYPE_LABELS.get(a.assessment_type, ASSESSMENT_TYPE_LABELS["rapid"])(report.lang)),
            "cover_sub",
        )
    )
    out.append(Spacer(1, 16 * MM))
    out.append(report.p(esc(a.facility.name or "–"), "cover_facility"))
    if a.facility.address:
        out.append(report.p(esc(a.facility.address), "cover_sub"))
    out.append(Spacer(1, 14 * MM))
    pairs = [
        (s["baseline_period"], report.period_text("baseline")),
        (s["reporting_period"], report.period_text("reporting")),
        (s["consultant"], a.consultant.name or "–"),
        (s["organisation"], a.consultant.organisation or "–"),
        (s["report_date"], date_text(report.today.isoformat(), report.lang)),
    ]
    out.append(report.kv(pairs, key_width=0.32))
    blocking = [text for code, text in report.missing if code in BLOCKING]
    if blocking:
        out.append(Spacer(1, 8 * MM))
        out.append(report.p(esc(s["draft"]), "cover_draft"))
    return out


def contents(report: Report) -> list[Any]:
    from reportlab.platypus import TableStyle
    from reportlab.platypus.tableofcontents import TableOfContents

    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [report.st["toc1"], report.st["toc2"]]
    toc.tableStyle = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), report.st["toc1"].fontName, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    out = [report.p(esc(report.s["contents"]), "h1"), toc]
    if report.missing:
        items = "; ".join(esc(text) for _, text in report.missing)
        out.append(report.notice(f"<b>{esc(report.s['missing_title'])}</b> {items}."))
    return out
