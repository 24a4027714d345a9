"""Values no assessment holds, whatever the database under it: checked on the plain data, so that
SQLite and PostgreSQL take and refuse the same things.

Every number is finite (no NaN, no infinity, nothing that overflowed to it); every whole number fits
the store's columns (32 bits, signed); no text holds a NUL character or a lone surrogate; ids are
canonical (lower-case UUIDs, no `urn:uuid:`); time stamps are dates and times that exist; the
design capacity is an amount (or an amount per time), never a temperature; the grid-factor year is
a year of this era. Each problem names its field as the document does.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from .message import Message

INT_MIN, INT_MAX = -(2**31), 2**31 - 1
YEAR_RANGE = (1990, 2100)
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def canonical_uuid(text: str) -> str:
    """The one spelling of a UUID that is compared and stored: lower case, hyphens, no urn:uuid:,
    no braces. ValueError when it is not a UUID."""
    import uuid

    if not isinstance(text, str) or len(text) > 45:
        raise ValueError("not a UUID")
    return str(uuid.UUID(text.strip()))


def is_canonical_uuid(text: Any) -> bool:
    return isinstance(text, str) and bool(_UUID.match(text))


def _walk(value: Any, where: str) -> Iterator[tuple[str, Any]]:
    stack: list[tuple[Any, str]] = [(value, where)]
    while stack:
        node, at = stack.pop()
        if dataclasses.is_dataclass(node) and not isinstance(node, type):
            for f in dataclasses.fields(node):
                name = "" if f.name == "extra" else f.name
                stack.append((getattr(node, f.name), f"{at}.{name}" if name else at))
        elif isinstance(node, dict):
            for k, v in node.items():
                yield f"{at}.{k}" if at else str(k), k
                stack.append((v, f"{at}.{k}" if at else str(k)))
        elif isinstance(node, list | tuple):
            stack.extend((v, f"{at}[{i}]") for i, v in enumerate(node))
        else:
            yield at, node


def value_problems(a: Any) -> list[tuple[str, Message]]:
    """(field, message) for every value the store never holds, in an Assessment."""
    problems: list[tuple[str, Message]] = []
    for at, v in _walk(a, ""):
        field = at.lstrip(".") or "document"
        if isinstance(v, bool):
            continue
        if isinstance(v, float) and not math.isfinite(v):
            problems.append((field, Message("number.value_not_finite", {"value": str(v)})))
        elif isinstance(v, int) and not INT_MIN <= v <= INT_MAX:
            problems.append((field, Message("number.too_many_digits", {"digits": len(str(abs(v)))})))
        elif isinstance(v, str):
            if "\x00" in v:
                problems.append((field, Message("text.nul")))
            else:
                try:
                    v.encode("utf-8")
                except UnicodeEncodeError:
                    problems.append((field, Message("text.surrogate")))
    ident = getattr(a, "id", None)
    if isinstance(ident, str) and not is_canonical_uuid(ident):
        try:
            canonical = canonical_uuid(ident)
        except ValueError:
            canonical = None  # not a UUID at all: the document's schema says so; the store's own ids are free
        if canonical is not None:
            problems.append(("id", Message("id.uuid_case", {"canonical": canonical})))
    for name in ("created_at", "updated_at"):
        stamp = getattr(a, name, "")
        if stamp and not _is_time_stamp(stamp):
            problems.append((name, Message("date.not_timestamp", {"text": str(stamp)[:40]})))
    problems.extend(_capacity_problems(a))
    year = getattr(getattr(a, "settings", None), "grid_emission_factor_year", None)
    if year is not None and not (isinstance(year, int) and YEAR_RANGE[0] <= year <= YEAR_RANGE[1]):
        problems.append(
            (
                "settings.grid_emission_factor_year",
                Message("value.year", {"year": str(year), "first": str(YEAR_RANGE[0]), "last": str(YEAR_RANGE[1])}),
            )
        )
    return problems


def _is_time_stamp(text: str) -> bool:
    if not isinstance(text, str) or len(text) > 40:
        return False
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


def _capacity_problems(a: Any) -> list[tuple[str, Message]]:
    from .quantities import PHYSICAL_KINDS, UnitError, kind_of, parse_unit

    q = getattr(getattr(a, "facility", None), "design_capacity", None)
    if q is None:
        return []
    try:
        unit = parse_unit(q.unit, "facility.design_capacity")
    except UnitError:
        return []  # said by the validation of units
    if kind_of(q.unit) in PHYSICAL_KINDS:
        return []
    try:
        per_time = unit * parse_unit("year")
        kinds = [k for k in PHYSICAL_KINDS if per_time.dimensionality == parse_unit(_EXAMPLE[k]).dimensionality]
    except (UnitError, KeyError):
        kinds = []
    if kinds:
        return []
    return [("facility.design_capacity", Message("unit.not_capacity", {"unit": q.unit}))]


_EXAMPLE = {"mass": "kg", "volume": "m**3", "energy": "kWh", "count": "pcs", "area": "m**2", "length": "m"}
