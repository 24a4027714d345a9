"""The report being written: the assessment as printed, its language, the building blocks every
chapter uses (paragraphs, numbered headings, tables that split across pages, notices, figures) and the
order of the chapters."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ...domain.model import Assessment
from ..strings import RESOURCE_NAMES, strings
from .chapters import (
    appendix,
    conclusions,
    front,
    implementation,
    introduction,
    options,
    process,
    production,
    results,
    summary,
    waste,
)
from .content import missing_items, report_view
from .figures import Figures, MakeFigure
from .figures_pending import PendingFigures
from .format import Fmt, Markup, date_text, esc, plain
from .layout import (
    HEAD,
    HEADER_FILL,
    MARGIN_B,
    MARGIN_T,
    NOTICE_EDGE,
    NOTICE_FILL,
    PAGE_H,
    RULE,
    TEXT_W,
    ZEBRA,
    paragraph_class,
    report_styles,
)

if TYPE_CHECKING:  # pragma: no cover
    from ...domain.benchmark import BenchmarkResult
    from ...signing.identity import SignerInfo
    from .figures_ahead import FiguresAhead


SHORT_TABLE_ROWS = 12  # tables of up to this many rows are kept on one page


class Report:
    """One report being written: what every chapter reads (the assessment as printed, strings, number
    formats, the savings summary, what is missing) and the blocks they are built of."""

    def __init__(
        self,
        a: Assessment,
        language: str,
        signed_by: SignerInfo | None,
        today: dt.date,
        benchmark: BenchmarkResult | None = None,
        ahead: FiguresAhead | None = None,
    ) -> None:
        """`ahead`: a worker making the figures (pdf/figures_ahead.py); by default they are made here."""
        from ...domain.savings import compute_savings

        self.entered = a  # as stored, placeholders included (the process chart, the benchmark)
        a, self.baseline_placeholder, self.pending_flows = report_view(a)
        self.a = a
        self._benchmark = benchmark
        self.lang = language
        self.s = strings(language)
        self.f = Fmt(language)
        self.signed_by = signed_by
        self.today = today
        self.summary = compute_savings(a, language)
        self.missing = missing_items(self.entered, language)
        self.missing_codes = {c for c, _ in self.missing}
        self.product_unit = a.product_unit
        self.figure_no = 0
        self.figures = Figures(self.figure_block) if ahead is None else PendingFigures(self.figure_block, ahead)
        self.table_no = 0
        from reportlab.lib import colors

        self.colors = colors
        self.st = self.styles()

    def styles(self) -> dict[str, Any]:
        """The paragraph styles by name (pdf/layout.py), the report's faces registered."""
        return report_styles()

    def p(self, text: str, style: str = "body") -> Any:
        return paragraph_class()(text, self.st[style])

    def heading(self, text: str, level: int) -> list[Any]:
        """A numbered heading (in the contents and the PDF outline), never alone at a page's foot."""
        from reportlab.platypus import CondPageBreak

        para = paragraph_class()(esc(text), self.st["h1" if level == 0 else "h2"])
        para._toc = (level, plain(text), esc(text))  # type: ignore[attr-defined]
        return [CondPageBreak(130 if level == 0 else 110), para]

    def cell(self, text: Any, style: str = "td") -> Any:
        if hasattr(text, "wrap"):
            return text
        return paragraph_class()(esc(text) if not isinstance(text, Markup) else str(text), self.st[style])

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
        from reportlab.platypus import CondPageBreak, KeepTogether, LongTable, TableStyle

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
        t = LongTable(
            [header, *body], colWidths=[TEXT_W * w / total for w in widths], repeatRows=1, hAlign="LEFT", splitInRow=1
        )
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
        heights = list(getattr(t, "_rowHeights", None) or [])
        first_rows = sum(heights[:2])
        # no widowed rows: where a long table breaks across pages, at least two of its rows go on each
        # side (NOSPLIT keeps the heading row with the first two rows, and the last two together),
        # unless those rows are so tall that keeping them whole could not fit a page
        room = (PAGE_H - MARGIN_T - MARGIN_B) / 3
        nosplit = []
        if len(body) >= 4 and sum(heights[:3]) < room:
            nosplit.append(("NOSPLIT", (0, 0), (-1, 2)))
            first_rows = sum(heights[:3])
        if len(body) >= 4 and sum(heights[-2:]) < room:
            nosplit.append(("NOSPLIT", (0, len(body) - 1), (-1, len(body))))
        if 2 <= len(body) < 4 and sum(heights) < 2 * room:
            nosplit.append(("NOSPLIT", (0, 0), (-1, -1)))
        if nosplit:
            t.setStyle(TableStyle(nosplit))
        if heights and max(heights) < room:
            t.splitInRow = 0  # rows split inside only when one is too tall to wait for a page (that ignores NOSPLIT)
        # (a row taller than a third of a page is split across pages instead: it never waits for one)
        keep = min(max(75.0, first_rows + (18 if caption else 4)), (PAGE_H - MARGIN_T - MARGIN_B) / 3)
        block: list[Any] = []
        if caption:
            self.table_no += 1
            block.append(self.p(esc(self.s["table"].format(n=self.table_no, text=caption)), "tcaption"))
        block.append(t)
        # a short table moves whole to the next page rather than leave a row or two behind (a table
        # taller than a page still splits, KeepTogether gives up on it)
        if len(body) <= SHORT_TABLE_ROWS:
            return [KeepTogether(block)]  # (and kept with a heading before it: headings keep with next)
        return [CondPageBreak(keep), *block]

    def _keep_with_next(self, flowable: Any) -> Any:
        flowable.keepWithNext = True
        return flowable

    def kv(self, pairs: list[tuple[str, Any]], key_width: float = 0.3) -> Any:
        from reportlab.platypus import Table, TableStyle

        colors = self.colors
        data = [[self.cell(k, "kv_key"), self.cell(v, "kv_val")] for k, v in pairs]
        t = Table(data, colWidths=[TEXT_W * key_width, TEXT_W * (1 - key_width)], hAlign="LEFT", splitInRow=1)
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
        t = Table([[self.p(text, "body")]], colWidths=[TEXT_W], hAlign="LEFT", splitInRow=1)
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

    def figure(self, make: MakeFigure, caption: str, max_height: float | None = None) -> list[Any]:
        """A figure with its numbered caption, kept together: `make` makes the matplotlib Figure (a chart
        function with its arguments: functools.partial), or gives None for no figure (no caption, no
        number). Drawn as vector once the layout is done (pdf/figures.py); scaled to the text width, or
        down to `max_height`. Where a worker makes the figures, a pending figure stands in the story
        until the layout reaches it (pdf/figures_pending.py), and `make` may be called once the story is
        written: what it is given must not change after this call."""
        return self.figures.figure(make, caption, max_height)

    def figure_block(self, size: tuple[float, float] | None, caption: str, max_height: float | None) -> list[Any]:
        """The blocks of a figure of `size` (inches; None: no figure): its room and its caption, numbered."""
        from reportlab.platypus import KeepTogether

        if size is None:
            return []
        w_in, h_in = size
        width = TEXT_W
        height = width * h_in / w_in
        limit = max_height or (PAGE_H - MARGIN_T - MARGIN_B - 40)
        if height > limit:
            width, height = width * limit / height, limit
        self.figure_no += 1
        space = self.figures.space(width, height)
        return [KeepTogether([space, self.p(esc(self.s["figure"].format(n=self.figure_no, text=caption)), "caption")])]

    def team_note(self, task: int) -> list[Any]:
        notes = next((t.notes for t in self.a.tasks if t.task == task and t.notes.strip()), "")
        return [self.p(esc(self.s["notes_of_team"].format(text=notes)), "note")] if notes else []

    def resource_name(self, key: str) -> str:
        from ...domain.reference import carriers

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
        return f"{date_text(period.start, self.lang)} – {date_text(period.end, self.lang)}"

    def period_short(self, key: str) -> str:
        period = self.a.period(key)
        label = self.s["baseline_period" if key == "baseline" else "reporting_period"]
        if period is None:
            return label
        y0, y1 = period.start[:4], period.end[:4]
        return f"{label} {y0 if y0 == y1 else y0 + '–' + y1}"

    def story(self) -> list[Any]:
        from reportlab.platypus import NextPageTemplate, PageBreak

        story: list[Any] = []
        story += front.cover(self)
        story += [NextPageTemplate("body"), PageBreak()]
        story += front.contents(self)
        story.append(PageBreak())
        story += summary.summary(self)
        # the numbered chapters (a chapter may span several functions: process and balances are 3, 4)
        sections = [
            introduction.introduction,
            production.production,
            process.process,
            process.balances,
            waste.waste,
            waste.causes,
            options.options,
            results.results,
            implementation.implementation,
            conclusions.conclusions,
        ]
        self.in_appendix = False
        for number, section in enumerate(sections, start=1):
            self.section_no = number
            self.sub_no = 0
            story += section(self)
        self.in_appendix, self.sub_no = True, 0
        story += appendix.appendix(self)
        return story

    def h1(self, text: str) -> list[Any]:
        title = text if self.in_appendix else f"{self.section_no}. {text}"
        return self.heading(title, 0)

    def h2(self, text: str) -> list[Any]:
        self.sub_no += 1
        prefix = f"{chr(64 + self.sub_no)}." if self.in_appendix else f"{self.section_no}.{self.sub_no}."
        return self.heading(f"{prefix} {text}", 1)

    def notice_code(self, code: str) -> str:
        """The string of a missing period's notice: a template's placeholder baseline says so."""
        return "baseline_placeholder" if code == "no_baseline" and self.baseline_placeholder else code
