"""The package service on the field laptop: an assessment in the store → a signed `.sxsh` file.

The identity is opened first (a wrong passphrase is told before any work), the assessment is checked
for what a signed report needs before its revision is counted, then the document is exported (the
revision rule), the report built and signed, the manifest signed by the same identity, and the file
written whole or not at all. Optionally the package is encrypted to a Sở's certificate.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.message import Message
from ..files import write_atomically
from ..report import ReportError
from ..store.operations import Store


@dataclass(frozen=True)
class PackageResult:
    path: Path
    size: int
    package_id: str
    assessment_id: str
    revision: int
    signer: Any  # SignerInfo
    encrypted: bool


def make_package(
    store: Store, assessment_id: str, path: str | Path, signer: Any, *, language: str = "vi", encrypt_to: Any = None
) -> PackageResult:
    """Write the signed package of a stored assessment to `path`.

    `signer`: SignerSettings or a ready pyHanko signer; `encrypt_to`: a cryptography certificate (RSA)
    of the receiving Sở, or None.
    """
    from ..interchange.document import dumps, parse_document
    from ..report.pdf import BLOCKING, missing_items
    from ..services.documents import export_document
    from ..services.reports import _signer_from, build_report
    from ..signing.identity import signer_info
    from ..sync.package import SUFFIX, build_package, envelope

    target = Path(path)
    if not target.parent.exists():
        raise ReportError(Message("file.no_folder", {"path": str(target.parent)}))
    if target.suffix != SUFFIX:
        raise ReportError(Message("package.suffix", {"path": str(target), "suffix": SUFFIX}))
    with _signer_from(signer) as opened:
        blocking = [
            text for code, text in missing_items(store.get_assessment(assessment_id), language) if code in BLOCKING
        ]
        if blocking:
            raise ReportError(Message("package.incomplete", {"missing": "; ".join(blocking)}))
        doc = export_document(store, assessment_id)
        document_bytes = dumps(doc).encode("utf-8")
        assessment = parse_document(doc)
        with tempfile.TemporaryDirectory(prefix="sxsh-package-") as tmp:
            report = build_report(
                assessment, Path(tmp) / "report.pdf", language, signer=opened, document=document_bytes
            )
            pdf = report.path.read_bytes()
        data = build_package(doc, document_bytes, pdf, opened)
        info = signer_info(opened.signing_cert)
    import json
    import zipfile
    from io import BytesIO

    with zipfile.ZipFile(BytesIO(data)) as zf:
        package_id = json.loads(zf.read("manifest.json"))["package_id"]
    if encrypt_to is not None:
        data = envelope(data, encrypt_to)
    _write_whole(target, data)
    return PackageResult(
        target, len(data), package_id, assessment.id, assessment.revision, info, encrypt_to is not None
    )


def _write_whole(target: Path, data: bytes) -> None:
    try:
        write_atomically(target, data)
    except OSError as exc:
        raise ReportError(
            Message("package.cannot_write", {"path": str(target), "error": str(exc.strerror or exc)})
        ) from exc
