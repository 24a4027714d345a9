"""The build: page furniture (running head, 'page n of N', the cover's band and signature caption),
the document template with its contents and outline, and `render_report`."""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING, Any

from ... import __version__
from ...domain.model import Assessment
from ..text import collecting, replaced_warning
from .content import RenderedReport
from .document import Report
from .figures import Figures
from .figures_pending import put_in_place
from .format import plain
from .layout import (
    HEAD,
    MARGIN_B,
    MARGIN_L,
    MARGIN_R,
    MARGIN_T,
    MM,
    NOTICE_EDGE,
    PAGE_H,
    PAGE_W,
    RULE,
    SIGNATURE_BOX,
    TEXT_W,
)

if TYPE_CHECKING:  # pragma: no cover
    from ...domain.benchmark import BenchmarkResult
    from ...signing.identity import SignerInfo
    from .figures_ahead import FiguresAhead


def _doc_classes() -> tuple[type, type]:
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import BaseDocTemplate

    class NumberedCanvas(rl_canvas.Canvas):
        """Defers page furniture to the end so that every page can say 'Page n of N'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
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

        def _startBuild(self, *args: Any, **kwargs: Any) -> None:  # reportlab's name
            self._pass += 1
            super()._startBuild(*args, **kwargs)
            self.canv._doctemplate = self

        def filterFlowables(self, flowables: list[Any]) -> None:  # reportlab's name
            put_in_place(flowables)  # the figures a worker makes, once the layout reaches them

        def afterFlowable(self, flowable: Any) -> None:  # reportlab's name
            toc = getattr(flowable, "_toc", None)
            if toc is None:
                return
            level, text, markup = toc
            key = getattr(flowable, "_bookmark", None)
            if key is None:
                self._heading_no += 1
                key = flowable._bookmark = f"h{self._heading_no}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            self.notify("TOCEntry", (level, markup, self.page, key))

    return NumberedCanvas, ReportDoc


def _render_report(
    a: Assessment,
    language: str = "vi",
    *,
    signed_by: SignerInfo | None = None,
    today: dt.date | None = None,
    benchmark: BenchmarkResult | None = None,
    figures_ahead: FiguresAhead | None = None,
) -> tuple[RenderedReport, Figures]:
    """The laid-out report as PDF bytes, with room kept for its figures, and the figures to place."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Frame, PageTemplate

    language = "vi" if language == "vi" else "en"
    report = Report(a, language, signed_by, today or dt.date.today(), benchmark, figures_ahead)
    s = report.s
    family = report.st["body"].fontName
    bold = report.st["h1"].fontName
    italic = report.st["note"].fontName
    NumberedCanvas, ReportDoc = _doc_classes()
    buf = io.BytesIO()
    facility = plain(a.facility.name or "")
    doc = ReportDoc(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_L,
        rightMargin=MARGIN_R,
        topMargin=MARGIN_T,
        bottomMargin=MARGIN_B,
        title=f"{s['running_title']} — {facility}",
        author=plain(a.consultant.name or ""),
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
    # the cover's text stops above the signature box, however long the names on it
    cover_bottom = SIGNATURE_BOX[3] + 8 * MM
    cover_frame = Frame(
        MARGIN_L,
        cover_bottom,
        TEXT_W,
        PAGE_H - MARGIN_T - cover_bottom,
        id="cover",
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
            name = facility[:160]
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
            PageTemplate(id="cover", frames=[cover_frame], onPage=on_cover),
            PageTemplate(id="body", frames=[frame], onPage=on_page),
        ]
    )
    story = report.story()
    from reportlab import rl_config

    saved_a85 = rl_config.useA85
    rl_config.useA85 = 0  # binary streams: smaller files
    try:
        doc.multiBuild(story, canvasmaker=NumberedCanvas, maxPasses=4)
    finally:
        rl_config.useA85 = saved_a85
    pdf = buf.getvalue()
    return RenderedReport(pdf=pdf, pages=doc.page, missing=report.missing), report.figures


def render_report(
    a: Assessment,
    language: str = "vi",
    *,
    signed_by: SignerInfo | None = None,
    today: dt.date | None = None,
    benchmark: BenchmarkResult | None = None,
    document: bytes | None = None,
    figures_ahead: FiguresAhead | None = None,
) -> RenderedReport:
    """The report of an assessment as PDF bytes (not signed; see report/signing.py). `benchmark`: the
    comparison with the norm as the caller made it (a chosen sub-process, its own templates); by
    default `interchange.templates.benchmark_assessment(a)`. Characters the font lacks are printed as
    "?" and said once in `warnings`.

    The report is bound to its assessment (signing/binding.py): `document`, the exact bytes of the
    assessment document it is made from (a package's assessment.json), is attached to the PDF and
    named in its metadata with the assessment's id and revision; by default the document of `a`.

    `figures_ahead`: the figures being made and drawn in a worker started with the same assessment,
    language, date and benchmark (pdf/figures_ahead.py); used when they are the story's, else made here."""
    from ...interchange.document import dumps, to_document
    from ...signing.binding import bind

    try:
        with collecting() as replaced:
            rendered, figures = _render_report(
                a, language, signed_by=signed_by, today=today, benchmark=benchmark, figures_ahead=figures_ahead
            )
            laid_out = figures.finish()  # the worker's drawing, or the figures made here (what they replace counted)
    except BaseException:
        if figures_ahead is not None:
            figures_ahead.stop()
        raise
    if not laid_out:  # the figures made here are not the sizes the worker said: laid out with their own
        with collecting() as replaced:
            rendered, figures = _render_report(a, language, signed_by=signed_by, today=today, benchmark=benchmark)
    for c, times in figures.replaced.items():  # what the worker's figures replaced
        replaced[c] = replaced.get(c, 0) + times
    warning = replaced_warning(replaced)
    if warning:
        rendered.warnings.append(warning)
    if document is None:
        document = dumps(to_document(a)).encode("utf-8")
    rendered.pdf = bind(rendered.pdf, document, a.id, a.revision, edit=figures.place)
    return rendered
