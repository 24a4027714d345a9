"""The assessment document's JSON Schema (format 1, Draft 2020-12) and its check: one line naming the
field for the first thing a document gets wrong, a message of the catalogue (domain/catalogue/documents.py)
whose English is the line `sxsh` prints."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from ..domain.message import Message, Refusal

FORMAT = "sxsh-assessment"
FORMAT_VERSION = 1
SCHEMA_FILE = "assessment-document-1.schema.json"


class DocumentError(Refusal):
    """A document that cannot be taken; `str()` is one line naming the field (a refusal of the document's
    rules also carries its message, said again in Vietnamese on a screen)."""


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def schema_bytes() -> bytes:
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_bytes()


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def _path(parts: Any) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "document"


_HINTS = {  # what a pattern stands for, by the schema's description
    "10 digits, optionally -NNN for a branch": "schema.hint.tax_code",
    "YYYY-MM-DD": "schema.hint.date",
    "implementation plan: when the option is to be done, YYYY-MM-DD": "schema.hint.planned_date",
    "implementation plan: when the option was done, YYYY-MM-DD": "schema.hint.done_date",
    "the date of the next review, YYYY-MM-DD": "schema.hint.review_date",
}
_BOUNDS = {
    "minimum": "schema.minimum",
    "exclusiveMinimum": "schema.exclusive_minimum",
    "maximum": "schema.maximum",
    "exclusiveMaximum": "schema.exclusive_maximum",
}


def _hint(error: Any) -> Message | str:
    description = error.schema.get("description")
    if description is None:
        return Message("schema.hint.pattern", {"pattern": error.validator_value})
    code = _HINTS.get(description)
    return Message(code) if code else description  # a description of another schema: its own words


def _schema_said(error: Any) -> tuple[str, Message]:
    """The field and the message of the schema's refusal (English: the words `sxsh` always printed)."""
    where = _path(error.absolute_path)
    v = error.validator
    if v == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return where, Message("schema.required", {"name": missing})
    if v == "type":
        expected = error.validator_value
        types = tuple(expected) if isinstance(expected, list) else (expected,)
        value = json.dumps(error.instance, ensure_ascii=False)[:60]
        return where, Message("schema.type", {"value": value, "json_types": types})
    if v == "enum":
        choices = tuple(str(c) for c in error.validator_value if c is not None)
        return where, Message("schema.enum", {"value": str(error.instance), "choices": choices})
    if v == "const":
        return where, Message("schema.const", {"value": str(error.validator_value)})
    if v == "pattern":
        return where, Message("schema.pattern", {"value": str(error.instance), "hint": _hint(error)})
    if v in _BOUNDS and isinstance(error.instance, (int, float)) and isinstance(error.validator_value, (int, float)):
        return where, Message(_BOUNDS[v], {"value": error.instance, "limit": error.validator_value})
    if v == "minLength":
        return where, Message("schema.empty" if error.instance == "" else "schema.too_short", {"error": error.message})
    if v == "maxLength":
        return where, Message("schema.too_long", {"error": error.message})
    return where, Message("schema.other", {"error": error.message})


def check_document(doc: Any) -> None:
    """Raise DocumentError with one line when the object is not a document this app can take."""
    if not isinstance(doc, dict):
        raise DocumentError(Message("document.not_object"), "document")
    if doc.get("format") != FORMAT:
        got = json.dumps(doc.get("format"), ensure_ascii=False)
        raise DocumentError(Message("document.format", {"expected": FORMAT, "got": got}), "format")
    version = doc.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        said = Message("document.newer_format", {"version": version, "supported": FORMAT_VERSION})
        raise DocumentError(said, "format_version")
    errors = sorted(_validator().iter_errors(doc), key=lambda e: (list(e.absolute_path), e.validator))
    if errors:
        from jsonschema.exceptions import best_match

        where, said = _schema_said(best_match(errors))
        raise DocumentError(said, where)
