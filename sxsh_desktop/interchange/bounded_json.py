"""JSON read within bounds: what a document may be before anything else looks at it.

`json.loads` takes anything: a 200 MB file, 100,000 nested arrays (a RecursionError), an integer of
a million digits (seconds of CPU), `NaN` and `Infinity` (not JSON at all), `1e309` (infinity), a key
given twice (the last one silently wins), lone surrogates and NUL characters (that no database
keeps alike). `loads_bounded` refuses each of these with one line that says where: a message of the
catalogue (domain/catalogue/documents.py), English for the CLI and Vietnamese on a screen.
"""

from __future__ import annotations

import json
import math
from typing import Any

from ..domain.message import Message, Refusal

MAX_DOCUMENT_BYTES = 16 * 1024 * 1024  # a large assessment is a few hundred kB
MAX_DEPTH = 48  # a document nests about 8 deep
MAX_NUMBER_CHARS = 40  # the spelling of one number, digits, sign, point and exponent
MAX_STRING_CHARS = 100_000  # one text (a note, a description)


class JSONLimitError(Refusal):
    """The JSON is outside the bounds; the message says how (the caller names the file)."""


def _limit(code: str, **params: Any) -> JSONLimitError:
    return JSONLimitError(Message(code, params))


def _int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _limit("json.number_digits", digits=len(text), limit=MAX_NUMBER_CHARS)
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _limit("json.number_chars", length=len(text), limit=MAX_NUMBER_CHARS)
    value = float(text)
    if not math.isfinite(value):
        raise _limit("json.number_not_finite", number=text)
    return value


def _constant(text: str) -> Any:
    raise _limit("json.constant", constant=text)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _limit("json.key_twice", key=json.dumps(key, ensure_ascii=False)[:60])
        out[key] = value
    return out


def _text(s: str, where: str) -> None:
    if len(s) > MAX_STRING_CHARS:
        raise _limit("json.text_too_long", where=where, length=len(s), limit=MAX_STRING_CHARS)
    if "\x00" in s:
        raise _limit("json.nul", where=where)
    try:
        s.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _limit("json.lone_surrogate", where=where, char=f"\\u{ord(s[exc.start]):04x}") from None


def check_tree(value: Any) -> None:
    """Depth, texts and numbers of a decoded value (iteratively: no recursion to exhaust)."""
    stack: list[tuple[Any, str, int]] = [(value, "$", 0)]
    while stack:
        node, where, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _limit("json.too_deep_at", where=where, limit=MAX_DEPTH)
        if isinstance(node, dict):
            for k, v in node.items():
                _text(k, where)
                stack.append((v, f"{where}.{k[:40]}", depth + 1))
        elif isinstance(node, list):
            stack.extend((v, f"{where}[{i}]", depth + 1) for i, v in enumerate(node))
        elif isinstance(node, str):
            _text(node, where)
        elif isinstance(node, float) and not math.isfinite(node):
            raise _limit("json.not_finite_at", where=where, value=str(node))  # a message kept as JSON holds no NaN


def loads_bounded(raw: bytes | str) -> Any:
    """The decoded JSON, or JSONLimitError / json.JSONDecodeError / UnicodeDecodeError."""
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise _limit("json.file_too_large", size=len(raw), limit=MAX_DOCUMENT_BYTES)
    text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    try:
        value = json.loads(
            text, parse_int=_int, parse_float=_float, parse_constant=_constant, object_pairs_hook=_object
        )
    except RecursionError:
        raise _limit("json.too_deep", limit=MAX_DEPTH) from None
    check_tree(value)
    return value
