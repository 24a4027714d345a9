"""A report bound to its assessment document: what the report writes into its PDF and what the intake
reads back, so that a signed report cannot be passed off as the report of another assessment.

The report embeds the exact bytes of its assessment document as an attached file (`assessment.json`,
an associated file of the document, /AF with /AFRelationship /Source, through pyHanko's embedded-file
support) and writes the assessment's id, revision and the document's SHA-256 into the PDF's document
information dictionary. Both are written before the report is signed, so the signature covers them.
A package's check compares them with the package's own assessment.json (sync/package/verify.py).
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # pragma: no cover
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

ATTACHMENT_NAME = "assessment.json"
INFO_ID = "/SXSHAssessmentId"
INFO_REVISION = "/SXSHAssessmentRevision"
INFO_SHA256 = "/SXSHDocumentSHA256"


@dataclass(frozen=True)
class Binding:
    """What a report says about the assessment it is the report of."""

    assessment_id: str | None
    revision: int | None
    sha256: str | None
    attachment: bytes | None  # the embedded assessment document, or None when it has none


def bind(
    pdf: bytes,
    document: bytes,
    assessment_id: str,
    revision: int,
    edit: Callable[[IncrementalPdfFileWriter], None] | None = None,
) -> bytes:
    """`pdf` with `document` attached and the assessment named in its metadata (an incremental update).
    `edit`, when given, makes its own changes in the same update first (the report places its figures)."""
    from pyhanko.pdf_utils import embed, generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    if edit is not None:
        edit(writer)
    data = embed.EmbeddedFileObject.from_file_data(
        writer,
        document,
        mime_type="application/json",
        params=embed.EmbeddedFileParams(embed_size=True, embed_checksum=True),
    )
    spec = embed.FileSpec(
        file_spec_string=ATTACHMENT_NAME,
        file_name=ATTACHMENT_NAME,
        embedded_data=data,
        description="Assessment document (SXSH format 1) this report was made from",
        af_relationship=generic.NameObject("/Source"),
    )
    embed.embed_file(writer, spec)
    info_ref = writer.trailer.raw_get("/Info")
    info = info_ref.get_object() if isinstance(info_ref, generic.IndirectObject) else generic.DictionaryObject()
    info[generic.NameObject(INFO_ID)] = generic.TextStringObject(assessment_id)
    info[generic.NameObject(INFO_REVISION)] = generic.NumberObject(revision)
    info[generic.NameObject(INFO_SHA256)] = generic.TextStringObject(hashlib.sha256(document).hexdigest())
    if isinstance(info_ref, generic.IndirectObject):
        writer.mark_update(info_ref)
    else:
        writer.set_info(info)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def read_binding(pdf: bytes) -> Binding:
    """What the report says about its assessment (None where it says nothing). Raises ValueError when
    the PDF cannot be read."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        info = reader.trailer["/Info"] if "/Info" in reader.trailer else generic.DictionaryObject()
        info = info.get_object() if isinstance(info, generic.IndirectObject) else info
    except Exception as exc:  # the parser raises many types on damaged input: each is said as this refusal
        raise ValueError(str(exc) or type(exc).__name__) from exc

    def text(key: str) -> str | None:
        value = info[key] if isinstance(info, generic.DictionaryObject) and key in info else None
        return str(value) if isinstance(value, generic.TextStringObject | generic.ByteStringObject) else None

    revision = info[INFO_REVISION] if isinstance(info, generic.DictionaryObject) and INFO_REVISION in info else None
    return Binding(
        assessment_id=text(INFO_ID),
        revision=int(revision) if isinstance(revision, generic.NumberObject) else None,
        sha256=text(INFO_SHA256),
        attachment=_attachment(reader),
    )


def _attachment(reader: object) -> bytes | None:
    """The bytes of the attached assessment document: the catalogue's associated file (/AF) named
    assessment.json with the /Source relationship."""
    try:
        root = reader.root  # type: ignore[attr-defined]
        for ref in root["/AF"] if "/AF" in root else []:
            spec = ref.get_object()
            if str(spec.get("/F", "")) != ATTACHMENT_NAME or str(spec.get("/AFRelationship", "")) != "/Source":
                continue
            return bytes(spec["/EF"]["/F"].get_object().data)
    except Exception:  # a damaged attachment is one that is not there (the binding then says so); logged
        log.debug("the report's attached document cannot be read", exc_info=True)
        return None
    return None
