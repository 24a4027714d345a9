"""The document's small values both ways: quantities ({value, unit}), whole numbers written as integers,
the fields a record does not know (kept in `extra` and written back), and optional fields written only when
set. Shared by the document's parts (document.py, planning_document.py, readings_document.py)."""

from __future__ import annotations

from typing import Any

from ..domain.quantities import Quantity


def quantity(raw: Any) -> Quantity | None:
    """A quantity of the document ({value, unit}), or None."""
    if raw is None:
        return None
    return Quantity(float(raw["value"]), raw["unit"])


def required_quantity(raw: Any) -> Quantity:
    q = quantity(raw)
    assert q is not None
    return q


def unknown_fields(raw: dict[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if k not in known}


def plain_number(v: float | None) -> float | int | None:
    return int(v) if isinstance(v, float) and v.is_integer() and abs(v) < 2**53 else v


def set_fields(fields: dict[str, Any], **optional: Any) -> dict[str, Any]:
    """The fields with those of `optional` that are set (not None, not ""): a field the app added later
    is written only when it holds something, so that a document without it keeps its digest."""
    out = dict(fields)
    out.update({k: v for k, v in optional.items() if v not in (None, "")})
    return out


def quantity_doc(q: Quantity | None) -> dict[str, Any] | None:
    if q is None:
        return None
    value: float | int = int(q.value) if float(q.value).is_integer() and abs(q.value) < 2**53 else q.value
    return {"value": value, "unit": q.unit}


def with_extra(extra: dict[str, Any], **fields: Any) -> dict[str, Any]:
    out = dict(fields)
    out.update(extra)
    return out


def unvalued_quantity(raw: Any) -> Quantity | None:
    """A quantity whose value may be null (a reading or a consumption not yet entered)."""
    if raw is None:
        return None
    value = raw["value"]
    return Quantity(None if value is None else float(value), raw["unit"])  # type: ignore[arg-type]


def unvalued_quantity_doc(q: Quantity | None) -> dict[str, Any] | None:
    if q is None or q.value is None:
        return None if q is None else {"value": None, "unit": q.unit}
    return quantity_doc(q)
