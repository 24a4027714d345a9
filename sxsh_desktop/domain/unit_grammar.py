"""What a unit text may look like before pint is asked to read it.

pint evaluates a unit text as an expression: `kg*10**10**10` would have it compute 10^(10^10) and
never return. A unit as people type it is much smaller than that: unit names with their prefixes
(kWh, tấn, m³, Nm3, kgCO2, triệu đồng, tr.đ), joined by `/`, `·`, `*` or a space, each with at most a
small whole exponent (`**2`, `^3`, `^-1`, `²`, `³`), parentheses a few deep, and a leading `1` in
`1/h`. Anything else is refused here, at once, with the field named; pint only sees what passed.
"""

from __future__ import annotations

import re
from typing import Any

from .message import Message, Refusal

MAX_UNIT_CHARS = 64
MAX_NAMES = 12
MAX_DEPTH = 3
MAX_EXPONENT = 9

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<name>[^\W\d][\w]*(?:\.[^\W\d][\w]*)*[²³]?|°[CFK]?|%)
  | (?P<power>(\*\*|\^)\s*-?\d+)
  | (?P<number>\d+(?:[.,]\d+)?)
  | (?P<times>\*|·|⋅|×)
  | (?P<per>/)
  | (?P<open>\()
  | (?P<close>\))
    """,
    re.VERBOSE,
)


class UnitTextError(Refusal):
    """A unit text outside the grammar; the message says what is wrong (the caller names the field)."""


def _refuse(code: str, **params: Any) -> UnitTextError:
    return UnitTextError(Message(f"unit.grammar.{code}", params))


def check_unit_text(text: str) -> None:
    """Raise UnitTextError unless `text` is a unit as people type it (see the module's docstring)."""
    if len(text) > MAX_UNIT_CHARS:
        raise _refuse("too_long", n=MAX_UNIT_CHARS)
    pos, depth, names = 0, 0, 0
    previous = "start"  # what the last token was: start, name, power, op, open, close, one
    for m in _TOKEN.finditer(text):
        if m.start() != pos:
            break
        pos = m.end()
        kind = m.lastgroup
        if kind == "space":
            continue
        if kind == "name":
            names += 1
            if names > MAX_NAMES:
                raise _refuse("too_many_names", n=MAX_NAMES)
            previous = "name"
        elif kind == "power":
            if previous not in ("name", "close"):
                raise _refuse("exponent_alone")
            exponent = int(re.sub(r"[*^\s]", "", m.group()))
            if abs(exponent) > MAX_EXPONENT:
                raise _refuse("exponent_large", n=MAX_EXPONENT)
            previous = "power"
        elif kind == "number":
            if m.group() != "1" or previous != "start":
                raise _refuse("number")
            previous = "one"
        elif kind in ("times", "per"):
            if previous in ("start", "op", "open") and not (kind == "per" and previous == "one"):
                raise _refuse("operator", op=m.group())
            previous = "op"
        elif kind == "open":
            depth += 1
            if depth > MAX_DEPTH:
                raise _refuse("deep")
            previous = "open"
        elif kind == "close":
            depth -= 1
            if depth < 0 or previous in ("op", "open", "start"):
                raise _refuse("parentheses")
            previous = "close"
    if pos != len(text):
        raise _refuse("character", char=text[pos])
    if depth != 0:
        raise _refuse("parentheses")
    if previous in ("op", "start", "one", "open"):
        raise _refuse("incomplete")


def tokens(text: str) -> list[tuple[str, str]] | None:
    """The unit text cut into (kind, text): name, power, number, times, per, open, close, space; None
    when some of it is no token of a unit."""
    out, pos = [], 0
    for m in _TOKEN.finditer(text):
        if m.start() != pos:
            return None
        pos = m.end()
        out.append((m.lastgroup or "", m.group()))
    return out if pos == len(text) else None
