"""The report's page and type: A4 geometry, colours and paragraph styles."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

MM = 72.0 / 25.4
PAGE_W, PAGE_H = 595.2756, 841.8898  # A4 in points
MARGIN_L = MARGIN_R = 20 * MM
MARGIN_T = 24 * MM
MARGIN_B = 20 * MM
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R
# Where the visible signature goes: the cover page, bottom right (x1, y1, x2, y2 in points).
SIGNATURE_PAGE = 0
SIGNATURE_BOX = (int(PAGE_W - MARGIN_R - 92 * MM), int(26 * MM), int(PAGE_W - MARGIN_R), int(52 * MM))

HEAD = "#1f4e64"
RULE = "#9fb3bf"
HEADER_FILL = "#e4edf2"
ZEBRA = "#f6f9fb"
NOTICE_FILL = "#fff4e0"
NOTICE_EDGE = "#d9822b"
GOOD = "#2e7d4f"
BAD = "#b23b3b"

NBSP = "\u00a0"  # keeps a number with its unit or % on one line


def report_styles(register: bool = True) -> dict[str, Any]:
    """The paragraph styles by name (Noto Sans registered first, unless `register` is False: styles
    for a story nobody lays out, pdf/figures_worker.py)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    from ..fonts import REPORTLAB_NAMES, register_reportlab_fonts

    family = register_reportlab_fonts() if register else REPORTLAB_NAMES["regular"]
    bold = REPORTLAB_NAMES["bold"]
    italic = REPORTLAB_NAMES["italic"]
    base = ParagraphStyle(
        "body", fontName=family, fontSize=9.6, leading=13.6, spaceAfter=5, textColor=colors.HexColor("#1f2d3a")
    )
    return {
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
            keepWithNext=1,
        ),
        "intro": ParagraphStyle("intro", parent=base),
        "h3": ParagraphStyle("h3", parent=base, fontName=bold, fontSize=9.8, leading=13, spaceBefore=6, spaceAfter=3),
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


def paragraph_class() -> type:
    """reportlab's Paragraph that keeps its line breaks per width. A table computes the height of every
    cell each time it is wrapped (to measure it, to keep it together, at each split across pages and in
    each layout pass), and a paragraph breaks its lines anew each time, measuring every word: a table of
    long texts costs the square of its length. The lines depend on the width alone (the text and style
    do not change), so the second wrap at a width is the first one's result."""
    return _cached_paragraph()


@lru_cache(maxsize=1)
def _cached_paragraph() -> type:
    from reportlab.platypus import Paragraph

    class CachedParagraph(Paragraph):
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # reportlab's names
            cache = self.__dict__.setdefault("_sxsh_lines", {})
            hit = cache.get(availWidth)
            if hit is not None:
                self.width, self.height, self.blPara, self._wrapWidths = hit
                return self.width, self.height
            result = super().wrap(availWidth, availHeight)
            if hasattr(self, "blPara"):
                cache[availWidth] = (self.width, self.height, self.blPara, self._wrapWidths)
            return result

    return CachedParagraph
