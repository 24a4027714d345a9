"""The package format: entry names, caps, verdicts, the error, and the manifest (made and parsed)."""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from datetime import UTC, datetime
from typing import Any

from ... import __version__
from ...domain.message import Message

PACKAGE_FORMAT = "sxsh-package"
PACKAGE_FORMAT_VERSION = 1
PRODUCER = "SXSH Desktop"
SUFFIX = ".sxsh"

DOCUMENT_NAME = "assessment.json"
SCHEMA_NAME = "assessment.schema.json"
REPORT_NAME = "report.pdf"
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.json.p7s"
DATA_NAMES = (DOCUMENT_NAME, SCHEMA_NAME, REPORT_NAME)
ENTRY_NAMES = frozenset((*DATA_NAMES, MANIFEST_NAME, SIGNATURE_NAME))

ZIP_TIME = (1980, 1, 1, 0, 0, 0)

# -- caps (every one is checked before reading, and again while reading) -----------------------

MAX_PACKAGE_BYTES = 50 * 1024 * 1024  # the .sxsh file, enveloped or not
MAX_ENTRIES = 16  # entries in the zip's central directory
MAX_ENTRY_BYTES = 30 * 1024 * 1024  # one entry, uncompressed
MAX_TOTAL_BYTES = 60 * 1024 * 1024  # all entries, uncompressed
MAX_RATIO = 100  # uncompressed : compressed, per entry
RATIO_FLOOR = 64 * 1024  # entries this small are not held to the ratio (they cannot be bombs)
MAX_MANIFEST_BYTES = 64 * 1024
MAX_SIGNATURE_BYTES = 256 * 1024
MAX_CENTRAL_DIRECTORY_BYTES = MAX_ENTRIES * 1024
READ_CHUNK = 256 * 1024

TRUSTED = "trusted"
UNKNOWN_SIGNER = "unknown_signer"
TAMPERED = "tampered"
INVALID = "invalid"

_ZIP_MAGIC = b"PK\x03\x04"
_ENVELOPED_OID = bytes.fromhex("06092a864886f70d010703")  # 1.2.840.113549.1.7.3 enveloped-data
_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class PackageError(Exception):
    """A package that cannot be made, opened or taken: `said` is the reason (a code of the catalogue and
    its parameters); `reason` and `str()` its English, the words `sxsh verify`/`sxsh import` print."""

    def __init__(self, said: Message, verdict: str = INVALID):
        super().__init__(said.text("en"))
        self.said = said
        self.reason = said.text("en")
        self.verdict = verdict


def said(code: str, **params: Any) -> Message:
    """The message of a package's refusal or check (domain/catalogue/packages.py, intake.py)."""
    return Message(code, params)


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the one spelling of the manifest that is signed."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def make_manifest(
    doc: dict[str, Any], files: dict[str, bytes], *, package_id: str | None = None, created_at: str | None = None
) -> dict[str, Any]:
    facility = doc.get("facility") or {}
    return {
        "format": PACKAGE_FORMAT,
        "format_version": PACKAGE_FORMAT_VERSION,
        "package_id": package_id or str(uuid.uuid4()),
        "producer": {"name": PRODUCER, "version": __version__},
        "created_at": created_at or _now(),
        "assessment": {
            "id": doc.get("id"),
            "revision": doc.get("revision"),
            "facility": facility.get("name", ""),
            "tax_code": facility.get("tax_code", ""),
            "province": facility.get("province", ""),
        },
        "files": [
            {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in sorted(files.items())
        ],
    }


def _parse_manifest(raw: bytes) -> dict[str, Any]:
    from ...interchange.bounded_json import JSONLimitError, loads_bounded

    try:
        manifest = loads_bounded(raw)
    except JSONLimitError as exc:
        raise PackageError(said("manifest.limit", error=exc.said), TAMPERED) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError(said("manifest.not_json"), TAMPERED) from exc
    ok = (
        isinstance(manifest, dict)
        and isinstance(manifest.get("files"), list)
        and isinstance(manifest.get("assessment"), dict)
        and isinstance(manifest.get("package_id"), str)
    )
    if not ok:
        raise PackageError(said("manifest.incomplete"))
    if manifest.get("format") != PACKAGE_FORMAT:
        raise PackageError(said("manifest.format", format=PACKAGE_FORMAT))
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageError(said("manifest.version_type"))
    if version > PACKAGE_FORMAT_VERSION:
        raise PackageError(said("manifest.version_newer", version=version, readable=PACKAGE_FORMAT_VERSION))
    from ...domain.limits import canonical_uuid

    try:  # compared and stored in one spelling only: lower case, no urn:uuid: (the bytes stay as signed)
        manifest["package_id"] = canonical_uuid(manifest["package_id"])
    except ValueError as exc:
        raise PackageError(said("manifest.package_id")) from exc
    names: set[str] = set()
    for entry in manifest["files"]:
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("name"), str)
            and isinstance(entry.get("sha256"), str)
            and _SHA256.match(entry["sha256"])
            and isinstance(entry.get("size"), int)
            and not isinstance(entry.get("size"), bool)
        ):
            raise PackageError(said("manifest.file_entry"))
        if entry["name"] in names:
            raise PackageError(said("manifest.listed_twice", name=entry["name"]))
        names.add(entry["name"])
    return manifest


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:160] or type(exc).__name__
