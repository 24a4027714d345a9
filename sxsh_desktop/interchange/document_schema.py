"""The assessment document's JSON Schema (format 1, Draft 2020-12) and its check: one line naming the
field for the first thing a document gets wrong."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from ..domain.message import Refusal

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


def _schema_message(error: Any) -> str:
    where = _path(error.absolute_path)
    v = error.validator
    if v == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return f"{where}: the required field '{missing}' is missing"
    if v == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        names = {
            "number": "a number",
            "integer": "a whole number",
            "string": "text",
            "object": "an object",
            "array": "a list",
            "boolean": "true or false",
            "null": "null",
        }
        wanted = " or ".join(names.get(e, e) for e in str(expected).split(" or "))
        return f"{where}: {json.dumps(error.instance, ensure_ascii=False)[:60]} should be {wanted}"
    if v == "enum":
        choices = ", ".join(str(c) for c in error.validator_value if c is not None)
        return f"{where}: '{error.instance}' is not one of {choices}"
    if v == "const":
        return f"{where}: should be '{error.validator_value}'"
    if v == "pattern":
        hint = error.schema.get("description", f"the pattern {error.validator_value}")
        return f"{where}: '{error.instance}' is not valid ({hint})"
    if v in ("minimum", "exclusiveMinimum", "maximum"):
        return f"{where}: {error.message}"
    return f"{where}: {error.message}"


def check_document(doc: Any) -> None:
    """Raise DocumentError with one line when the object is not a document this app can take."""
    if not isinstance(doc, dict):
        raise DocumentError("document: the file holds JSON, but not an object ({ … })")
    if doc.get("format") != FORMAT:
        raise DocumentError(f"format: should be '{FORMAT}' (got {json.dumps(doc.get('format'), ensure_ascii=False)})")
    version = doc.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise DocumentError(
            f"format_version: {version} is newer than this app reads ({FORMAT_VERSION}); update SXSH Desktop"
        )
    errors = sorted(_validator().iter_errors(doc), key=lambda e: (list(e.absolute_path), e.validator))
    if errors:
        from jsonschema.exceptions import best_match

        raise DocumentError(_schema_message(best_match(errors)))
