"""Making a package: the deterministic zip of the document, its schema, the signed report, the manifest and
the manifest's signature."""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING, Any

from .format import (
    DOCUMENT_NAME,
    MANIFEST_NAME,
    REPORT_NAME,
    SCHEMA_NAME,
    SIGNATURE_NAME,
    ZIP_TIME,
    canonical_json,
    make_manifest,
)

if TYPE_CHECKING:  # pragma: no cover
    pass


def zip_entries(entries: dict[str, bytes]) -> bytes:
    """A deterministic zip: names sorted, fixed timestamps and attributes, JSON deflated, the PDF stored."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_STORED if name.endswith(".pdf") else zipfile.ZIP_DEFLATED
            zf.writestr(info, entries[name], compresslevel=6 if info.compress_type == zipfile.ZIP_DEFLATED else None)
    return out.getvalue()


def build_package(
    doc: dict[str, Any],
    document_bytes: bytes,
    report_pdf: bytes,
    signer: Any,
    *,
    package_id: str | None = None,
    created_at: str | None = None,
) -> bytes:
    """The signed package (zip bytes) of a document (its exact bytes) and its signed report.

    `signer` is the pyHanko signer that signed the report; the manifest's signature is made with it.
    """
    from ...interchange.document import schema_bytes
    from ...signing.cms import sign_detached

    files = {DOCUMENT_NAME: document_bytes, SCHEMA_NAME: schema_bytes(), REPORT_NAME: report_pdf}
    manifest = canonical_json(make_manifest(doc, files, package_id=package_id, created_at=created_at))
    signature = sign_detached(manifest, signer)
    return zip_entries({**files, MANIFEST_NAME: manifest, SIGNATURE_NAME: signature})
