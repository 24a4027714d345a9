"""User text made printable in the report and its charts, the same way on the page and on the screen.

The shipped Noto Sans has every Vietnamese letter but no emoji, Arabic, Hebrew, CJK…; a character it
lacks would print as a blank box (reportlab) or as a warning per glyph on stderr (matplotlib). Such a
character is replaced by a visible "?" (a few common symbols by a plain spelling, "→" by "->"); a
control character (bell, escape…) by "?" as well; tabs and line breaks become spaces; invisible
format characters (bidirectional overrides, zero-width joiners) are dropped, since the report lays
text out left to right whatever they say. The characters replaced while a report is made are
collected (`collecting()`), so the report can say once which were replaced instead of once per glyph.

Mathtext and reportlab markup are not this module's business: the charts switch mathtext off and the
PDF escapes markup (report/pdf/format.py).
"""

from __future__ import annotations

import contextvars
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from .fonts import FONT_FILES

PLAIN = {
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
REPLACEMENT = "?"
_WHITESPACE = {"\t", "\n", "\r", "\x0b", "\x0c", "\u2028", "\u2029", "\x85"}

_replaced: contextvars.ContextVar[dict[str, int] | None] = contextvars.ContextVar("replaced", default=None)


@lru_cache(maxsize=1)
def font_characters() -> frozenset[int]:
    """The code points the report font has a glyph for (its cmap, read with fontTools)."""
    from fontTools.ttLib import TTFont

    face = TTFont(str(FONT_FILES["regular"]), lazy=True)
    try:
        return frozenset(face.getBestCmap() or {})
    finally:
        face.close()


@lru_cache(maxsize=4096)
def _char(c: str) -> str:
    code = ord(c)
    if 0x20 <= code < 0x7F:
        return c
    if c in _WHITESPACE:
        return " "
    category = unicodedata.category(c)
    if category == "Cc":
        return REPLACEMENT
    if category == "Cf":
        return ""
    if code in font_characters():
        return c
    if c in PLAIN:
        return PLAIN[c]
    return REPLACEMENT


def printable(text: str) -> str:
    """`text` with only what the report font can print (see the module's docstring)."""
    if text.isascii() and text.isprintable():
        return text
    out = []
    replaced = _replaced.get()
    for c in text:
        r = _char(c)
        if r == REPLACEMENT and c != REPLACEMENT and replaced is not None:
            replaced[c] = replaced.get(c, 0) + 1
        out.append(r)
    return "".join(out)


@contextmanager
def collecting() -> Iterator[dict[str, int]]:
    """Collect the characters `printable` replaces (character → times) while the block runs."""
    seen: dict[str, int] = {}
    token = _replaced.set(seen)
    try:
        yield seen
    finally:
        _replaced.reset(token)


def replaced_warning(replaced: dict[str, int], language: str = "en") -> str | None:
    """One sentence naming what was replaced (the first few characters by code point), or None."""
    if not replaced:
        return None
    shown = ", ".join(f"U+{ord(c):04X}" for c in sorted(replaced)[:6])
    more = len(replaced) - 6
    total = sum(replaced.values())
    if language == "vi":
        extra = f" và {more} ký tự khác" if more > 0 else ""
        return (
            f"{total} ký tự mà phông chữ của báo cáo không có được in thành '?' ({shown}{extra}); "
            "biểu tượng cảm xúc, chữ Ả Rập… không in được"
        )
    extra = f" and {more} more" if more > 0 else ""
    return (
        f"{total} character(s) the report's font lacks were printed as '?' ({shown}{extra}); "
        "emoji, Arabic script and the like cannot be printed"
    )
