"""The last look before a flush: every value of every new or changed row fits its column, the same
way on SQLite and PostgreSQL.

SQLite keeps whatever it is given (a 600-character name in a String(500), an integer of 2^40 in an
Integer, NaN as NULL, a NUL inside a text); PostgreSQL refuses some of these and keeps NaN. So the
store refuses them itself, before the database sees them, naming the table and column: texts within
their declared length and without NUL or lone surrogates, whole numbers within 32 bits (64 for
BigInteger), finite floats, and JSON values with finite numbers and clean texts. The domain checks
(domain/limits.py) say the same things earlier, with the document's field names.
"""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import JSON, BigInteger, Float, Integer, String, event, inspect
from sqlalchemy.orm import Session

from ..domain.message import Message
from .errors import StoreError

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)


def _text_problem(value: str) -> Message | None:
    if "\x00" in value:
        return Message("text.nul")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return Message("text.surrogate")
    return None


def _json_problem(value: Any) -> Message | None:
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                if isinstance(k, str) and (p := _text_problem(k)):
                    return p
                stack.append(v)
        elif isinstance(node, list | tuple):
            stack.extend(node)
        elif isinstance(node, bool) or node is None:
            continue
        elif isinstance(node, float) and not math.isfinite(node):
            return Message("guard.json_not_finite", {"value": str(node)})
        elif isinstance(node, int) and not INT64[0] <= node <= INT64[1]:
            return Message("guard.json_too_large")
        elif isinstance(node, str) and (p := _text_problem(node)):
            return p
    return None


def value_problem(column_type: Any, value: Any) -> Message | None:
    """What is wrong with `value` for a column of `column_type`, or None."""
    if value is None:
        return None
    if isinstance(column_type, String):
        if not isinstance(value, str):
            return None
        length = getattr(column_type, "length", None)
        if length is not None and len(value) > length:
            return Message("guard.too_long", {"length": len(value), "limit": length})
        return _text_problem(value)
    if isinstance(column_type, Integer) and not isinstance(value, bool) and isinstance(value, int):
        low, high = INT64 if isinstance(column_type, BigInteger) else INT32
        if not low <= value <= high:
            if len(str(value)) < 25:
                return Message("guard.outside", {"value": value})
            return Message("guard.digits_outside", {"digits": len(str(value))})
        return None
    if isinstance(column_type, Float) and isinstance(value, float) and not math.isfinite(value):
        return Message("number.value_not_finite", {"value": str(value)})
    if isinstance(column_type, JSON):
        return _json_problem(value)
    return None


def check_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        table = getattr(state.mapper.local_table, "name", type(obj).__name__)
        for attr in state.mapper.column_attrs:
            column = attr.columns[0]
            problem = value_problem(column.type, getattr(obj, attr.key, None))
            if problem:
                raise StoreError(Message("guard.refused", {"column": f"{table}.{column.name}", "problem": problem}))


def check_values(table: Any, rows: list[dict[str, Any]]) -> None:
    """The same checks for rows inserted in bulk (not seen by the flush)."""
    columns = {c.key: c for c in table.columns}
    for row in rows:
        for key, value in row.items():
            column = columns.get(key)
            if column is not None and (problem := value_problem(column.type, value)):
                raise StoreError(
                    Message("guard.refused", {"column": f"{table.name}.{column.name}", "problem": problem})
                )


def guard(sessions: Any) -> None:
    """Check every flush of the sessions made by `sessions` (a sessionmaker)."""
    event.listen(sessions, "before_flush", check_flush)
