"""The shipped Noto Sans (SIL OFL 1.1, licence in resources/fonts/OFL.txt): every Vietnamese letter,
embedded (subset) in the report, used for the charts and for the signature stamp."""

from __future__ import annotations

from functools import lru_cache

from ..paths import resources_dir

FAMILY = "NotoSans"
FONT_DIR = resources_dir() / "fonts"
FONT_FILES = {
    "regular": FONT_DIR / "NotoSans-Regular.ttf",
    "bold": FONT_DIR / "NotoSans-Bold.ttf",
    "italic": FONT_DIR / "NotoSans-Italic.ttf",
    "bold_italic": FONT_DIR / "NotoSans-BoldItalic.ttf",
}
# The charts' faces: Noto Sans cut down to Latin with Vietnamese and the symbols charts print
# (scripts/make-chart-fonts): the report's PDF embeds a subset of each face a chart uses, and making
# a subset of the whole face costs several times more. Other scripts fall back to DejaVu Sans.
CHART_FONT_FILES = {
    "regular": FONT_DIR / "NotoSans-Regular-Charts.ttf",
    "bold": FONT_DIR / "NotoSans-Bold-Charts.ttf",
}
# Noto Sans Regular cut down (fontTools subset) to Latin and Vietnamese: the signature stamp's font.
# pyHanko parses its font whole; the full face costs a third of a second more per signature.
STAMP_FONT_FILE = FONT_DIR / "NotoSans-Regular-Vietnamese.ttf"
REPORTLAB_NAMES = {
    "regular": FAMILY,
    "bold": f"{FAMILY}-Bold",
    "italic": f"{FAMILY}-Italic",
    "bold_italic": f"{FAMILY}-BoldItalic",
}


@lru_cache(maxsize=1)
def register_reportlab_fonts() -> str:
    """Register the four faces with reportlab (once) and return the family name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from ..domain.message import Message
    from . import ReportError

    for style, path in FONT_FILES.items():
        if not path.exists():
            raise ReportError(Message("report.font_missing", {"path": str(path)}))
        pdfmetrics.registerFont(TTFont(REPORTLAB_NAMES[style], str(path)))
    addMapping(FAMILY, 0, 0, REPORTLAB_NAMES["regular"])
    addMapping(FAMILY, 1, 0, REPORTLAB_NAMES["bold"])
    addMapping(FAMILY, 0, 1, REPORTLAB_NAMES["italic"])
    addMapping(FAMILY, 1, 1, REPORTLAB_NAMES["bold_italic"])
    return FAMILY
