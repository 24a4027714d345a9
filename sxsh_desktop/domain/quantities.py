"""Quantities as a consultant types them, and the one pint registry that converts them.

Every quantity is kept as a value and the unit text the user typed; conversions go through
`registry()`, built on first use (pint takes a noticeable time to load its definitions).
Vietnamese spellings (tấn, lít, khối, đồng, năm …), m³/m3, Nm3, TOE and VND are understood, and
numbers may use the Vietnamese decimal comma ("1.234,5").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from .message import Message, Refusal
from .unit_grammar import UnitTextError, check_unit_text

if TYPE_CHECKING:  # pragma: no cover
    import pint


class UnitError(Refusal):
    """A unit or a number that cannot be used where it was given: the field and the message
    (`str()` is the English line, the field's path first)."""

    @classmethod
    def of(cls, field: str, code: str, **params: Any) -> UnitError:
        return cls(Message(code, params), field)


@dataclass(frozen=True)
class Quantity:
    """A value with the unit text as it was entered (the unit is never normalised away)."""

    value: float
    unit: str

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "unit": self.unit}


# Extra units and the spellings Vietnamese users type. Currency is its own dimension so that
# VND/kWh and VND/year are checked like any other unit.
_DEFINITIONS = """
VND = [currency] = vnd = VNĐ = vnđ = đồng = dong = đ
trđ = 1e6 * VND = trieu_dong = triệu_đồng
tỷđ = 1e9 * VND = ty_dong = tỷ_đồng
USD = [currency_usd]
@alias toe = TOE = tOE
tấn = metric_ton = tan
tạ = 100 * kilogram
yến = 10 * kilogram
lít = liter = lit
khối = meter ** 3
Nm3 = meter ** 3 = Nm³ = Sm3
năm = year = nam
tháng = month = thang
ngày = day = ngay
giờ = hour = gio
triệu = 1e6 = trieu
nghìn = 1e3 = ngàn = nghin
tỷ = 1e9 = ty
unit_piece = [item] = pcs = piece = cái = chiếc = sản_phẩm = sp = đôi = pair = bottle = chai = lon = can
"""

_SUPERSCRIPTS = {"²": "**2", "³": "**3"}
_BARE_POWER = re.compile(r"(?<![A-Za-z_])(mm|cm|dm|m|km)([23])(?![0-9A-Za-z_])")
_PHRASES = [
    (re.compile(r"triệu\s+đồng", re.IGNORECASE), "trđ"),
    (re.compile(r"tỷ\s+đồng", re.IGNORECASE), "tỷđ"),
    (re.compile(r"(?<!\w)tr\.\s*đ(?!\w)"), "trđ"),  # "tr.đ", as on Vietnamese estimates
    (re.compile(r"N\s*m\s*(\*\*|\^)\s*3"), "Nm3"),
    (re.compile(r"\bm\s*khối\b"), "m**3"),
    # "tấn sản phẩm", "kWh/tấn SP": the product is understood, the unit is what counts
    (re.compile(r"(?<=\w)\s+(sản phẩm|thành phẩm|SP|sp)(?=$|[/)\s])"), ""),
]


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The application's single unit registry, created lazily (from the disk cache: domain/unit_registry.py)."""
    from .unit_registry import build_registry

    return build_registry([line.strip() for line in _DEFINITIONS.strip().splitlines()])


def normalise_unit_text(text: str) -> str:
    """Rewrite spellings pint does not read itself (m3, Nm³, triệu đồng) into ones it does."""
    s = text.strip()
    for pattern, replacement in _PHRASES:
        s = pattern.sub(replacement, s)
    if s.startswith("Nm³"):
        s = "Nm3" + s[3:]
    for sup, power in _SUPERSCRIPTS.items():
        s = s.replace(sup, power)
    s = _BARE_POWER.sub(r"\1**\2", s)
    return s


@lru_cache(maxsize=4096)
def _parse_units(text: str) -> Any:
    return registry().parse_units(normalise_unit_text(text))


def parse_unit(text: str, field: str = "unit") -> Any:
    """The pint unit for a unit text, or UnitError naming the field."""
    if not isinstance(text, str) or not text.strip():
        raise UnitError.of(field, "unit.required")
    try:
        check_unit_text(text)  # before pint, which evaluates what it reads (kg*10**10**10 never returns)
    except UnitTextError as exc:
        raise UnitError.of(field, "unit.malformed", text=text[:40], why=exc.said) from exc
    try:
        return _parse_units(text)
    except Exception as exc:  # pint raises several error types for bad text
        raise UnitError.of(field, "unit.unknown", text=text) from exc


# --- kinds of quantity -------------------------------------------------------------------

_KIND_DIMENSIONS = {
    "mass": "[mass]",
    "volume": "[length] ** 3",
    "energy": "[mass] * [length] ** 2 / [time] ** 2",
    "count": "[item]",
    "area": "[length] ** 2",
    "length": "[length]",
    "currency": "[currency]",
    "time": "[time]",
}

PHYSICAL_KINDS = ("mass", "volume", "energy", "count", "area", "length")


@cache
def _dimensionality(kind: str) -> Any:
    ureg = registry()
    return ureg.get_dimensionality(_KIND_DIMENSIONS[kind])


def kind_of(unit_text: str) -> str | None:
    """The kind (mass, volume, energy …) of a unit, or None when it is none of them."""
    dims = parse_unit(unit_text).dimensionality
    for kind in _KIND_DIMENSIONS:
        if dims == _dimensionality(kind):
            return kind
    return None


def require_kind(unit_text: str, kinds: tuple[str, ...] | list[str], field: str) -> str:
    """Check that a unit is of one of the kinds; return the kind or raise UnitError."""
    unit = parse_unit(unit_text, field)
    dims = unit.dimensionality
    for kind in kinds:
        if dims == _dimensionality(kind):
            return kind
    raise UnitError.of(field, "unit.not_kind", unit=unit_text, kinds=tuple(kinds))


def require_rate(
    unit_text: str, numerator: str, per_unit_text: str | None, field: str, per_kinds: tuple[str, ...] = ()
) -> None:
    """Check a rate such as VND/kWh: numerator kind per the kind of `per_unit_text` (or of per_kinds)."""
    unit = parse_unit(unit_text, field)
    ureg = registry()
    if per_unit_text is not None:
        per_dims = [parse_unit(per_unit_text).dimensionality]
        said = Message("unit.not_rate", {"unit": unit_text, "kind": numerator, "per": per_unit_text})
    else:
        per_dims = [_dimensionality(k) for k in per_kinds]
        said = Message("unit.not_rate_of_kinds", {"unit": unit_text, "kind": numerator, "per_kinds": tuple(per_kinds)})
    num_dims = ureg.get_dimensionality(_KIND_DIMENSIONS[numerator])
    for per in per_dims:
        if unit.dimensionality == num_dims / per:
            return
    raise UnitError(said, field)


# --- numbers as typed --------------------------------------------------------------------

_THOUSANDS_DOT = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$")
_THOUSANDS_COMMA = re.compile(r"^[+-]?\d{1,3}(,\d{3})+$")
_NUMBER_TEXT = re.compile(r"^[+-]?(\d[\d.,\s\u00a0\u202f]*\d|\d)([eE][+-]?\d+)?")


def parse_number(text: str, field: str = "value", locale: str = "vi") -> float:
    """Read a number typed in the Vietnamese (1.234,5) or English (1,234.5) way.

    In the Vietnamese locale a lone dot followed by groups of exactly three digits is a
    thousands separator ("3.600" is 3600), as on Vietnamese meters and invoices; otherwise a
    single dot or comma is the decimal mark.
    """
    s = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"(?<=\d) (?=\d{3}\b)", "", s)
    if not s:
        raise UnitError.of(field, "number.required")
    decimal, thousands = (",", ".") if locale == "vi" else (".", ",")
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        if s.count(",") > 1 or (locale != "vi" and _THOUSANDS_COMMA.match(s)):
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif "." in s:
        if s.count(".") > 1 or (thousands == "." and _THOUSANDS_DOT.match(s)):
            s = s.replace(".", "")
    try:
        value = float(s)
    except ValueError:
        raise UnitError.of(field, "number.not_number", text=text) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise UnitError.of(field, "number.not_finite", text=text)
    del decimal
    return value


def parse_quantity(text: str, field: str = "quantity", locale: str = "vi") -> Quantity:
    """Read "12,5 tấn", "3.600 kWh" or "1 234,5 m³" into a Quantity; the unit must be known."""
    s = text.strip()
    match = _NUMBER_TEXT.match(s)
    if not match:
        raise UnitError.of(field, "quantity.not_quantity", text=text)
    number_text = match.group(0).rstrip(" .,")
    unit_text = s[len(number_text) :].strip()
    if not unit_text:
        raise UnitError.of(field, "quantity.no_unit", text=text)
    value = parse_number(number_text, field, locale)
    parse_unit(unit_text, field)
    return Quantity(value, unit_text)


# --- conversion --------------------------------------------------------------------------


def magnitude_in(q: Quantity, target_unit: str, density_t_per_m3: float | None = None) -> float:
    """The value of q in target_unit; mass and volume convert through a density (t/m³) if given."""
    scale = _scale(q.unit, target_unit)
    if scale is not None:
        return q.value * scale
    if density_t_per_m3 is not None:
        to_m3, to_t = _scale(q.unit, "m**3"), _scale(q.unit, "t")
        if to_m3 is not None:
            from_t = _scale("t", target_unit)
            if from_t is not None:
                return q.value * to_m3 * density_t_per_m3 * from_t
        elif to_t is not None:
            from_m3 = _scale("m**3", target_unit)
            if from_m3 is not None:
                return q.value * to_t / density_t_per_m3 * from_m3
    raise UnitError.of("", "unit.cannot_convert", value=q.value, unit=q.unit, target=target_unit)


@lru_cache(maxsize=4096)
def _scale(from_unit: str, to_unit: str) -> float | None:
    """The factor from one unit to another of the same dimension (None when they differ).
    Every unit the app takes is multiplicative (no °C), so one factor per pair is exact."""
    source, target = parse_unit(from_unit), parse_unit(to_unit)
    if source.dimensionality != target.dimensionality:
        return None
    return float(registry().Quantity(1.0, source).to(target).magnitude)


def factor(from_unit: str, to_unit: str) -> float:
    """How many to_unit make one from_unit (same dimension)."""
    return magnitude_in(Quantity(1.0, from_unit), to_unit)


def same_dimension(unit_a: str, unit_b: str) -> bool:
    return bool(parse_unit(unit_a).dimensionality == parse_unit(unit_b).dimensionality)


def ratio_unit(numerator: str, denominator: str) -> str:
    """A readable unit text for a specific consumption, e.g. kWh/hL or m³/t."""
    if "/" in denominator or " " in denominator:
        denominator = f"({denominator})"
    return f"{numerator}/{denominator}"
