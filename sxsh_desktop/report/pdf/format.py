"""How the report writes things: dates, numbers and quantities the language's way, and user text made
safe for reportlab paragraphs (markup escaped, characters the font lacks replaced)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...domain.display import format_quantity, unit_label
from ...domain.numbers import format_exact, format_millions, format_number, format_percent, format_significant
from ..strings import MONTHS_EN
from ..text import printable


def date_text(text: str | None, language: str) -> str:
    if not text:
        return "–"
    try:
        d = dt.date.fromisoformat(text[:10])
    except ValueError:
        return text
    if language == "vi":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def plain(text: str) -> str:
    """Text the report font can print (report/text.py: missing glyphs as "?", controls replaced)."""
    return printable(text)


def esc(text: Any) -> str:
    from xml.sax.saxutils import escape

    return escape(plain(str(text if text is not None else "")))


class Fmt:
    """The report's numbers in its language: each the one format of domain/numbers.py (a missing value "–")."""

    def __init__(self, language: str) -> None:
        self.lang = language

    def n(self, value: float | None, decimals: int = 0) -> str:
        return format_number(value, decimals, self.lang)

    def sig(self, value: float | None, digits: int = 3) -> str:
        return format_significant(value, digits, self.lang)

    def exact(self, value: float) -> str:
        """A factor as published: every digit it has, none it has not (0.0001543, 26.7, 98,300)."""
        return format_exact(value, self.lang)

    def pct(self, value: float | None, decimals: int = 1) -> str:
        return format_percent(value, decimals, self.lang)

    def q(self, q: Any) -> str:
        """A quantity as entered: up to 4 significant figures without trailing zeros (a basis of 1 hL
        is "1 hL", never "1,000 hL", which an English-trained eye reads as a thousand)."""
        return format_quantity(q, self.lang, significant=4, missing="–")

    def unit(self, unit: str) -> str:
        """A unit as the report's reader reads it (m³, VND/năm in Vietnamese; domain/display.py)."""
        return unit_label(unit, self.lang)

    def money_m(self, vnd: float | None, decimals: int = 1) -> str:
        """VND as millions (triệu đồng)."""
        return format_millions(vnd, decimals, self.lang)


class Markup(str):
    """Text that is already reportlab paragraph markup (not to be escaped)."""


_ENGLISH_WORDS = frozenset(
    "the of from by in for as and to with is are not yet on at its this that which was were be been "
    "letter circular decision replaced force date figures notes reference project cited factor primary energy "
    "final survey oil gas coal fines".split()
)
_VIETNAMESE_LETTERS = frozenset("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


def _english(text: str, gloss: bool = False) -> bool:
    """Whether a phrase is English: no Vietnamese letter, and two or more common English words (a
    gloss in parentheses: one, or two plain lower-case words)."""
    import re

    if any(c in _VIETNAMESE_LETTERS for c in text.lower() if c != "đ"):
        return False
    words = [w for w in re.split(r"[\s/,;:()'’\"-]+", text) if w]
    common = sum(1 for w in words if w.lower() in _ENGLISH_WORDS)
    if not gloss:
        return common >= 2
    plain = sum(1 for w in words if w.isascii() and w.isalpha() and w.islower() and len(w) >= 3)
    return common >= 1 or plain >= 2


def _groups(text: str) -> list[tuple[bool, str]]:
    """The text cut into (in parentheses?, part) at its top-level parentheses (nested ones kept)."""
    out: list[tuple[bool, str]] = []
    depth, start = 0, 0
    for i, c in enumerate(text):
        if c == "(":
            if depth == 0:
                out.append((False, text[start:i]))
                start = i
            depth += 1
        elif c == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append((True, text[start : i + 1]))
                start = i + 1
    out.append((depth > 0, text[start:]))
    return [(g, t) for g, t in out if t]


def in_language(text: str, language: str) -> str:
    """A source or note from the reference data, bilingual there ("Công văn 3505/BCT-KHCN … (MoIT
    letter 3505/BCT-KHCN, 19 April 2011)"), in the report's language: in a Vietnamese report the
    English glosses in parentheses and the "— as cited in …" asides are left out, and an English name
    with its Vietnamese in parentheses gives the Vietnamese. An English report keeps the text whole."""
    if language != "vi" or not text:
        return text
    import re

    text = re.sub(r"\s*[—-]+\s*as cited in [^;()]*", "", text)
    parts = _groups(text)
    outside = " ".join(t for g, t in parts if not g)
    if _english(outside):
        vietnamese = [t[1:-1] for g, t in parts if g and not _english(t[1:-1], gloss=True)]
        if vietnamese:
            return "; ".join(vietnamese)
    kept = "".join(t for g, t in parts if not (g and _english(t[1:-1], gloss=True)))
    return re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", kept)).strip()
