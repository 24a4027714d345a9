"""Import and export of assessment documents against a store, with the revision rule of the spec:
the revision goes up by one at each export that changed something."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from ..domain.message import FieldMessage, Message
from ..domain.model import Assessment
from ..files import write_atomically
from ..interchange.document import (
    DocumentError,
    content_digest,
    dumps,
    parse_document,
    read_document,
    to_document,
)
from ..paths import resources_dir
from ..store.errors import StoreError
from ..store.operations import Store

SAMPLE_FILE = "brewery-sample.json"


@dataclass(frozen=True)
class ImportResult:
    assessment_id: str
    status: str  # "imported" | "replaced" | "unchanged"


def now_rfc3339() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def import_assessment(
    store: Store, assessment: Assessment, replace_existing: bool = False, *, force: bool = False
) -> ImportResult:
    """Store a document's assessment. One already stored with other content is replaced only when
    asked (`replace_existing`), never by a lower revision unless `force`, and after a backup."""
    existing = _existing(store, assessment.id)
    if existing is None:
        store.add_assessment(assessment)
        return ImportResult(assessment.id, "imported")
    if content_digest(to_document(existing)) == content_digest(to_document(assessment)):
        return ImportResult(assessment.id, "unchanged")
    if not replace_existing:
        raise StoreError(Message("store.other_content", {"id": assessment.id}))
    if assessment.revision < existing.revision and not force:
        said = {"revision": assessment.revision, "id": assessment.id, "stored": existing.revision}
        raise StoreError(Message("store.older_revision", said))
    if store.sqlite_path is not None:  # what is replaced can be restored
        from ..store.backup import backup_now

        backup_now(store, label="before-replace")
    store.replace_assessment(assessment)
    return ImportResult(assessment.id, "replaced")


def import_file(store: Store, path: str | Path, replace_existing: bool = False, *, force: bool = False) -> ImportResult:
    return import_assessment(store, read_document(path), replace_existing, force=force)


def import_object(store: Store, doc: object, replace_existing: bool = False) -> ImportResult:
    return import_assessment(store, parse_document(doc), replace_existing)


def _existing(store: Store, assessment_id: str) -> Assessment | None:
    try:
        return store.get_assessment(assessment_id)
    except StoreError:
        return None


def export_document(store: Store, assessment_id: str) -> dict:
    """The document of a stored assessment; its revision goes up when it changed since the last export."""
    assessment = store.get_assessment(assessment_id)
    doc = to_document(assessment)
    if getattr(store, "read_only", False):  # a full disk: the export is not recorded (the next one will be)
        revision = store.export_revision(assessment_id, content_digest(doc))
    else:
        revision = store.mark_exported(assessment_id, content_digest(doc))
    if revision != assessment.revision:
        assessment = replace(assessment, revision=revision)
        doc = to_document(assessment)
    return doc


def export_file(store: Store, assessment_id: str, path: str | Path) -> dict:
    doc = export_document(store, assessment_id)
    write_atomically(Path(path), dumps(doc).encode("utf-8"))
    return doc


def sample_path() -> Path:
    return resources_dir() / "samples" / SAMPLE_FILE


def load_sample(store: Store) -> ImportResult:
    """Put the sample assessment (a brewery) into the store, once."""
    try:
        return import_file(store, sample_path())
    except DocumentError as exc:  # the shipped sample must always be valid
        raise StoreError(Message("store.sample_damaged", {"problem": FieldMessage.of(exc)})) from exc
