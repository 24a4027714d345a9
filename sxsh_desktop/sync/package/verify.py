"""Checking a package: the verdict (trusted, unknown signer, tampered, invalid) and the reason in words,
with the manifest's and the report's signatures checked by pyHanko."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import struct
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...domain.message import FieldMessage, Message
from .envelope import Decryption, unwrap
from .format import (
    DATA_NAMES,
    DOCUMENT_NAME,
    INVALID,
    MANIFEST_NAME,
    MAX_ENTRY_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_SIGNATURE_BYTES,
    MAX_TOTAL_BYTES,
    REPORT_NAME,
    SCHEMA_NAME,
    SIGNATURE_NAME,
    TAMPERED,
    TRUSTED,
    UNKNOWN_SIGNER,
    PackageError,
    _one_line,
    _parse_manifest,
    said,
)
from .safezip import _Budget, _check_end_record, read_entry, read_package_file, scan_entries
from .signer import consultant_note, signature_timestamp, validity_problem

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # pragma: no cover
    from ...domain.model import Assessment
    from ...signing.identity import SignerInfo


@dataclass
class PackageCheck:
    """What a package is and whether it can be taken: the verdict, the reason, and what it holds."""

    verdict: str
    said: Message | None = None  # why, when something is wrong (a code of the catalogue and its parameters)
    file_sha256: str = ""
    size: int = 0
    enveloped: bool = False
    package_sha256: str = ""  # of the signed zip (the decrypted bytes when enveloped)
    package_bytes: bytes | None = None  # the signed zip
    manifest: dict[str, Any] | None = None
    signer: SignerInfo | None = None
    signer_certificate: bytes | None = None  # DER
    document: dict[str, Any] | None = None
    document_bytes: bytes | None = None
    assessment: Assessment | None = None
    report_pdf: bytes | None = None
    notes: list[Message] = field(default_factory=list)  # e.g. the signer is not the consultant named

    @property
    def reason(self) -> str | None:
        """Why, in English (the words `sxsh verify` prints)."""
        return None if self.said is None else self.said.text("en")

    @property
    def warnings(self) -> list[str]:
        """The notes in English (`sxsh verify --json`)."""
        return [n.text("en") for n in self.notes]

    @property
    def intact(self) -> bool:
        return self.verdict in (TRUSTED, UNKNOWN_SIGNER)

    @property
    def trusted(self) -> bool:
        return self.verdict == TRUSTED

    @property
    def package_id(self) -> str | None:
        return self.manifest.get("package_id") if self.manifest else None

    def describe(self, language: str = "en") -> str:
        """One line for people: the verdict and, when there is one, the signer (English: what `sxsh
        verify` prints)."""
        return "".join(m.text(language) for m in self.line())

    def line(self) -> list[Message]:
        """`describe()` as messages, said in any language."""
        if self.verdict in (TRUSTED, UNKNOWN_SIGNER):
            who: Message | str = ""
            if self.signer is not None:
                s = self.signer
                who = said(
                    "check.signer", name=s.name, organisation=s.organisation or "–", fingerprint=s.sha256_fingerprint
                )
            head = said("check.trusted" if self.verdict == TRUSTED else "check.untrusted", who=who)
            return [head, *(said("check.note", note=n) for n in self.notes)]
        return [said(f"check.{self.verdict}", reason=self.said)]


def check_file(
    path: str | Path,
    *,
    trusted: Sequence[bytes] = (),
    decryption: Decryption | None = None,
    require_trust: bool = False,
) -> PackageCheck:
    try:
        data = read_package_file(path)
    except PackageError as exc:
        return PackageCheck(INVALID, exc.said)
    return check_package(data, trusted=trusted, decryption=decryption, require_trust=require_trust)


def check_package(
    data: bytes,
    *,
    trusted: Sequence[bytes] = (),
    decryption: Decryption | None = None,
    require_trust: bool = False,
) -> PackageCheck:
    """Open and check a package in memory. Never raises for what is in the package: the verdict and
    the reason say what is wrong.

    The order: size caps, the zip looked at before it is read, the manifest's signature, the
    signer's trust and validity, the hashes, and only then the document's parse, schema and units.
    With `require_trust` an untrusted signer ends the check before the document is read at all
    (verdict unknown_signer): a stranger's package is never parsed."""
    check = PackageCheck(INVALID, file_sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    try:
        _check(data, check, trusted, decryption, require_trust)
    except PackageError as exc:
        check.verdict, check.said = exc.verdict, exc.said
        check.document = check.assessment = check.report_pdf = None
    except RecursionError:
        check.verdict, check.said = INVALID, said("package.too_deep")
    return check


def _check(
    data: bytes, check: PackageCheck, trusted: Sequence[bytes], decryption: Decryption | None, require_trust: bool
) -> None:
    from ...interchange.document import DocumentError, loads, parse_document, schema_bytes

    inner, check.enveloped = unwrap(data, decryption)
    check.package_sha256 = hashlib.sha256(inner).hexdigest()
    _check_end_record(inner)
    try:
        zf = zipfile.ZipFile(io.BytesIO(inner))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError, struct.error) as exc:
        raise PackageError(said("zip.unreadable", error=_one_line(exc))) from exc
    with zf:
        infos = scan_entries(zf, len(inner))
        budget = _Budget(MAX_TOTAL_BYTES)
        manifest_bytes = read_entry(zf, infos[MANIFEST_NAME], MAX_MANIFEST_BYTES, budget)
        signature = read_entry(zf, infos[SIGNATURE_NAME], MAX_SIGNATURE_BYTES, budget)
        manifest = _parse_manifest(manifest_bytes)
        check.manifest = manifest
        listed = {f["name"] for f in manifest["files"]}
        if listed != set(DATA_NAMES):
            extra = sorted(listed - set(DATA_NAMES)) or sorted(set(DATA_NAMES) - listed)
            raise PackageError(said("manifest.files_differ", names=", ".join(extra)), TAMPERED)
        roots = _trust_roots(trusted)
        certificate, signer_trusted = _verify_manifest(manifest_bytes, signature, roots, check)
        # the signer's certificate dates are checked once the report is read (signer.validity_problem):
        # a certificate expired since may still vouch, when the report's timestamp proves it signed in time
        if not signer_trusted and require_trust:
            raise PackageError(said("signer.not_trusted"), UNKNOWN_SIGNER)
        files = {name: read_entry(zf, infos[name], MAX_ENTRY_BYTES, budget) for name in DATA_NAMES}
    for entry in manifest["files"]:
        got = files[entry["name"]]
        if len(got) != entry["size"] or hashlib.sha256(got).hexdigest() != entry["sha256"]:
            raise PackageError(said("package.file_changed", name=entry["name"]), TAMPERED)
    if files[SCHEMA_NAME] != schema_bytes():
        from ...interchange.document import loads as _loads

        declared = _loads(files[SCHEMA_NAME], SCHEMA_NAME)
        if not isinstance(declared, dict) or declared.get("$id") != json.loads(schema_bytes()).get("$id"):
            raise PackageError(said("package.schema"))
    try:
        doc = loads(files[DOCUMENT_NAME], DOCUMENT_NAME)
        assessment = parse_document(doc)
    except DocumentError as exc:
        raise PackageError(said("package.document", name=DOCUMENT_NAME, problem=FieldMessage.of(exc))) from exc
    a = manifest["assessment"]
    facility = doc.get("facility") or {}
    named = (_canonical_id(a.get("id")), a.get("revision"), a.get("facility"), a.get("tax_code"), a.get("province"))
    has = (assessment.id, doc.get("revision"), facility.get("name"), facility.get("tax_code"), facility.get("province"))
    if named != has:
        raise PackageError(said("manifest.assessment_differs"), TAMPERED)
    status = _verify_report(files[REPORT_NAME], certificate, roots)
    verify_report_binding(files[REPORT_NAME], files[DOCUMENT_NAME], doc)
    problem = validity_problem(status.signing_cert, signature_timestamp(status))
    if problem:
        raise PackageError(problem)
    note = consultant_note(check.signer.name if check.signer else None, doc)
    if note:
        check.notes.append(note)
    check.package_bytes = inner
    doc = {**doc, "id": assessment.id}  # stored and compared in one spelling (the signed bytes stay as they are)
    check.document, check.document_bytes, check.assessment = doc, files[DOCUMENT_NAME], assessment
    check.report_pdf = files[REPORT_NAME]
    if signer_trusted:
        check.verdict = TRUSTED
    else:
        check.verdict, check.said = UNKNOWN_SIGNER, said("signer.not_trusted")


def _canonical_id(value: Any) -> Any:
    from ...domain.limits import canonical_uuid

    try:
        return canonical_uuid(value)
    except ValueError:
        return value


def _trust_roots(trusted: Sequence[bytes]) -> list[Any]:
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    roots = []
    for blob in trusted:
        ders = [d for _, _, d in pem.unarmor(blob, multiple=True)] if pem.detect(blob) else [blob]
        roots += [asn1_x509.Certificate.load(d) for d in ders]
    return roots


def _validation_context(roots: list[Any]) -> Any:
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(trust_roots=roots, allow_fetching=False)


def _verify_manifest(manifest: bytes, signature: bytes, roots: list[Any], check: PackageCheck) -> tuple[bytes, bool]:
    """The manifest's detached CMS signature, checked by pyHanko (as `signing.verify_detached` does,
    without decoding the whole structure first: pyHanko reads what it needs and damage shows as an error)."""
    from asn1crypto import cms
    from pyhanko.sign.validation import async_validate_detached_cms

    from ...signing.cms import _run
    from ...signing.identity import quiet_pyhanko_logs, signer_info

    try:
        content_info = cms.ContentInfo.load(signature)
        if content_info["content_type"].native != "signed_data":
            raise ValueError("not signed data")
        signed_data = content_info["content"]
        signed_data["signer_infos"][0]["sid"]  # the parts read first
        infos = signed_data["signer_infos"]
    except Exception as exc:  # the parser raises many types on damaged input: each is said as this refusal
        raise PackageError(said("signature.unreadable"), TAMPERED) from exc
    try:
        attrs = infos[0]["signed_attrs"]
        has_attrs = len(infos) == 1 and attrs is not None and len(attrs) > 0
    except Exception:  # unreadable attributes are missing ones: refused just below as such (logged)
        log.debug("the manifest's signed attributes cannot be read", exc_info=True)
        has_attrs = False
    if not has_attrs:  # without them the signature does not bind the manifest's digest and signing time
        raise PackageError(said("signature.no_attributes"), TAMPERED)
    quiet_pyhanko_logs()
    try:
        status = _run(
            async_validate_detached_cms(manifest, signed_data, signer_validation_context=_validation_context(roots))
        )
    except Exception as exc:  # the parser raises many types on damaged input: each is said as this refusal
        raise PackageError(said("signature.cannot_check", error=_one_line(exc)), TAMPERED) from exc
    cert = status.signing_cert
    check.signer, check.signer_certificate = signer_info(cert), bytes(cert.dump())
    if not status.intact:
        raise PackageError(said("signature.manifest_changed"), TAMPERED)
    if not status.valid:
        raise PackageError(said("signature.not_valid"), TAMPERED)
    return check.signer_certificate, bool(status.trusted) and bool(roots)


def _verify_report(pdf: bytes, certificate: bytes, roots: list[Any]) -> Any:
    """The report's own PAdES signature: intact, covering the whole file, by the manifest's signer.
    Returns pyHanko's status of it."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    from ...signing.identity import quiet_pyhanko_logs

    quiet_pyhanko_logs()
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:  # the parser raises many types on damaged input: each is said as this refusal
        raise PackageError(said("report.unreadable", error=_one_line(exc)), TAMPERED) from exc
    if not signatures:
        raise PackageError(said("report.not_signed"), TAMPERED)
    sig = signatures[-1]
    try:
        # the signature must cover the whole file (checked below), so there is no later revision
        # whose changes would need pyHanko's difference analysis
        status = validate_pdf_signature(sig, _validation_context(roots), skip_diff=True)
    except Exception as exc:  # the parser raises many types on damaged input: each is said as this refusal
        raise PackageError(said("report.cannot_check", error=_one_line(exc)), TAMPERED) from exc
    if not (status.intact and status.valid):
        raise PackageError(said("report.changed"), TAMPERED)
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        raise PackageError(said("report.content_added"), TAMPERED)
    if bytes(status.signing_cert.dump()) != certificate:
        raise PackageError(said("report.other_signer"), TAMPERED)
    return status


def verify_report_binding(pdf: bytes, document: bytes, doc: dict[str, Any]) -> None:
    """The report is the report of the package's document: it names the same assessment and revision
    and the SHA-256 of these very bytes, and the document attached to it is this one
    (signing/binding.py). Called once the report's signature is known to cover the whole file, so what
    it names was signed. PackageError (tampered) with the reason in words otherwise."""
    from ...signing.binding import read_binding

    try:
        bound = read_binding(pdf)
    except ValueError as exc:
        raise PackageError(said("report.unreadable", error=_one_line(exc)), TAMPERED) from exc
    if bound.assessment_id is None and bound.attachment is None:
        raise PackageError(said("report.unbound"), TAMPERED)
    if bound.assessment_id != doc.get("id"):
        raise PackageError(
            said("report.other_assessment", bound=str(bound.assessment_id), expected=str(doc.get("id"))), TAMPERED
        )
    if bound.revision != doc.get("revision"):
        raise PackageError(
            said("report.other_revision", bound=str(bound.revision), expected=str(doc.get("revision"))), TAMPERED
        )
    if bound.sha256 != hashlib.sha256(document).hexdigest() or bound.attachment != document:
        raise PackageError(said("report.other_document"), TAMPERED)
