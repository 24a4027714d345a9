"""The assessment report as a PDF (reportlab), laid out as a Vietnamese cleaner-production report.

Cover, contents, introduction, production and inputs, the process and the focus with its flow
chart, balances per step, waste costs, causes, options (screening, feasibility, economics),
results (SEC before/after, savings, TOE, GJ, VND, tCO2, strategy bands, factors and sources),
implementation and maintenance, and an appendix of data. Vietnamese and English come from the same
template (report/strings.py); numbers are written the language's way (vi: 1.234,5).

Charts are drawn by report/charts.py (matplotlib) and placed as PNG at 200 dpi: the same Figures
the GUI shows, with Vietnamese text rendered by Agg in Noto Sans. Where data are missing, the report
says what is missing instead of printing empty tables or zeros.

An assessment made from a sector template carries placeholders until the consultant enters data: a
baseline of 1 product unit (`domain.benchmark.is_placeholder`) and typical flows of 0
(`flow_is_placeholder`). The report never prints them as data: the placeholder baseline counts as
missing (draft, "no baseline data entered yet") and placeholder flows are left out of the balance
tables with a sentence naming them. The results chapter holds the facility's specific energy
consumption against the norm of its sector template (`interchange.templates.benchmark_assessment`),
with the source of the norm; when no comparison can be made it says why in one sentence.

`render_report(...)` returns the PDF bytes; signing is a separate incremental update
(report/signing.py) into the box `SIGNATURE_BOX` on the cover.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..domain.benchmark import flow_is_placeholder, is_placeholder
from ..domain.methodology import (
    ASSESSMENT_TYPE_LABELS,
    COST_CLASS_LABELS,
    OPTION_CATEGORY_LABELS,
    OPTION_STATUS_LABELS,
    SCREENING_LABELS,
    STEPS,
    TASKS,
)
from ..domain.model import Assessment, Flow
from ..domain.numbers import format_number, format_percent, format_significant
from .strings import MONTHS_EN, RESOURCE_NAMES, strings

if TYPE_CHECKING:  # pragma: no cover
    from ..domain.benchmark import BenchmarkResult
    from ..sync.identity import SignerInfo

MM = 72.0 / 25.4
PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
MARGIN_L = MARGIN_R = 20 * MM
MARGIN_T = 24 * MM
MARGIN_B = 20 * MM
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R
# Where the visible signature goes: the cover page, bottom right (x1, y1, x2, y2 in points).
SIGNATURE_PAGE = 0
SIGNATURE_BOX = (int(PAGE_W - MARGIN_R - 92 * MM), int(26 * MM), int(PAGE_W - MARGIN_R), int(52 * MM))
CHART_DPI = 200

HEAD = "#1f4e64"
RULE = "#9fb3bf"
HEADER_FILL = "#e4edf2"
ZEBRA = "#f6f9fb"
NOTICE_FILL = "#fff4e0"
NOTICE_EDGE = "#d9822b"
GOOD = "#2e7d4f"
BAD = "#b23b3b"

BLOCKING = ("no_baseline", "no_reporting", "no_options")
NBSP = "\u00a0"  # keeps a number with its unit or % on one line


@dataclass
class RenderedReport:
    pdf: bytes
    pages: int
    missing: list[tuple[str, str]] = field(default_factory=list)  # (code, text in the report's language)


def missing_items(a: Assessment, language: str) -> list[tuple[str, str]]:
    """What the assessment lacks for a complete report, as (code, words). A template's placeholder
    baseline (1 product unit, not yet edited) is no baseline."""
    s = strings(language)
    out = []
    if is_placeholder(a.baseline):
        out.append(("no_baseline", s["m_no_baseline"]))
    if a.reporting is None:
        out.append(("no_reporting", s["m_no_reporting"]))
    if not a.options:
        out.append(("no_options", s["m_no_options"]))
    if not a.process_steps:
        out.append(("no_steps", s["m_no_steps"]))
    if not a.consumption:
        out.append(("no_consumption", s["m_no_consumption"]))
    if not a.team:
        out.append(("no_team", s["m_no_team"]))
    return out


def report_view(a: Assessment) -> tuple[Assessment, bool, dict[str, list[Flow]]]:
    """The assessment as the report prints it: a placeholder baseline taken out (None) and the
    placeholder flows of each step left out. Also returns whether the baseline was a placeholder and
    the placeholder flows per step id."""
    placeholder_baseline = a.baseline is not None and is_placeholder(a.baseline)
    pending = {st.id: [f for f in st.flows if flow_is_placeholder(f)] for st in a.process_steps}
    if not placeholder_baseline and not any(pending.values()):
        return a, False, {}
    steps = [
        dataclasses.replace(st, flows=[f for f in st.flows if not flow_is_placeholder(f)]) if pending[st.id] else st
        for st in a.process_steps
    ]
    view = dataclasses.replace(a, baseline=None if placeholder_baseline else a.baseline, process_steps=steps)
    return view, placeholder_baseline, {k: v for k, v in pending.items() if v}


# -- small formatting helpers ----------------------------------------------------------------


def _date(text: str | None, language: str) -> str:
    if not text:
        return "–"
    try:
        d = dt.date.fromisoformat(text[:10])
    except ValueError:
        return text
    if language == "vi":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


_FALLBACKS = {
    "−": "-",
    "→": "->",
    "←": "<-",
    "≈": "~",
    "≥": ">=",
    "≤": "<=",
    "✓": "x",
    "✔": "x",
    "★": "*",
    "…": "...",
    "\u00ad": "",
}


@lru_cache(maxsize=1)
def _missing_glyphs() -> dict[int, str]:
    """Characters the report font has no glyph for, each with a plain replacement."""
    from reportlab.pdfbase import pdfmetrics

    from .fonts import REPORTLAB_NAMES, register_reportlab_fonts

    register_reportlab_fonts()
    face = pdfmetrics.getFont(REPORTLAB_NAMES["regular"]).face
    have = set(face.charToGlyph)
    table = {ord(c): r for c, r in _FALLBACKS.items() if ord(c) not in have}
    table[0xFFFD] = "?"
    return table


def _plain(text: str) -> str:
    """Text with the characters Noto Sans lacks replaced (they would print as blanks)."""
    table = _missing_glyphs()
    text = text.translate(table)
    try:
        from reportlab.pdfbase import pdfmetrics

        from .fonts import REPORTLAB_NAMES

        have = pdfmetrics.getFont(REPORTLAB_NAMES["regular"]).face.charToGlyph
        if any(ord(c) > 127 and ord(c) not in have for c in text):
            text = "".join(c if ord(c) <= 127 or ord(c) in have else "?" for c in text)
    except Exception:  # pragma: no cover - the font is registered before any text is made
        pass
    return text


def _esc(text: Any) -> str:
    from xml.sax.saxutils import escape

    return escape(_plain(str(text if text is not None else "")))


class _Fmt:
    def __init__(self, language: str) -> None:
        self.lang = language

    def n(self, value: float | None, decimals: int = 0) -> str:
        return format_number(value, decimals, self.lang)

    def sig(self, value: float | None, digits: int = 3) -> str:
        if value is None:
            return "–"
        if abs(value) >= 10**digits:
            return format_number(value, 0, self.lang)
        return format_significant(value, digits, self.lang)

    def exact(self, value: float) -> str:
        """A factor as published: every digit it has, none it has not (0.0001543, 26.7, 98,300)."""
        text = f"{value:.10g}"
        decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
        return format_number(value, min(decimals, 10), self.lang)

    def pct(self, value: float | None, decimals: int = 1) -> str:
        return format_percent(value, decimals, self.lang)

    def q(self, q: Any) -> str:
        """A quantity as entered: up to 4 significant figures without trailing zeros (a basis of 1 hL
        is "1 hL", never "1,000 hL", which an English-trained eye reads as a thousand)."""
        if q is None:
            return "–"
        text = self.sig(q.value, 4)
        point = "," if self.lang == "vi" else "."
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return f"{text} {self.unit(q.unit)}".strip()

    def unit(self, unit: str) -> str:
        """A unit as typed, with 'year' said in Vietnamese in a Vietnamese report."""
        if self.lang == "vi":
            for en, vi in (("/year", "/năm"), ("/day", "/ngày"), ("/month", "/tháng")):
                unit = unit.replace(en, vi)
        return unit

    def money_m(self, vnd: float | None, decimals: int = 1) -> str:
        """VND as millions (triệu đồng)."""
        if vnd is None:
            return "–"
        return format_number(vnd / 1e6, decimals, self.lang)


# -- the document ----------------------------------------------------------------------------


class _Report:
    def __init__(
        self,
        a: Assessment,
        language: str,
        signed_by: SignerInfo | None,
        today: dt.date,
        benchmark: BenchmarkResult | None = None,
    ) -> None:
        from ..domain.savings import compute_savings

        self.entered = a  # as stored, placeholders included (the process chart, the benchmark)
        a, self.baseline_placeholder, self.pending_flows = report_view(a)
        self.a = a
        self._benchmark = benchmark
        self.lang = language
        self.s = strings(language)
        self.f = _Fmt(language)
        self.signed_by = signed_by
        self.today = today
        self.summary = compute_savings(a, language)
        self.missing = missing_items(self.entered, language)
        self.missing_codes = {c for c, _ in self.missing}
        self.product_unit = a.product.unit or (a.baseline.production.unit if a.baseline else "")
        self.figure_no = 0
        self.table_no = 0
        self._styles()

    # styles ---------------------------------------------------------------------------------

    def _styles(self) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        from .fonts import REPORTLAB_NAMES, register_reportlab_fonts

        family = register_reportlab_fonts()
        bold = REPORTLAB_NAMES["bold"]
        italic = REPORTLAB_NAMES["italic"]
        self.colors = colors
        base = ParagraphStyle(
            "body", fontName=family, fontSize=9.6, leading=13.6, spaceAfter=5, textColor=colors.HexColor("#1f2d3a")
        )
        self.st = {
            "body": base,
            "small": ParagraphStyle("small", parent=base, fontSize=8.2, leading=11, spaceAfter=2),
            "note": ParagraphStyle(
                "note", parent=base, fontName=italic, fontSize=8.4, leading=11.4, textColor=colors.HexColor("#45525e")
            ),
            "h1": ParagraphStyle(
                "h1",
                parent=base,
                fontName=bold,
                fontSize=14,
                leading=18,
                spaceBefore=8,
                spaceAfter=8,
                textColor=colors.HexColor(HEAD),
                keepWithNext=1,
            ),
            "h2": ParagraphStyle(
                "h2",
                parent=base,
                fontName=bold,
                fontSize=11,
                leading=14.5,
                spaceBefore=9,
                spaceAfter=5,
                textColor=colors.HexColor(HEAD),
            ),
            "intro": ParagraphStyle("intro", parent=base),
            "h3": ParagraphStyle(
                "h3", parent=base, fontName=bold, fontSize=9.8, leading=13, spaceBefore=6, spaceAfter=3
            ),
            "caption": ParagraphStyle(
                "caption",
                parent=base,
                fontName=italic,
                fontSize=8.4,
                leading=11,
                alignment=TA_CENTER,
                spaceBefore=2,
                spaceAfter=9,
                textColor=colors.HexColor("#45525e"),
            ),
            "tcaption": ParagraphStyle(
                "tcaption",
                parent=base,
                fontName=bold,
                fontSize=8.6,
                leading=11,
                spaceBefore=4,
                spaceAfter=3,
                textColor=colors.HexColor("#45525e"),
            ),
            "th": ParagraphStyle(
                "th", parent=base, fontName=bold, fontSize=7.9, leading=10, spaceAfter=0, alignment=TA_LEFT
            ),
            "thr": ParagraphStyle(
                "thr", parent=base, fontName=bold, fontSize=7.9, leading=10, spaceAfter=0, alignment=TA_RIGHT
            ),
            "td": ParagraphStyle("td", parent=base, fontSize=7.9, leading=10.2, spaceAfter=0),
            "tdr": ParagraphStyle("tdr", parent=base, fontSize=7.9, leading=10.2, spaceAfter=0, alignment=TA_RIGHT),
            "tdc": ParagraphStyle("tdc", parent=base, fontSize=7.9, leading=10.2, spaceAfter=0, alignment=TA_CENTER),
            "tdb": ParagraphStyle("tdb", parent=base, fontName=bold, fontSize=7.9, leading=10.2, spaceAfter=0),
            "tdbr": ParagraphStyle(
                "tdbr", parent=base, fontName=bold, fontSize=7.9, leading=10.2, spaceAfter=0, alignment=TA_RIGHT
            ),
            "kv_key": ParagraphStyle("kv_key", parent=base, fontName=bold, fontSize=8.8, leading=12, spaceAfter=0),
            "kv_val": ParagraphStyle("kv_val", parent=base, fontSize=8.8, leading=12, spaceAfter=0),
            "toc1": ParagraphStyle("toc1", parent=base, fontName=bold, fontSize=10, leading=16, leftIndent=0),
            "toc2": ParagraphStyle("toc2", parent=base, fontSize=9.2, leading=13.5, leftIndent=16),
            "cover_title": ParagraphStyle(
                "cover_title",
                parent=base,
                fontName=bold,
                fontSize=20,
                leading=27,
                alignment=TA_CENTER,
                textColor=colors.HexColor(HEAD),
                spaceAfter=6,
            ),
            "cover_sub": ParagraphStyle(
                "cover_sub",
                parent=base,
                fontSize=11.5,
                leading=16,
                alignment=TA_CENTER,
                textColor=colors.HexColor("#45525e"),
            ),
            "cover_facility": ParagraphStyle(
                "cover_facility",
                parent=base,
                fontName=bold,
                fontSize=15.5,
                leading=21,
                alignment=TA_CENTER,
                spaceAfter=4,
            ),
            "cover_draft": ParagraphStyle(
                "cover_draft",
                parent=base,
                fontName=bold,
                fontSize=11,
                leading=15,
                alignment=TA_CENTER,
                textColor=colors.HexColor(BAD),
            ),
            "bullet": ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2),
        }

    # building blocks --------------------------------------------------------------------------

    def p(self, text: str, style: str = "body") -> Any:
        from reportlab.platypus import Paragraph

        return Paragraph(text, self.st[style])

    def heading(self, text: str, level: int) -> list[Any]:
        """A numbered heading (in the contents and the PDF outline), never alone at a page's foot."""
        from reportlab.platypus import CondPageBreak, Paragraph

        para = Paragraph(_esc(text), self.st["h1" if level == 0 else "h2"])
        para._toc = (level, text)  # type: ignore[attr-defined]
        return [CondPageBreak(130 if level == 0 else 110), para]

    def cell(self, text: Any, style: str = "td") -> Any:
        from reportlab.platypus import Paragraph

        if hasattr(text, "wrap"):
            return text
        return Paragraph(_esc(text) if not isinstance(text, _Markup) else str(text), self.st[style])

    def table(
        self,
        caption: str | None,
        headers: list[str],
        rows: list[list[Any]],
        widths: list[float],
        right: tuple[int, ...] = (),
        total_row: bool = False,
    ) -> list[Any]:
        """A table that breaks across pages and repeats its heading; widths are fractions of the text width."""
        from reportlab.platypus import CondPageBreak, LongTable, TableStyle

        colors = self.colors
        header = [self.cell(h, "thr" if i in right else "th") for i, h in enumerate(headers)]
        body = []
        for r_i, row in enumerate(rows):
            bold = total_row and r_i == len(rows) - 1
            body.append(
                [
                    self.cell(v, ("tdbr" if bold else "tdr") if i in right else ("tdb" if bold else "td"))
                    for i, v in enumerate(row)
                ]
            )
        total = sum(widths)
        t = LongTable([header, *body], colWidths=[TEXT_W * w / total for w in widths], repeatRows=1, hAlign="LEFT")
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor(HEAD)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor(HEAD)),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.HexColor(HEAD)),
            ("FONT", (0, 0), (-1, -1), self.st["td"].fontName, 7.9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ]
        for r_i in range(1, len(body) + 1):
            if r_i % 2 == 0:
                style.append(("BACKGROUND", (0, r_i), (-1, r_i), colors.HexColor(ZEBRA)))
            if r_i < len(body):
                style.append(("LINEBELOW", (0, r_i), (-1, r_i), 0.25, colors.HexColor(RULE)))
        if total_row and body:
            style.append(("LINEABOVE", (0, len(body)), (-1, len(body)), 0.6, colors.HexColor(HEAD)))
        t.setStyle(TableStyle(style))
        t.spaceAfter = 7
        # a caption or a heading row never alone at a page's foot: room for the caption, the heading
        # row and the first row (a table does not split after its heading row; it moves whole)
        t.wrap(TEXT_W, PAGE_H)
        first_rows = sum(t._rowHeights[:2]) if getattr(t, "_rowHeights", None) else 0.0
        out: list[Any] = [CondPageBreak(max(75.0, first_rows + (18 if caption else 4)))]
        if caption:
            self.table_no += 1
            out.append(self.p(_esc(self.s["table"].format(n=self.table_no, text=caption)), "tcaption"))
        out.append(t)
        return out

    def _keep_with_next(self, flowable: Any) -> Any:
        flowable.keepWithNext = True
        return flowable

    def kv(self, pairs: list[tuple[str, Any]], key_width: float = 0.3) -> Any:
        from reportlab.platypus import Table, TableStyle

        colors = self.colors
        data = [[self.cell(k, "kv_key"), self.cell(v, "kv_val")] for k, v in pairs]
        t = Table(data, colWidths=[TEXT_W * key_width, TEXT_W * (1 - key_width)], hAlign="LEFT")
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.st["td"].fontName, 8.8),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor(RULE)),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor(HEAD)),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.HexColor(HEAD)),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
                ]
            )
        )
        t.spaceAfter = 7
        return t

    def notice(self, text: str) -> Any:
        from reportlab.platypus import Table, TableStyle

        colors = self.colors
        t = Table([[self.p(text, "body")]], colWidths=[TEXT_W], hAlign="LEFT")
        t.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.st["td"].fontName, 9),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(NOTICE_FILL)),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, colors.HexColor(NOTICE_EDGE)),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        t.spaceAfter = 6
        return t

    def figure(self, fig: Any, caption: str, max_height: float | None = None) -> list[Any]:
        from reportlab.platypus import KeepTogether

        from .charts import figure_image

        if fig is None:
            return []
        png = figure_image(fig, CHART_DPI)
        w_in, h_in = fig.get_size_inches()
        width = TEXT_W
        height = width * h_in / w_in
        limit = max_height or (PAGE_H - MARGIN_T - MARGIN_B - 40)
        if height > limit:
            width, height = width * limit / height, limit
        self.figure_no += 1
        img = _picture_class()(png, width, height)
        return [KeepTogether([img, self.p(_esc(self.s["figure"].format(n=self.figure_no, text=caption)), "caption")])]

    def team_note(self, task: int) -> list[Any]:
        notes = next((t.notes for t in self.a.tasks if t.task == task and t.notes.strip()), "")
        return [self.p(_esc(self.s["notes_of_team"].format(text=notes)), "note")] if notes else []

    # names ------------------------------------------------------------------------------------

    def resource_name(self, key: str) -> str:
        from ..domain.reference import carriers

        if key in RESOURCE_NAMES:
            return RESOURCE_NAMES[key][0 if self.lang == "vi" else 1]
        entry = next((c for c in self.a.consumption if c.resource == key), None)
        carrier = carriers().get(entry.carrier_key if entry else key)
        if carrier is not None:
            return carrier.name(self.lang)
        if self.lang == "vi":
            flow = next(
                (f for s in self.a.process_steps for f in s.flows if f.resource == key and f.direction == "input"), None
            )
            if flow is not None:
                return flow.name
        return key.replace("_", " ").capitalize()

    def period_text(self, key: str) -> str:
        period = self.a.period(key)
        if period is None:
            return self.s["not_entered"]
        return f"{_date(period.start, self.lang)} – {_date(period.end, self.lang)}"

    def period_short(self, key: str) -> str:
        period = self.a.period(key)
        label = self.s["baseline_period" if key == "baseline" else "reporting_period"]
        if period is None:
            return label
        y0, y1 = period.start[:4], period.end[:4]
        return f"{label} {y0 if y0 == y1 else y0 + '–' + y1}"

    # the sections -----------------------------------------------------------------------------

    def story(self) -> list[Any]:
        from reportlab.platypus import NextPageTemplate, PageBreak

        story: list[Any] = []
        story += self.cover()
        story += [NextPageTemplate("body"), PageBreak()]
        story += self.contents()
        story.append(PageBreak())
        sections = [
            self.introduction,
            self.production,
            self.process,
            self.balances,
            self.waste,
            self.causes,
            self.options,
            self.results,
            self.implementation,
            self.appendix,
        ]
        for number, section in enumerate(sections, start=1):
            self.section_no = number
            self.sub_no = 0
            story += section()
        return story

    def h1(self, text: str) -> list[Any]:
        title = text if self.section_no == 10 else f"{self.section_no}. {text}"
        return self.heading(title, 0)

    def h2(self, text: str) -> list[Any]:
        self.sub_no += 1
        prefix = f"{chr(64 + self.sub_no)}." if self.section_no == 10 else f"{self.section_no}.{self.sub_no}."
        return self.heading(f"{prefix} {text}", 1)

    def cover(self) -> list[Any]:
        from reportlab.platypus import Spacer

        s, a = self.s, self.a
        out: list[Any] = [Spacer(1, 30 * MM)]
        out.append(self.p(_esc(s["title"]), "cover_title"))
        out.append(
            self.p(
                _esc(ASSESSMENT_TYPE_LABELS.get(a.assessment_type, ASSESSMENT_TYPE_LABELS["rapid"])(self.lang)),
                "cover_sub",
            )
        )
        out.append(Spacer(1, 16 * MM))
        out.append(self.p(_esc(a.facility.name or "–"), "cover_facility"))
        if a.facility.address:
            out.append(self.p(_esc(a.facility.address), "cover_sub"))
        out.append(Spacer(1, 14 * MM))
        pairs = [
            (s["baseline_period"], self.period_text("baseline")),
            (s["reporting_period"], self.period_text("reporting")),
            (s["consultant"], a.consultant.name or "–"),
            (s["organisation"], a.consultant.organisation or "–"),
            (s["report_date"], _date(self.today.isoformat(), self.lang)),
        ]
        out.append(self.kv(pairs, key_width=0.32))
        blocking = [text for code, text in self.missing if code in BLOCKING]
        if blocking:
            out.append(Spacer(1, 8 * MM))
            out.append(self.p(_esc(s["draft"]), "cover_draft"))
        return out

    def contents(self) -> list[Any]:
        from reportlab.platypus import TableStyle
        from reportlab.platypus.tableofcontents import TableOfContents

        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [self.st["toc1"], self.st["toc2"]]
        toc.tableStyle = TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), self.st["toc1"].fontName, 9),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        out = [self.p(_esc(self.s["contents"]), "h1"), toc]
        if self.missing:
            items = "; ".join(_esc(text) for _, text in self.missing)
            out.append(self.notice(f"<b>{_esc(self.s['missing_title'])}</b> {items}."))
        return out

    def introduction(self) -> list[Any]:
        s, a, f = self.s, self.a, self.f
        fac = a.facility
        out = [*self.h1(s["s_intro"]), *self.h2(s["s_facility"])]
        pairs = [
            (s["name"], fac.name or "–"),
            (s["tax_code"], fac.tax_code or "–"),
            (s["address"], fac.address or "–"),
            (s["province"], fac.province or "–"),
        ]
        sector = " – ".join(x for x in (fac.vsic, fac.sector) if x)
        pairs.append((s["sector"], sector or "–"))
        pairs.append((s["employees"], s["employees_unit"].format(n=f.n(fac.employees)) if fac.employees else "–"))
        pairs.append((s["capacity"], f.q(fac.design_capacity)))
        pairs.append((s["products"], "; ".join(fac.products) or "–"))
        out.append(self.kv(pairs))
        out += self.h2(s["s_team"])
        if a.team:
            rows = [[str(i), m.name, m.position, m.role] for i, m in enumerate(a.team, start=1)]
            out += self.table(
                None, [s["col_no"], s["col_name"], s["col_position"], s["col_role"]], rows, [0.06, 0.27, 0.3, 0.37]
            )
        else:
            out.append(self.notice(_esc(s["no_team"])))
        out += self.team_note(1)
        out += self.h2(s["s_scope"])
        done = sum(1 for t in a.tasks if t.done)
        contact = ", ".join(x for x in (a.consultant.email, a.consultant.phone) if x)
        pairs = [
            (
                s["assessment_type"],
                ASSESSMENT_TYPE_LABELS.get(a.assessment_type, ASSESSMENT_TYPE_LABELS["rapid"])(self.lang),
            ),
            (s["consultant"], a.consultant.name or "–"),
            (s["organisation"], a.consultant.organisation or "–"),
        ]
        if contact:
            pairs.append((s["contact"], contact))
        pairs += [
            (s["baseline_period"], self.period_text("baseline")),
            (s["reporting_period"], self.period_text("reporting")),
            (
                s["reference_product"],
                s["product_unit"].format(name=a.product.name or "–", unit=self.product_unit or "–"),
            ),
            (s["progress"], s["progress_text"].format(done=done)),
        ]
        out.append(self.kv(pairs))
        out.append(self.p(s["method_text"].replace("&", "&amp;")))
        return out

    def production(self) -> list[Any]:
        s, a, f = self.s, self.a, self.f
        out = [*self.h1(s["s_production"]), self.p(_esc(s["production_intro"]), "intro")]
        prod = self.summary["production"]
        rows = []
        for key in ("baseline", "reporting"):
            period = a.period(key)
            if period is None:
                continue
            value = prod[key]["value"] if prod.get(key) else None
            rows.append(
                [
                    s["baseline_period" if key == "baseline" else "reporting_period"],
                    _date(period.start, self.lang),
                    _date(period.end, self.lang),
                    f"{f.n(value, 0)} {self.product_unit}",
                    f.q(period.production),
                ]
            )
        if rows:
            out += self.table(
                s["t_production"],
                [s["col_period"], s["col_from"], s["col_to"], s["col_production"], s["col_as_entered"]],
                rows,
                [0.22, 0.17, 0.17, 0.22, 0.22],
                right=(3, 4),
            )
        for code in ("no_baseline", "no_reporting"):
            if code in self.missing_codes:
                out.append(self.notice(_esc(s[self.notice_code(code)])))
        resources = self.summary["resources"]
        if not resources:
            out.append(self.notice(_esc(s["no_consumption"])))
            return out
        rows = []
        both = a.reporting is not None
        for r in resources:
            b, rp = r["baseline"] or {}, r["reporting"] or {}
            entries = [c for c in a.consumption if c.resource == r["resource"] and c.unit_price is not None]
            priced = sorted(entries, key=lambda c: c.period != "reporting")
            price = f.q(priced[0].unit_price) if priced else "–"
            row = [self.resource_name(r["resource"]), f.unit(r["unit"]), f.sig(b.get("consumption"), 4)]
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
        out += self.table(s["t_inputs"], headers, rows, widths, right=right)
        e = self.summary["energy"]
        if e:
            out.append(
                self.p(
                    _esc(
                        s["energy_total"].format(
                            b_toe=f.n(e["baseline_toe"], 1),
                            b_gj=f.n(e["baseline_gj"], 0),
                            r_toe=f.n(e["reporting_toe"], 1),
                            r_gj=f.n(e["reporting_gj"], 0),
                            b_mj=f.n(e["specific_baseline_gj"] * 1000, 0),
                            r_mj=f.n(e["specific_reporting_gj"] * 1000, 0),
                            unit=self.product_unit,
                        )
                    )
                )
            )
            if e.get("key_energy_user"):
                out.append(self.p(_esc(s["key_energy_user"].format(toe=f.n(e["annual_baseline_toe"], 0)))))
        out += self.team_note(2)
        return out

    def process(self) -> list[Any]:
        from .charts import flow_chart_figure

        s, a, f = self.s, self.a, self.f
        out = [*self.h1(s["s_process"])]
        if not a.process_steps:
            out.append(self.notice(_esc(s["no_steps"])))
            return out
        out.append(self.p(_esc(s["process_intro"]), "intro"))
        steps = sorted(self.entered.process_steps, key=lambda st: st.order)
        rows = [
            [
                str(st.order),
                st.name,
                f.q(st.basis),
                str(sum(1 for x in st.flows if x.direction == "input")),
                str(sum(1 for x in st.flows if x.direction == "output")),
                s["yes"] if st.focus else "",
            ]
            for st in steps
        ]
        out += self.table(
            s["t_steps"],
            [s["col_no"], s["col_step"], s["col_basis"], s["col_inputs"], s["col_outputs"], s["col_focus"]],
            rows,
            [0.06, 0.46, 0.14, 0.11, 0.11, 0.12],
            right=(2, 3, 4),
        )
        focus = [st.name for st in steps if st.focus]
        out.append(self.p(_esc(s["focus_text"].format(steps="; ".join(focus))) if focus else _esc(s["no_focus"])))
        out += self.team_note(3)
        out += self.figure(flow_chart_figure(steps, self.lang), s["f_flow_chart"])
        if self.pending_flows:
            out.append(self.p(_esc(s["process_not_measured"]), "note"))
        out += self.team_note(4)
        return out

    def balances(self) -> list[Any]:
        from ..domain.balance import assessment_balances, flow_per_unit_product
        from .charts import flow_kind_label, sankey_figure

        s, a, f = self.s, self.a, self.f
        out = [*self.h1(s["s_balances"])]
        if not a.process_steps:
            out.append(self.notice(_esc(s["no_steps"])))
            return out
        tol = a.settings.balance_tolerance_percent
        out.append(self.p(_esc(s["balances_intro"].format(unit=self.product_unit or "–", tol=f.n(tol, 0)))))
        out += self.team_note(5)
        unit = self.product_unit
        for bal in assessment_balances(a):
            step = bal.step
            out += self.h2(step.name + (f" ({s['col_focus'].lower()})" if step.focus else ""))
            pending = self.pending_flows.get(step.id, [])
            if pending:
                names = ", ".join(x.name for x in pending)
                if not step.flows:
                    out.append(self.p(_esc(s["flows_none_measured"].format(n=len(pending), items=names))))
                    continue
                out.append(self.p(_esc(s["flows_not_measured"].format(n=len(pending), items=names)), "note"))
            rows = []
            for flow in step.flows:
                per_unit = flow_per_unit_product(flow, step, unit) if unit else None
                rows.append(
                    [
                        flow.name,
                        flow_kind_label(flow.kind, self.lang),
                        self.s["col_direction"].split("/")[0 if flow.direction == "input" else 1],
                        f.q(flow.quantity),
                        f.q(per_unit) if per_unit else "–",
                    ]
                )
            out += self.table(
                s["t_flows"].format(step=step.name, basis=f.q(step.basis)),
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
                out.append(self.p(f"{_esc(text)} — <font color='{colour}'>{_esc(verdict)}</font>.", "small"))
            if bal.excluded:
                items = ", ".join(f"{x.flow.name}" for x in bal.excluded)
                out.append(self.p(_esc(s["excluded"].format(items=items)), "note"))
            if step.focus:
                basis = f.q(step.basis)
                out += self.figure(sankey_figure(bal, self.lang, basis), s["f_sankey"].format(step=step.name))
        return out

    def _annual_production(self) -> tuple[str, float | None, str]:
        prod = self.summary["production"]
        for key in ("reporting", "baseline"):
            period = self.a.period(key)
            if period is None or not prod.get(key):
                continue
            days = (dt.date.fromisoformat(period.end) - dt.date.fromisoformat(period.start)).days + 1
            annual = prod[key]["value"] * 365.0 / days if days > 0 else None
            label = self.s["reporting_period" if key == "reporting" else "baseline_period"].lower()
            return label, annual, f"{self.f.n(annual, 0)} {self.product_unit}/{'năm' if self.lang == 'vi' else 'year'}"
        return "", None, ""

    def waste(self) -> list[Any]:
        from ..domain.waste import waste_costs
        from .charts import flow_kind_label, pareto_figure

        s, f = self.s, self.f
        out = [*self.h1(s["s_waste"])]
        costs = waste_costs(self.a)
        if not costs:
            out.append(self.notice(_esc(s["no_waste"])))
            return out
        label, annual, annual_text = self._annual_production()
        out.append(self.p(_esc(s["waste_intro"].format(period=label or "–", production=annual_text or "–")), "intro"))
        costed = [c for c in costs if c.lost_value_vnd is not None or c.treatment_vnd is not None]
        uncosted = [c for c in costs if c.lost_value_vnd is None and c.treatment_vnd is None]
        if costed:
            rows = []
            total_unit = total_year = 0.0
            for c in costed:
                per_unit = c.per_unit_product_vnd
                per_year = per_unit * annual if (per_unit is not None and annual) else None
                total_unit += per_unit or 0.0
                total_year += per_year or 0.0
                rows.append(
                    [
                        c.flow.name,
                        c.step.name,
                        flow_kind_label(c.flow.kind, self.lang),
                        f.q(c.flow.quantity),
                        f.n(c.lost_value_vnd, 0),
                        f.n(c.treatment_vnd, 0),
                        f.n(per_unit, 0),
                        f.money_m(per_year, 1),
                    ]
                )
            rows.append([s["total"], "", "", "", "", "", f.n(total_unit, 0), f.money_m(total_year, 1)])
            out += self.table(
                s["t_waste"],
                [
                    s["col_stream"],
                    s["col_step"],
                    s["col_kind"],
                    s["col_amount"],
                    s["col_lost"],
                    s["col_treatment"],
                    s["col_cost_unit"].format(unit=self.product_unit or "–"),
                    s["col_cost_year"],
                ],
                rows,
                [0.18, 0.15, 0.12, 0.1, 0.11, 0.12, 0.1, 0.12],
                right=(3, 4, 5, 6, 7),
                total_row=True,
            )
            out += self.figure(pareto_figure(costs, self.lang, f"VND/{self.product_unit}"), s["f_pareto"])
        if uncosted:
            out.append(self.p(_esc(s["no_cost"].format(items=", ".join(c.flow.name for c in uncosted))), "note"))
        return out

    def causes(self) -> list[Any]:
        from ..domain.waste import is_waste

        s = self.s
        out = [*self.h1(s["s_causes"])]
        rows = []
        for step in sorted(self.a.process_steps, key=lambda st: st.order):
            for flow in step.flows:
                if flow.causes and (is_waste(flow) or flow.direction == "output"):
                    bullets = "<br/>".join(f"• {_esc(c)}" for c in flow.causes)
                    rows.append(
                        [
                            _Markup(f"<b>{_esc(flow.name)}</b><br/><font size='7'>{_esc(step.name)}</font>"),
                            _Markup(bullets),
                        ]
                    )
        if not rows:
            out.append(self.notice(_esc(s["no_causes"])))
            return out
        out.append(self.p(_esc(s["causes_intro"]), "intro"))
        out += self.table(s["t_causes"], [s["col_stream"], s["col_causes"]], rows, [0.36, 0.64])
        out += self.team_note(7)
        return out

    def options(self) -> list[Any]:
        from ..domain.economics import note_text, option_economics
        from .charts import options_figure

        s, a, f = self.s, self.a, self.f
        out = [*self.h1(s["s_options"])]
        if not a.options:
            out.append(self.notice(_esc(s["no_options"])))
            return out
        out += self.h2(s["s_options_list"])
        counts = {
            k: sum(1 for o in a.options if o.screening == k) for k in ("implement_now", "further_study", "rejected")
        }
        out.append(
            self.p(
                _esc(
                    s["options_intro"].format(
                        n=len(a.options),
                        now=counts["implement_now"],
                        study=counts["further_study"],
                        rejected=counts["rejected"],
                    )
                ),
                "intro",
            )
        )
        step_names = {st.id: st.name for st in a.process_steps}
        rows = []
        for o in a.options:
            rows.append(
                [
                    o.id,
                    o.title,
                    OPTION_CATEGORY_LABELS[o.category](self.lang)
                    if o.category in OPTION_CATEGORY_LABELS
                    else o.category,
                    step_names.get(o.process_step or "", "–"),
                    COST_CLASS_LABELS[o.cost_class](self.lang) if o.cost_class in COST_CLASS_LABELS else o.cost_class,
                    SCREENING_LABELS[o.screening](self.lang) if o.screening in SCREENING_LABELS else "–",
                    OPTION_STATUS_LABELS[o.status](self.lang) if o.status in OPTION_STATUS_LABELS else o.status,
                ]
            )
        out += self.table(
            s["t_options"],
            [
                s["col_id"],
                s["col_option"],
                s["col_category"],
                s["col_step"],
                s["col_cost_class"],
                s["col_screening"],
                s["col_status"],
            ],
            rows,
            [0.05, 0.26, 0.15, 0.14, 0.12, 0.13, 0.15],
        )
        out += self.figure(options_figure(a.options, self.lang), s["f_options"])
        out += self.team_note(8)
        out += self.team_note(9)

        out += self.h2(s["s_feasibility"])
        rows = [[o.id, o.technical or "–", o.environmental or "–"] for o in a.options]
        out += self.table(
            s["t_feasibility"], [s["col_id"], s["col_technical"], s["col_environmental"]], rows, [0.06, 0.47, 0.47]
        )
        out += self.team_note(10)
        out += self.team_note(12)

        out += self.h2(s["s_economics"])
        rate = a.settings.discount_fraction
        out.append(self.p(_esc(s["economics_intro"].format(rate=f.n(rate * 100, 0))), "intro"))
        rows = []
        notes_seen: list[str] = []
        for o in a.options:
            e = option_economics(o, rate)
            expected = (
                "; ".join(
                    f"{f.sig(rs.quantity.value, 4)} {rs.quantity.unit} {self.resource_name(rs.resource).lower()}"
                    for rs in o.resource_savings
                )
                or "–"
            )
            payback = e.payback_years
            payback_text = (s["immediate"] if payback == 0 else f.n(payback, 1)) if payback is not None else "–"
            marks = []
            for code in e.notes:
                text = note_text(code, self.lang)
                if text not in notes_seen:
                    notes_seen.append(text)
                marks.append(str(notes_seen.index(text) + 1))
            rows.append(
                [
                    o.id,
                    f.money_m(e.investment_vnd, 0),
                    f.money_m(e.net_annual_benefit_vnd, 0),
                    payback_text,
                    f.money_m(e.npv_vnd, 0),
                    f.pct(e.irr * 100, 0) if e.irr is not None else "–",
                    expected,
                    ", ".join(f"({m})" for m in marks),
                ]
            )
        out += self.table(
            s["t_economics"],
            [
                s["col_id"],
                s["col_investment"],
                s["col_benefit"],
                s["col_payback"],
                s["col_npv"],
                s["col_irr"],
                s["col_expected"],
                s["col_notes"],
            ],
            rows,
            [0.06, 0.11, 0.12, 0.1, 0.1, 0.08, 0.33, 0.1],
            right=(1, 2, 3, 4, 5),
        )
        for i, text in enumerate(notes_seen, start=1):
            out.append(self.p(f"({i}) {_esc(text)}", "note"))
        out += self.team_note(11)
        out += self.team_note(13)
        return out

    def notice_code(self, code: str) -> str:
        """The string of a missing period's notice: a template's placeholder baseline says so."""
        return "baseline_placeholder" if code == "no_baseline" and self.baseline_placeholder else code

    def benchmark_result(self) -> BenchmarkResult:
        if self._benchmark is None:
            from ..interchange.templates import benchmark_assessment

            self._benchmark = benchmark_assessment(self.entered)
        return self._benchmark

    def _bench_number(self, value: float | None) -> str:
        """A specific consumption as the norm tables print them: MJ/hL and MJ/t in whole units,
        small figures (hL water/hL) with one decimal."""
        if value is None:
            return "–"
        if abs(value) >= 100:
            return self.f.n(value, 0)
        if abs(value) >= 1:
            return self.f.n(value, 1)
        return self.f.sig(value, 3)

    def benchmark(self) -> list[Any]:
        """The facility's energy SEC against the norm of its capacity class and period, and against
        best practice where known, with the sources; one sentence when there is nothing to compare."""
        s, f = self.s, self.f
        r = self.benchmark_result()
        out = self.h2(s["s_benchmark"])
        if r.status != "ok":
            text = r.reason(self.lang) if r.reason is not None else s["not_compared"]
            out.append(self.p(_esc(text)))
            return out
        unit = r.unit or ""
        process = r.process_label(self.lang) if r.process_label else ""
        out.append(self.p(_esc(s["benchmark_intro"].format(process=process)), "intro"))
        rows = []
        period_notes: list[str] = []
        for c in (r.baseline, r.reporting):
            if c is None:
                continue
            klass = _esc(c.capacity_class(self.lang) if c.capacity_class else "–")
            if c.annual_production is not None and c.capacity_unit:
                output = f"{f.n(c.annual_production, 0)}{NBSP}{f.unit(c.capacity_unit)}"
                klass += f"<br/><font size='7' color='#45525e'>{_esc(s['annual_output'].format(value=output))}</font>"
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
                verdict = _Markup(f"<font color='{colour}'><b>{_esc(words)}</b></font>")
            rows.append(
                [
                    self.period_short(c.period),
                    _Markup(klass),
                    c.norm_period_label(self.lang) if c.norm_period_label else "–",
                    self._bench_number(c.norm_value),
                    self._bench_number(c.sec),
                    verdict,
                ]
            )
            for note in c.notes:
                text = f"{self.period_short(c.period)}: {note(self.lang)}"
                if text not in period_notes:
                    period_notes.append(text)
        out += self.table(
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
            source = s["norm_source"].format(document=r.source.document, year=year, status=status)
            if r.source.note:
                source += f" {r.source.note}."
            out.append(self.p(_esc(source), "small"))
        if r.basis is not None:
            out.append(self.p(_esc(s["norm_basis"].format(basis=r.basis(self.lang))), "note"))
        for note in r.notes:
            out.append(self.p(_esc(s["benchmark_note"].format(text=note(self.lang))), "note"))
        for text in period_notes:
            out.append(self.p(_esc(text), "note"))
        out += self.best_practice(r)
        return out

    def best_practice(self, r: BenchmarkResult) -> list[Any]:
        s, f = self.s, self.f
        rows = []
        for b in r.best_practice:
            fig = b.figure
            scope = ""
            if fig.scope is not None:
                scope = s["best_scope_other" if b.applies is False else "best_scope_same"].format(
                    scope=fig.scope(self.lang)
                )
            label = f"<b>{_esc(fig.label(self.lang))}</b>"
            if scope:
                label += f"<br/><font size='7'>{_esc(scope)}</font>"
            facility = "–"
            if b.sec is not None:
                facility = f"{self._bench_number(b.sec)}{NBSP}{fig.unit}"
                if b.period:
                    facility += f"<br/><font size='7'>{_esc(self.period_short(b.period))}</font>"
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
                    _Markup(label),
                    f"{f.exact(fig.value)}{NBSP}{fig.unit}",
                    _Markup(facility),
                    gap,
                    f"{fig.source.document} ({year}{status})",
                ]
            )
        if not rows:
            return []
        return self.table(
            s["t_best"],
            [s["col_best"], s["col_best_value"], s["col_facility"], s["col_gap"], s["col_source"]],
            rows,
            [0.27, 0.11, 0.13, 0.13, 0.36],
            right=(1, 2),
        )

    def results(self) -> list[Any]:
        from .charts import sec_figure

        s, f, summary = self.s, self.f, self.summary
        out = [*self.h1(s["s_results"])]
        blocking = [code for code in ("no_baseline", "no_reporting") if code in self.missing_codes]
        if blocking:
            for code in blocking:
                out.append(self.notice(_esc(s[self.notice_code(code)])))
            out += self.benchmark()
            return out
        ratio = summary["production"]["ratio"]
        out.append(
            self.p(
                _esc(
                    s["results_intro"].format(
                        r=self.period_text("reporting"),
                        b=self.period_text("baseline"),
                        ratio=f.n((ratio or 0) * 100, 1),
                    )
                )
            )
        )
        complete = [r for r in summary["resources"] if r["saving"] is not None]
        # SEC before / after
        out += self.h2(s["s_sec"])
        rows = [
            [
                self.resource_name(r["resource"]),
                r["specific_unit"],
                f.sig(r["baseline"]["specific"], 4),
                f.sig(r["reporting"]["specific"], 4),
                f.pct(-r["saving"]["percent"], 1) if r["saving"]["percent"] is not None else "–",
            ]
            for r in complete
        ]
        out += self.table(
            s["t_sec"],
            [
                s["col_input"],
                s["col_specific_unit"],
                self.period_short("baseline"),
                self.period_short("reporting"),
                s["col_change"],
            ],
            rows,
            [0.3, 0.16, 0.19, 0.19, 0.16],
            right=(2, 3, 4),
        )
        chart_rows = [
            (
                self.resource_name(r["resource"]),
                r["specific_unit"],
                r["baseline"]["specific"],
                r["reporting"]["specific"],
            )
            for r in complete
        ]
        out += self.figure(
            sec_figure(chart_rows, (self.period_short("baseline"), self.period_short("reporting")), self.lang),
            s["f_sec"],
        )
        out += self.benchmark()
        # savings
        out += self.h2(s["s_savings"])
        rows = []
        for r in complete:
            sv = r["saving"]
            rows.append(
                [
                    self.resource_name(r["resource"]),
                    f"{f.sig(sv['quantity'], 4)} {r['unit']}",
                    f.pct(sv["percent"], 1),
                    f.money_m(r["cost_saving_vnd"], 1),
                ]
            )
        rows.append([s["total"], "", "", f.money_m(summary["cost_saving_vnd"], 1)])
        out += self.table(
            s["t_savings"],
            [s["col_input"], s["col_saving"], s["col_saving_pct"], s["col_value"]],
            rows,
            [0.4, 0.22, 0.16, 0.22],
            right=(1, 2, 3),
            total_row=True,
        )
        # energy and CO2
        out += self.h2(s["s_energy"])
        e = summary["energy"]
        if e:
            unit = self.product_unit
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
                    f"{f.money_m(summary['cost_saving_vnd'], 1)} "
                    f"{'triệu đồng' if self.lang == 'vi' else 'VND million'}",
                )
            )
            out.append(self.kv(pairs, key_width=0.36))
        else:
            out.append(self.notice(_esc(s["no_energy"])))
        # targets
        out += self.h2(s["s_targets"])
        achieved = f.pct(e["saving_percent"], 1) if e else "–"
        rows = []
        for t in summary["targets"]:
            low, high = t["band_percent"]
            verdict = (
                f"<font color='{GOOD}'><b>{_esc(s['met'])}</b></font>"
                if t["met"]
                else f"<font color='{BAD}'><b>{_esc(s['not_met'])}</b></font>"
            )
            rows.append([t["period"], f"{f.n(low, 0)}–{f.n(high, 0)} %", achieved, _Markup(verdict)])
        out += self.table(
            s["t_targets"],
            [s["col_stage"], s["col_band"], s["col_achieved"], s["col_verdict"]],
            rows,
            [0.25, 0.25, 0.25, 0.25],
            right=(1, 2),
        )
        if summary["targets"]:
            out.append(self.p(_esc(s["targets_note"].format(doc=summary["targets"][0].get("document", ""))), "note"))
        # factors
        out += self.h2(s["s_factors"])
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
                    s[kind].format(carrier=self.resource_name(fac["carrier"])),
                    f.exact(fac["value"]),
                    unit,
                    str(fac["year"]) if fac.get("year") else "–",
                    fac["source"],
                ]
            )
        if rows:
            out += self.table(
                s["t_factors"],
                [s["col_factor"], s["col_factor_value"], s["col_unit"], s["col_year"], s["col_source"]],
                rows,
                [0.24, 0.12, 0.12, 0.07, 0.45],
                right=(1,),
            )
        out.append(self.p(_esc(s["factors_note"]), "note"))
        if summary["warnings"]:
            out += self.h2(s["warnings"])
            for w in summary["warnings"]:
                out.append(self.p(_esc(w), "bullet"))
        out += self.team_note(16)
        return out

    def implementation(self) -> list[Any]:
        s, a, f = self.s, self.a, self.f
        out = [*self.h1(s["s_implementation"]), self.p(_esc(s["impl_intro"]), "intro")]
        chosen = [o for o in a.options if o.status in ("implemented", "selected")]
        if chosen:
            implemented = sum(1 for o in chosen if o.status == "implemented")
            out.append(
                self.p(_esc(s["impl_counts"].format(implemented=implemented, selected=len(chosen) - implemented)))
            )
            rows = [
                [
                    o.id,
                    o.title,
                    OPTION_STATUS_LABELS[o.status](self.lang),
                    f.money_m(
                        o.investment.value if o.investment and o.investment.unit.upper() in ("VND", "VNĐ") else None, 0
                    ),
                ]
                for o in chosen
            ]
            out += self.table(
                s["t_impl"],
                [
                    s["col_id"],
                    s["col_option"],
                    s["col_status"],
                    f"{s['col_investment']} ({'triệu đồng' if self.lang == 'vi' else 'VND million'})",
                ],
                rows,
                [0.07, 0.58, 0.17, 0.18],
                right=(3,),
            )
        else:
            out.append(self.notice(_esc(s["no_selected"])))
        rows = []
        progress = {t.task: t for t in a.tasks}
        for number in range(14, 19):
            t = progress.get(number)
            rows.append(
                [
                    str(number),
                    TASKS[number].name(self.lang),
                    s["done"] if t and t.done else s["not_done"],
                    (t.notes if t and t.notes else "–"),
                ]
            )
        out += self.table(
            s["t_maintain"], [s["col_no"], s["col_task"], s["col_done"], s["col_notes"]], rows, [0.06, 0.32, 0.14, 0.48]
        )
        return out

    def appendix(self) -> list[Any]:
        from reportlab.platypus import PageBreak

        s, a, f = self.s, self.a, self.f
        out: list[Any] = [PageBreak(), *self.h1(s["s_appendix"]), *self.h2(s["s_app_consumption"])]
        if a.consumption:
            rows = []
            for c in sorted(a.consumption, key=lambda c: (c.resource, c.period != "baseline")):
                rows.append(
                    [
                        self.resource_name(c.resource),
                        self.resource_name(c.carrier) if c.carrier else "–",
                        s["baseline_period" if c.period == "baseline" else "reporting_period"],
                        f.q(c.quantity),
                        f.q(c.unit_price),
                    ]
                )
            out += self.table(
                None,
                [s["col_input"], s["col_carrier"], s["col_period"], s["col_quantity"], s["col_unit_price"]],
                rows,
                [0.22, 0.18, 0.2, 0.2, 0.2],
                right=(3, 4),
            )
        else:
            out.append(self.notice(_esc(s["no_consumption"])))
        out += self.h2(s["s_app_tasks"])
        progress = {t.task: t for t in a.tasks}
        rows = []
        for step in STEPS:
            for task in step.tasks:
                t = progress.get(task.number)
                rows.append(
                    [
                        str(task.number),
                        f"{step.number}. {step.name(self.lang)}",
                        task.name(self.lang),
                        s["done"] if t and t.done else s["not_done"],
                        t.notes if t and t.notes else "",
                    ]
                )
        out += self.table(
            None,
            [s["col_no"], s["col_method_step"], s["col_task"], s["col_done"], s["col_notes"]],
            rows,
            [0.05, 0.2, 0.27, 0.1, 0.38],
        )
        out += self.h2(s["s_app_settings"])
        grid_year = a.settings.grid_emission_factor_year
        pairs = [
            (
                s["discount_rate"],
                f"{f.n(a.settings.discount_fraction * 100, 1)} %/{'năm' if self.lang == 'vi' else 'year'}",
            ),
            (s["grid_year"], str(grid_year) if grid_year else s["latest"]),
            (s["tolerance"], f"{f.n(a.settings.balance_tolerance_percent, 1)} %"),
            (s["assessment_id"], a.id),
            (s["revision"], str(a.revision)),
            (s["created"], _date(a.created_at, self.lang)),
            (s["updated"], _date(a.updated_at, self.lang)),
            (s["producer"], f"SXSH Desktop {__version__}"),
        ]
        out.append(self.kv(pairs, key_width=0.36))
        return out


def _picture_class() -> type:
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Flowable

    class Picture(Flowable):
        """A chart image (PIL, from Agg) of fixed size that is only embedded from the second layout pass
        on: the first pass of multiBuild (which only collects the contents' page numbers) skips it."""

        def __init__(self, image: Any, width: float, height: float) -> None:
            super().__init__()
            self.image = image
            self.width = width
            self.height = height
            self.hAlign = "CENTER"
            self._reader: Any = None

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            doc = getattr(self.canv, "_doctemplate", None)
            if doc is not None and getattr(doc, "_pass", 1) <= 1:
                return
            if self._reader is None:
                self._reader = ImageReader(self.image)
            self.canv.drawImage(self._reader, 0, 0, self.width, self.height)

    return Picture


class _Markup(str):
    """Text that is already reportlab paragraph markup (not to be escaped)."""


# -- page furniture and the build ------------------------------------------------------------


def _doc_classes() -> tuple[type, type]:
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import BaseDocTemplate

    class NumberedCanvas(rl_canvas.Canvas):
        """Defers page furniture to the end so that every page can say 'Page n of N'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                furniture = getattr(self, "_furniture", None)
                if furniture is not None:
                    furniture(self, total)
                super().showPage()
            super().save()

    class ReportDoc(BaseDocTemplate):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._heading_no = 0
            self._pass = 0

        def _startBuild(self, *args: Any, **kwargs: Any) -> None:  # noqa: N802 - reportlab's name
            self._pass += 1
            super()._startBuild(*args, **kwargs)
            self.canv._doctemplate = self

        def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 - reportlab's name
            toc = getattr(flowable, "_toc", None)
            if toc is None:
                return
            level, text = toc
            key = getattr(flowable, "_bookmark", None)
            if key is None:
                self._heading_no += 1
                key = flowable._bookmark = f"h{self._heading_no}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, text, self.page, key))

    return NumberedCanvas, ReportDoc


def render_report(
    a: Assessment,
    language: str = "vi",
    *,
    signed_by: SignerInfo | None = None,
    today: dt.date | None = None,
    benchmark: BenchmarkResult | None = None,
) -> RenderedReport:
    """The report of an assessment as PDF bytes (not signed; see report/signing.py). `benchmark`: the
    comparison with the norm as the caller made it (a chosen sub-process, its own templates); by
    default `interchange.templates.benchmark_assessment(a)`."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Frame, PageTemplate

    language = "vi" if language == "vi" else "en"
    report = _Report(a, language, signed_by, today or dt.date.today(), benchmark)
    s = report.s
    family = report.st["body"].fontName
    bold = report.st["h1"].fontName
    italic = report.st["note"].fontName
    NumberedCanvas, ReportDoc = _doc_classes()
    buf = io.BytesIO()
    facility = a.facility.name or ""
    doc = ReportDoc(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_L,
        rightMargin=MARGIN_R,
        topMargin=MARGIN_T,
        bottomMargin=MARGIN_B,
        title=f"{s['running_title']} — {facility}",
        author=a.consultant.name or "",
        subject=f"{s['running_title']}: {facility}",
        creator=f"SXSH Desktop {__version__}",
        producer=f"SXSH Desktop {__version__} (reportlab)",
        keywords="SXSH, sản xuất sạch hơn, cleaner production",
        lang=language,
        initialFontName=family,
    )
    frame = Frame(
        MARGIN_L,
        MARGIN_B,
        TEXT_W,
        PAGE_H - MARGIN_T - MARGIN_B,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    ref = s["assessment_ref"].format(id=a.id[:8], revision=a.revision)

    def furniture(canvas: Any, total: int) -> None:
        n = canvas.getPageNumber()
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#45525e"))
        if n > 1:
            canvas.setFont(family, 7.6)
            canvas.drawString(MARGIN_L, PAGE_H - 14 * MM, s["running_title"])
            name = facility
            while name and canvas.stringWidth(name, family, 7.6) > TEXT_W * 0.55:
                name = name[:-2]
            if name != facility:
                name = name.rstrip() + "…"
            canvas.drawRightString(PAGE_W - MARGIN_R, PAGE_H - 14 * MM, name)
            canvas.setStrokeColor(colors.HexColor(RULE))
            canvas.setLineWidth(0.5)
            canvas.line(MARGIN_L, PAGE_H - 15.8 * MM, PAGE_W - MARGIN_R, PAGE_H - 15.8 * MM)
            canvas.line(MARGIN_L, 13.5 * MM, PAGE_W - MARGIN_R, 13.5 * MM)
            canvas.setFont(family, 7.4)
            canvas.drawString(MARGIN_L, 9.5 * MM, ref)
        canvas.setFont(bold if n > 1 else family, 7.8)
        canvas.drawRightString(PAGE_W - MARGIN_R, 9.5 * MM, s["page"].format(n=n, total=total))
        canvas.restoreState()

    def on_page(canvas: Any, _doc: Any) -> None:
        canvas._furniture = furniture

    def on_cover(canvas: Any, _doc: Any) -> None:
        canvas._furniture = furniture
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(HEAD))
        canvas.rect(0, PAGE_H - 9 * MM, PAGE_W, 9 * MM, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor(NOTICE_EDGE))
        canvas.rect(0, PAGE_H - 10.2 * MM, PAGE_W, 1.2 * MM, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#45525e"))
        canvas.setFont(family, 7.6)
        canvas.drawString(MARGIN_L, 9.5 * MM, ref)
        x1, y1, x2, y2 = SIGNATURE_BOX
        canvas.setFont(italic, 8)
        if signed_by is not None:
            canvas.drawString(x1, y2 + 3, s["signature_caption"])
        else:
            canvas.drawRightString(x2, y2 - 10, s["unsigned"])
        canvas.restoreState()

    doc.addPageTemplates(
        [
            PageTemplate(id="cover", frames=[frame], onPage=on_cover),
            PageTemplate(id="body", frames=[frame], onPage=on_page),
        ]
    )
    story = report.story()
    from reportlab import rl_config

    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary streams: smaller files, and much faster for the chart images
    try:
        doc.multiBuild(story, canvasmaker=NumberedCanvas, maxPasses=4)
    finally:
        rl_config.useA85 = saved_a85
    pdf = buf.getvalue()
    return RenderedReport(pdf=pdf, pages=doc.page, missing=report.missing)
