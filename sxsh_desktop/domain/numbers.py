"""Numbers for people, the one place they are written: the Vietnamese (1.234,5) and English (1,234.5) ways
of a number, a number to a few significant figures, a typed value without noise, a published factor, a
percentage, money (whole đồng, or millions); and tidy JSON floats. The screens, the report and the CLI
all write numbers through these; a quantity with its unit is `display.format_quantity`.

Each takes the language ("vi" or "en") and what to show for a missing value (the report and the CLI
print "–", a table cell stays empty)."""

from __future__ import annotations

import math
from typing import Any

MISSING = "–"


def _missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and not math.isfinite(value))


def format_number(value: float | None, decimals: int = 0, language: str = "vi", missing: str = MISSING) -> str:
    """Grouped thousands and `decimals` decimals: 1.234,5 in Vietnamese, 1,234.5 in English; never "-0"."""
    if _missing(value):
        return missing
    assert value is not None
    text = f"{value:,.{decimals}f}"
    if language == "vi":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    if text.startswith("-") and float(text.replace(".", "").replace(",", "").lstrip("-") or 0) == 0:
        text = text[1:]
    return text


def format_significant(value: float | None, digits: int = 3, language: str = "vi", missing: str = MISSING) -> str:
    """A number with about `digits` significant figures (a larger one whole), never in scientific notation."""
    if _missing(value):
        return missing
    assert value is not None
    if value == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(value)))
    return format_number(value, max(0, digits - 1 - magnitude), language)


def format_value(value: float | None, language: str = "vi", max_decimals: int = 6, missing: str = "") -> str:
    """A typed value shown back as typed: rounded to `max_decimals`, with as few decimals as that needs
    (12,5; 0,3 for 0.1 + 0.2; 1 for 1.0000001)."""
    if _missing(value):
        return missing
    assert value is not None
    target = round(value, max_decimals)
    for decimals in range(max_decimals):
        if abs(round(value, decimals) - target) <= abs(target) * 1e-12:
            return format_number(value, decimals, language)
    return format_number(value, max_decimals, language)


def format_rounded(value: float | None, digits: int = 4, language: str = "vi", missing: str = MISSING) -> str:
    """About `digits` significant figures without trailing zeros (1 hL is "1", never "1,000", which an
    English-trained eye reads as a thousand)."""
    text = format_significant(value, digits, language, missing)
    point = "," if language == "vi" else "."
    if text != missing and point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def format_exact(value: float, language: str = "vi") -> str:
    """A factor as published: every digit it has, none it has not (0,0001543; 26,7; 98.300)."""
    text = f"{value:.10g}"
    decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
    return format_number(value, min(decimals, 10), language)


def format_percent(value: float | None, decimals: int = 1, language: str = "vi", missing: str = MISSING) -> str:
    """12,5 % (a space before the sign, both languages)."""
    if _missing(value):
        return missing
    return format_number(value, decimals, language) + " %"


def format_money(vnd: float | None, language: str = "vi", missing: str = "") -> str:
    """VND in whole đồng, grouped (1.250.000)."""
    return format_number(vnd, 0, language, missing)


def format_millions(vnd: float | None, decimals: int = 1, language: str = "vi", missing: str = MISSING) -> str:
    """VND as millions (triệu đồng): 1.250.000 → 1,3."""
    return missing if _missing(vnd) else format_number(vnd / 1e6, decimals, language)  # type: ignore[operator]


def tidy(value: Any, significant: int = 12) -> Any:
    """Round floats in a JSON-like tree to `significant` figures (drops binary noise like 0.1+0.2)."""
    if isinstance(value, float):
        if value == 0 or math.isnan(value) or math.isinf(value):
            return value
        rounded = float(f"{value:.{significant}g}")
        return int(rounded) if rounded.is_integer() and abs(rounded) < 2**53 else rounded
    if isinstance(value, dict):
        return {k: tidy(v, significant) for k, v in value.items()}
    if isinstance(value, list):
        return [tidy(v, significant) for v in value]
    return value
