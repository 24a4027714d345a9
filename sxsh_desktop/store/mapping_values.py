"""The small conversions every row mapping uses: optional quantities, whole numbers from Float columns,
private copies of `extra` dicts."""

from __future__ import annotations

import copy
from typing import Any

from ..domain.quantities import Quantity


def quantity(value: float | None, unit: str | None) -> Quantity | None:
    return None if value is None or unit is None else Quantity(value, unit)


def quantity_values(q: Quantity | None) -> tuple[float | None, str | None]:
    return (None, None) if q is None else (float(q.value), q.unit)


def plain_number(value: float | None) -> float | int | None:
    """A whole number read from a Float column as an int (a document's `"lifetime_years": 8` comes back
    as 8, not 8.0, so that its JSON and digest do not change)."""
    if value is not None and float(value).is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def private_copy(d: dict[str, Any] | None) -> dict[str, Any]:
    """A private copy of an extra dict, so that rows and domain objects never share one."""
    return copy.deepcopy(d) if d else {}
