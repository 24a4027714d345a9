"""Names for people: units as read (m³, hL/năm, VND/năm), resource keys and process steps by their
display names, in the screen's or the report's language.

A unit is shown as the consultant typed it, except for what a reader of the other language would not
read: its powers are written as superscripts (m3 → m³, m**2 → m²), and a word of time that the unit
registry knows as a year, month, week, day or hour is said in the language (VND/year → VND/năm in
Vietnamese, hL/năm → hL/year in English). Symbols (h, d, a) are left as they are. Every name is
looked up in the one unit registry (`quantities.registry`), never by its spelling.
"""

from __future__ import annotations

from functools import lru_cache

from .message import Named
from .numbers import format_rounded, format_value
from .quantities import Quantity, UnitError, magnitude_in, normalise_unit_text, registry
from .unit_grammar import tokens

_TIME_WORDS: dict[str, tuple[str, str]] = {  # unit in the registry → (vi, en)
    "year": ("năm", "year"),
    "month": ("tháng", "month"),
    "week": ("tuần", "week"),
    "day": ("ngày", "day"),
    "hour": ("giờ", "hour"),
}
_SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
_SHOWN = {"Nm3": "Nm³", "Sm3": "Sm³"}  # names with a power inside them, as a reader writes them


@lru_cache(maxsize=2048)
def _time_word(name: str, language: str) -> str | None:
    """The word for a unit name that is a year, month, … (None for anything else or for a symbol)."""
    from pint.errors import PintError  # pint loads with the registry, not with this module

    ureg = registry()
    try:
        unit = ureg.parse_units(name)
    except (PintError, ValueError, TypeError):  # a name the registry does not know is no word of time
        return None
    if len(unit._units) != 1:
        return None
    ((only, power),) = unit._units.items()
    if power != 1:
        return None
    if only in _TIME_WORDS and name == ureg.get_symbol(only) != only:  # h, d, a: a symbol stays as it is
        return None
    for canonical, (vi, en) in _TIME_WORDS.items():
        try:
            if abs(magnitude_in(Quantity(1.0, name), canonical) - 1.0) < 1e-12:
                return vi if language == "vi" else en
        except UnitError:
            return None
    return None


@lru_cache(maxsize=4096)
def unit_label(unit: str, language: str = "vi") -> str:
    """A unit as a person of `language` reads it; a text that is not a unit is shown as it is."""
    if not unit:
        return ""
    parts = tokens(unit)
    if parts is None:
        return unit
    out = []
    for kind, text in parts:
        if kind == "name":
            out.append(_SHOWN.get(text) or _bare_power(text) or _time_word(text, language) or text)
        elif kind == "power":
            out.append(text.replace("**", "").replace("^", "").strip().translate(_SUPERSCRIPT))
        elif kind == "times" and text == "*":
            out.append("·")
        else:
            out.append(text)
    return "".join(out)


def unit_named(unit: str) -> Named:
    """A unit as a message's parameter: as typed in the CLI's English ('m3'), as read on a screen and in
    Vietnamese (m³, VND/năm)."""
    return Named(unit, unit_label(unit, "vi"), unit_label(unit, "en"))


@lru_cache(maxsize=2048)
def _bare_power(name: str) -> str | None:
    """'m3' → 'm³', 'km2' → 'km²': a name the registry reads as one unit to a power (m**3)."""
    from pint.errors import PintError

    ureg = registry()
    try:
        unit = ureg.parse_units(normalise_unit_text(name))
    except (PintError, ValueError, TypeError):  # a name the registry does not know is shown as typed
        return None
    if len(unit._units) != 1:
        return None
    ((only, power),) = unit._units.items()
    if power == 1:
        return None
    return f"{ureg.get_symbol(only)}{str(round(float(str(power)))).translate(_SUPERSCRIPT)}"


def format_quantity(
    q: Quantity | None, language: str = "vi", *, significant: int | None = None, missing: str = ""
) -> str:
    """'12,5 m³': the value the language's way (as typed; or to about `significant` figures, trailing zeros
    dropped) and the unit as read. A quantity not entered shows `missing`, never 0."""
    if q is None or q.value is None:
        return missing
    if significant is None:
        number = format_value(q.value, language)
    else:
        number = format_rounded(q.value, significant, language)
    return f"{number} {unit_label(q.unit, language)}".strip()
