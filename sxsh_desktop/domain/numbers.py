"""Numbers for people: the Vietnamese (1.234,5) and English (1,234.5) ways, and tidy JSON floats."""

from __future__ import annotations

import math
from typing import Any


def format_number(value: float | None, decimals: int = 0, language: str = "vi", missing: str = "–") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return missing
    text = f"{value:,.{decimals}f}"
    if language == "vi":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    if text.startswith("-") and float(text.replace(".", "").replace(",", "").lstrip("-") or 0) == 0:
        text = text[1:]
    return text


def format_significant(value: float | None, digits: int = 3, language: str = "vi") -> str:
    """A number with about `digits` significant figures, never in scientific notation."""
    if value is None:
        return "–"
    if value == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(value)))
    decimals = max(0, digits - 1 - magnitude)
    return format_number(value, decimals, language)


def format_percent(value: float | None, decimals: int = 1, language: str = "vi") -> str:
    if value is None:
        return "–"
    return format_number(value, decimals, language) + " %"


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
