"""Sync packages (`.sxsh`): build, envelope, open safely and check.

A package is a zip with exactly these entries (stored in this order, fixed timestamps, so the zip's
structure is deterministic):

    assessment.json          the assessment document, format 1
    assessment.schema.json   its JSON Schema
    manifest.json            canonical JSON (sorted keys, no spaces, UTF-8): format, format_version,
                             package_id, producer, created_at, assessment {id, revision, facility,
                             tax_code, province}, files [{name, sha256, size}] of the three data entries
    manifest.json.p7s        a detached CMS signature over manifest.json (pyHanko), made by the identity
                             that signed the report
    report.pdf               the signed (PAdES) report

Optionally the whole zip is enveloped to a Sở's certificate: CMS EnvelopedData in DER made by
`cryptography` (PKCS7EnvelopeBuilder, Binary option), content encrypted with AES-256-CBC, the content
key transported with RSA PKCS#1 v1.5 (the only key transport `cryptography` offers; RSA recipients
only). A file is told apart by its first bytes: a zip starts "PK\\x03\\x04", an envelope is a DER
ContentInfo whose content type is enveloped-data.

Opening never trusts the zip's headers: the file size is capped before it is read, the end-of-
central-directory record is checked before `zipfile` parses the directory, every entry is looked at
(name, kind, flags, method, declared sizes and ratio) before any is read, and each entry is read
through a bounded reader that stops at the cap whatever the headers say. Nothing is ever written to
disk while a package is opened or checked: everything happens in memory, within the caps.

`check_package` gives a verdict and, when something is wrong, the reason in words:

    trusted          intact, and the signer is one of the trusted certificates
    unknown_signer   intact, but the signer is not among the trusted certificates
    tampered         a hash, the manifest's signature or the report's signature does not check out,
                     or a signature is missing
    invalid          not a package this app can take (size, structure, caps, schema, …)
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import uuid
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__

if TYPE_CHECKING:  # pragma: no cover
    from ..domain.model import Assessment
    from .identity import SignerInfo

# -- the format --------------------------------------------------------------------------------

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
    """A package that cannot be made, opened or taken; the message is the reason in words."""

    def __init__(self, reason: str, verdict: str = INVALID):
        super().__init__(reason)
        self.reason = reason
        self.verdict = verdict


# -- building ----------------------------------------------------------------------------------


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
    from ..interchange.document import schema_bytes
    from .signing import sign_detached

    files = {DOCUMENT_NAME: document_bytes, SCHEMA_NAME: schema_bytes(), REPORT_NAME: report_pdf}
    manifest = canonical_json(make_manifest(doc, files, package_id=package_id, created_at=created_at))
    signature = sign_detached(manifest, signer)
    return zip_entries({**files, MANIFEST_NAME: manifest, SIGNATURE_NAME: signature})


def envelope(package: bytes, recipient: Any) -> bytes:
    """The package enveloped (CMS, AES-256-CBC, DER, Binary) to a recipient certificate (RSA)."""
    from cryptography.hazmat.primitives.ciphers import algorithms
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

    try:
        builder = (
            pkcs7.PKCS7EnvelopeBuilder()
            .set_data(package)
            .add_recipient(recipient)
            .set_content_encryption_algorithm(algorithms.AES256)
        )
        return builder.encrypt(Encoding.DER, [pkcs7.PKCS7Options.Binary])
    except TypeError as exc:  # a non-RSA key
        raise PackageError(f"cannot encrypt to this certificate ({exc})") from exc


# -- certificates and keys ---------------------------------------------------------------------


def load_certificates(path: str | Path) -> list[bytes]:
    """The certificates (DER) in a PEM or DER file; PackageError naming the file when there is none."""
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    p = Path(path)
    try:
        blob = p.read_bytes()
    except OSError as exc:
        raise PackageError(f"{p}: cannot read the certificate file ({exc.strerror or exc})") from exc
    ders: list[bytes] = []
    try:
        if pem.detect(blob):
            for kind, _, der in pem.unarmor(blob, multiple=True):
                if kind == "CERTIFICATE":
                    ders.append(der)
        else:
            ders.append(blob)
        for der in ders:
            asn1_x509.Certificate.load(der).native  # noqa: B018 - parse it all now
    except Exception as exc:
        raise PackageError(f"{p}: is not a certificate (PEM or DER)") from exc
    if not ders:
        raise PackageError(f"{p}: holds no certificate")
    return ders


def load_recipient_certificate(path: str | Path) -> Any:
    from cryptography import x509

    return x509.load_der_x509_certificate(load_certificates(path)[0])


@dataclass(frozen=True)
class Decryption:
    """The receiving Sở's private key and certificate, to open enveloped packages."""

    key: Any
    certificate: Any

    @classmethod
    def from_file(cls, path: str | Path, passphrase: bytes | None) -> Decryption:
        """From a PKCS#12 file, or a PEM file holding the private key and the certificate."""
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization

        from .identity import load_pkcs12

        p = Path(path)
        try:
            blob = p.read_bytes()
        except OSError as exc:
            raise PackageError(f"{p}: cannot read the key file ({exc.strerror or exc})") from exc
        if b"-----BEGIN" not in blob:
            ident = load_pkcs12(p, passphrase)
            return cls(ident.key, ident.certificate)
        try:
            key = serialization.load_pem_private_key(blob, passphrase)
        except TypeError as exc:
            raise PackageError(
                f"{p}: the key is protected; give its passphrase (--passphrase-file)"
                if passphrase is None
                else f"{p}: the key is not protected; leave out --passphrase-file"
            ) from exc
        except ValueError as exc:
            raise PackageError(f"{p}: no readable private key (wrong passphrase, or not a PEM key)") from exc
        try:
            certs = x509.load_pem_x509_certificates(blob)
        except ValueError:
            certs = []
        public = key.public_key().public_numbers()
        mine = [c for c in certs if c.public_key().public_numbers() == public]
        if not mine:
            raise PackageError(f"{p}: the key file must hold the key's certificate too (or give a .p12)")
        return cls(key, mine[0])

    def __reduce__(self) -> tuple[Any, ...]:
        """Picklable for the worker processes of an import (in memory, to a child process only)."""
        from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

        return (
            _decryption_from_der,
            (
                self.key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()),
                self.certificate.public_bytes(Encoding.DER),
            ),
        )


def _decryption_from_der(key: bytes, certificate: bytes) -> Decryption:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    return Decryption(serialization.load_der_private_key(key, None), x509.load_der_x509_certificate(certificate))


# -- opening safely ----------------------------------------------------------------------------


def read_package_file(path: str | Path) -> bytes:
    """The bytes of a package file, refusing a file over the size cap before reading it."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            size = _file_size(fh)
            if size > MAX_PACKAGE_BYTES:
                raise PackageError(f"the file is {_mb(size)}, over the {_mb(MAX_PACKAGE_BYTES)} limit for a package")
            data = fh.read(size + 1)  # not the cap: read(n) sets aside n bytes first
    except IsADirectoryError as exc:
        raise PackageError("is a folder, not a package file") from exc
    except OSError as exc:
        raise PackageError(f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > size:
        raise PackageError("the file changed while it was read; import it again when it is complete")
    return data


def _file_size(fh: Any) -> int:
    import os

    return os.fstat(fh.fileno()).st_size


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def is_enveloped(data: bytes) -> bool:
    return data[:1] == b"\x30" and _ENVELOPED_OID in data[:32]


def unwrap(data: bytes, decryption: Decryption | None) -> tuple[bytes, bool]:
    """The zip inside `data` (decrypted when enveloped) and whether it was enveloped."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageError(f"the package is {_mb(len(data))}, over the {_mb(MAX_PACKAGE_BYTES)} limit")
    if data[:4] == _ZIP_MAGIC:
        return data, False
    if not is_enveloped(data):
        if not data:
            raise PackageError("the file is empty")
        raise PackageError("not an SXSH package (neither a zip nor an encrypted package)")
    if decryption is None:
        raise PackageError("the package is encrypted; give the Sở's key to open it (--key, --passphrase-file)")
    from cryptography.hazmat.primitives.serialization import pkcs7

    try:
        inner = pkcs7.pkcs7_decrypt_der(data, decryption.certificate, decryption.key, [])
    except ValueError as exc:
        raise PackageError(
            "the package is encrypted to another recipient, or the encryption is damaged "
            "(it cannot be opened with this key)"
        ) from exc
    except Exception as exc:
        raise PackageError(f"the encrypted package cannot be opened ({type(exc).__name__})") from exc
    if len(inner) > MAX_PACKAGE_BYTES:
        raise PackageError("the decrypted package is over the size limit")
    if inner[:4] != _ZIP_MAGIC:
        raise PackageError("the encrypted package does not hold an SXSH package")
    return inner, True


def _check_end_record(data: bytes) -> None:
    """Check the end-of-central-directory record before zipfile trusts it: entry count and directory
    size within the caps, no ZIP64, no multi-disk archive."""
    start = data.rfind(_EOCD, max(0, len(data) - (_EOCD_SIZE + 65535)))
    if start < 0 or len(data) - start < _EOCD_SIZE:
        raise PackageError("the file is truncated or damaged (no zip directory at its end)")
    (_, disk, cd_disk, entries_here, entries, cd_size, cd_offset, comment_len) = struct.unpack(
        "<4sHHHHIIH", data[start : start + _EOCD_SIZE]
    )
    if disk or cd_disk or entries_here != entries:
        raise PackageError("the zip is split over several disks, which a package never is")
    if (
        0xFFFF in (entries, entries_here)
        or 0xFFFFFFFF in (cd_size, cd_offset)
        or (start >= 20 and data[start - 20 : start - 16] == _ZIP64_LOCATOR)
    ):
        raise PackageError("the zip uses ZIP64, which a package never needs")
    if entries > MAX_ENTRIES:
        raise PackageError(f"the zip has {entries} entries; a package has at most {MAX_ENTRIES}")
    if cd_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise PackageError(f"the zip's directory is {cd_size:,} bytes, over the {MAX_CENTRAL_DIRECTORY_BYTES:,} limit")
    if cd_offset + cd_size > start:
        raise PackageError("the file is truncated or damaged (the zip directory points past its end)")


def scan_entries(zf: zipfile.ZipFile, package_size: int) -> dict[str, zipfile.ZipInfo]:
    """Look at every entry before reading any; refuse anything a package does not have."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise PackageError(f"the zip has {len(infos)} entries; a package has at most {MAX_ENTRIES}")
    seen: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        raw = info.orig_filename
        shown = json.dumps(raw, ensure_ascii=False)
        if "\x00" in raw or raw != info.filename:
            raise PackageError(f"the entry {shown} has a control character in its name")
        if raw.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", raw):
            raise PackageError(f"the entry {shown} has an absolute path")
        if "\\" in raw:
            raise PackageError(f"the entry {shown} has a backslash in its name")
        if ".." in raw.split("/"):
            raise PackageError(f"the entry {shown} points outside the package ('..')")
        if raw.endswith("/") or info.is_dir():
            raise PackageError(f"the entry {shown} is a folder; a package holds files only")
        mode = (info.external_attr >> 16) & 0o170000
        if mode and mode != 0o100000:
            kind = "a symbolic link" if mode == 0o120000 else "not a regular file"
            raise PackageError(f"the entry {shown} is {kind}")
        if raw in seen:
            raise PackageError(f"the entry {shown} appears twice")
        if raw not in ENTRY_NAMES:
            raise PackageError(
                f"the entry {shown} is not part of a package (allowed: {', '.join(sorted(ENTRY_NAMES))})"
            )
        if info.flag_bits & 0x1:
            raise PackageError(f"the entry {shown} is encrypted inside the zip, which a package never is")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(f"the entry {shown} uses an unsupported compression method ({info.compress_type})")
        if info.file_size > MAX_ENTRY_BYTES:
            raise PackageError(
                f"the entry {shown} unpacks to {_mb(info.file_size)}, over the {_mb(MAX_ENTRY_BYTES)} limit per entry"
            )
        if info.compress_size > package_size:
            raise PackageError(f"the entry {shown} claims to be larger than the file (damaged or truncated)")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError(
                f"the entry {shown} would unpack {info.file_size // max(info.compress_size, 1):,} "
                f"times its size (at most {MAX_RATIO}:1): a decompression bomb"
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise PackageError(f"the entries unpack to more than {_mb(MAX_TOTAL_BYTES)} in all")
        seen[raw] = info
    missing = sorted(ENTRY_NAMES - set(seen))
    if SIGNATURE_NAME in missing:
        raise PackageError("the manifest's signature (manifest.json.p7s) is missing", TAMPERED)
    if missing:
        raise PackageError(f"the package lacks {', '.join(missing)}")
    return seen


class _Budget:
    def __init__(self, total: int):
        self.left = total


def read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, budget: _Budget) -> bytes:
    """An entry's bytes, read in chunks; stops past the declared size, the entry cap or the total cap,
    whatever the headers say."""
    limit = min(info.file_size, cap, budget.left)
    if info.file_size > limit:
        raise PackageError(f"the entry '{info.filename}' is larger than a package allows")
    out = bytearray()
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(min(READ_CHUNK, limit + 1 - len(out)))
                if not chunk:
                    break
                out += chunk
                if len(out) > limit:
                    raise PackageError(f"the entry '{info.filename}' unpacks to more than it declares")
    except PackageError:
        raise
    except (zipfile.BadZipFile, zlib_error(), EOFError, OSError, ValueError, OverflowError) as exc:
        raise PackageError(f"the entry '{info.filename}' is damaged or truncated ({_one_line(exc)})") from exc
    if len(out) != info.file_size:
        raise PackageError(f"the entry '{info.filename}' is truncated")
    budget.left -= len(out)
    return bytes(out)


def zlib_error() -> type[Exception]:
    import zlib

    return zlib.error


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:160] or type(exc).__name__


# -- checking ----------------------------------------------------------------------------------


@dataclass
class PackageCheck:
    """What a package is and whether it can be taken: the verdict, the reason, and what it holds."""

    verdict: str
    reason: str | None = None
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
    warnings: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return self.verdict in (TRUSTED, UNKNOWN_SIGNER)

    @property
    def trusted(self) -> bool:
        return self.verdict == TRUSTED

    @property
    def package_id(self) -> str | None:
        return self.manifest.get("package_id") if self.manifest else None

    def describe(self) -> str:
        """One line for people: the verdict and, when there is one, the signer."""
        who = ""
        if self.signer is not None:
            who = f"{self.signer.name} ({self.signer.organisation or '–'}, SHA-256 {self.signer.sha256_fingerprint})"
        if self.verdict == TRUSTED:
            return f"intact, signed by {who}: trusted signer"
        if self.verdict == UNKNOWN_SIGNER:
            return f"intact, signed by {who}: signer not trusted"
        return f"{self.verdict}: {self.reason}"


def check_file(
    path: str | Path, *, trusted: Sequence[bytes] = (), decryption: Decryption | None = None
) -> PackageCheck:
    try:
        data = read_package_file(path)
    except PackageError as exc:
        return PackageCheck(INVALID, exc.reason)
    return check_package(data, trusted=trusted, decryption=decryption)


def check_package(data: bytes, *, trusted: Sequence[bytes] = (), decryption: Decryption | None = None) -> PackageCheck:
    """Open and check a package in memory. Never raises for what is in the package: the verdict and
    the reason say what is wrong."""
    check = PackageCheck(INVALID, file_sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    try:
        _check(data, check, trusted, decryption)
    except PackageError as exc:
        check.verdict, check.reason = exc.verdict, exc.reason
        check.document = check.assessment = check.report_pdf = None
    except RecursionError:
        check.verdict, check.reason = INVALID, "the package's JSON is nested too deeply"
    return check


def _check(data: bytes, check: PackageCheck, trusted: Sequence[bytes], decryption: Decryption | None) -> None:
    from ..interchange.document import DocumentError, loads, parse_document, schema_bytes

    inner, check.enveloped = unwrap(data, decryption)
    check.package_sha256 = hashlib.sha256(inner).hexdigest()
    _check_end_record(inner)
    try:
        zf = zipfile.ZipFile(io.BytesIO(inner))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError, struct.error) as exc:
        raise PackageError(f"the file is truncated or damaged (not a readable zip: {_one_line(exc)})") from exc
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
            raise PackageError(f"the manifest does not list exactly the package's files ({', '.join(extra)})", TAMPERED)
        roots = _trust_roots(trusted)
        certificate, signer_trusted = _verify_manifest(manifest_bytes, signature, roots, check)
        files = {name: read_entry(zf, infos[name], MAX_ENTRY_BYTES, budget) for name in DATA_NAMES}
    for entry in manifest["files"]:
        got = files[entry["name"]]
        if len(got) != entry["size"] or hashlib.sha256(got).hexdigest() != entry["sha256"]:
            raise PackageError(
                f"{entry['name']} was changed after the package was signed (its hash does not match the manifest)",
                TAMPERED,
            )
    if files[SCHEMA_NAME] != schema_bytes():
        from ..interchange.document import loads as _loads

        declared = _loads(files[SCHEMA_NAME], SCHEMA_NAME)
        if not isinstance(declared, dict) or declared.get("$id") != json.loads(schema_bytes()).get("$id"):
            raise PackageError("the package's schema is not the assessment document schema, format 1")
    try:
        doc = loads(files[DOCUMENT_NAME], DOCUMENT_NAME)
        assessment = parse_document(doc)
    except DocumentError as exc:
        raise PackageError(f"{DOCUMENT_NAME}: {exc}") from exc
    a = manifest["assessment"]
    facility = doc.get("facility") or {}
    said = (a.get("id"), a.get("revision"), a.get("facility"), a.get("tax_code"), a.get("province"))
    has = (doc.get("id"), doc.get("revision"), facility.get("name"), facility.get("tax_code"), facility.get("province"))
    if said != has:
        raise PackageError("the manifest's assessment (id, revision, facility) differs from the document", TAMPERED)
    _verify_report(files[REPORT_NAME], certificate, roots)
    check.package_bytes = inner
    check.document, check.document_bytes, check.assessment = doc, files[DOCUMENT_NAME], assessment
    check.report_pdf = files[REPORT_NAME]
    if signer_trusted:
        check.verdict = TRUSTED
    else:
        check.verdict, check.reason = UNKNOWN_SIGNER, "signer not trusted"


def _parse_manifest(raw: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError("manifest.json is not JSON in UTF-8", TAMPERED) from exc
    ok = (
        isinstance(manifest, dict)
        and isinstance(manifest.get("files"), list)
        and isinstance(manifest.get("assessment"), dict)
        and isinstance(manifest.get("package_id"), str)
    )
    if not ok:
        raise PackageError("manifest.json lacks its package id, assessment or list of files")
    if manifest.get("format") != PACKAGE_FORMAT:
        raise PackageError(f"manifest.json: format should be '{PACKAGE_FORMAT}'")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageError("manifest.json: format_version should be a whole number")
    if version > PACKAGE_FORMAT_VERSION:
        raise PackageError(
            f"the package's format version {version} is newer than this app reads "
            f"({PACKAGE_FORMAT_VERSION}); update SXSH Desktop"
        )
    try:
        uuid.UUID(manifest["package_id"])
    except ValueError as exc:
        raise PackageError("manifest.json: package_id is not a UUID") from exc
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
            raise PackageError("manifest.json: each file needs a name, a SHA-256 and a size")
        if entry["name"] in names:
            raise PackageError(f"manifest.json lists {entry['name']} twice")
        names.add(entry["name"])
    return manifest


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

    from .identity import quiet_pyhanko_logs, signer_info
    from .signing import _run

    try:
        content_info = cms.ContentInfo.load(signature)
        if content_info["content_type"].native != "signed_data":
            raise ValueError("not signed data")
        signed_data = content_info["content"]
        signed_data["signer_infos"][0]["sid"]  # noqa: B018 - the parts read first
    except Exception as exc:
        raise PackageError(
            "the manifest's signature cannot be read (damaged or not a CMS signature)", TAMPERED
        ) from exc
    quiet_pyhanko_logs()
    try:
        status = _run(
            async_validate_detached_cms(manifest, signed_data, signer_validation_context=_validation_context(roots))
        )
    except Exception as exc:
        raise PackageError(f"the manifest's signature cannot be checked ({_one_line(exc)})", TAMPERED) from exc
    cert = status.signing_cert
    check.signer, check.signer_certificate = signer_info(cert), bytes(cert.dump())
    if not status.intact:
        raise PackageError("manifest.json was changed after it was signed (its signature does not match)", TAMPERED)
    if not status.valid:
        raise PackageError("the manifest's signature is not valid for its certificate", TAMPERED)
    return check.signer_certificate, bool(status.trusted) and bool(roots)


def _verify_report(pdf: bytes, certificate: bytes, roots: list[Any]) -> None:
    """The report's own PAdES signature: intact, covering the whole file, by the manifest's signer."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    from .identity import quiet_pyhanko_logs

    quiet_pyhanko_logs()
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:
        raise PackageError(f"report.pdf cannot be read as a PDF ({_one_line(exc)})", TAMPERED) from exc
    if not signatures:
        raise PackageError("report.pdf is not signed", TAMPERED)
    sig = signatures[-1]
    try:
        # the signature must cover the whole file (checked below), so there is no later revision
        # whose changes would need pyHanko's difference analysis
        status = validate_pdf_signature(sig, _validation_context(roots), skip_diff=True)
    except Exception as exc:
        raise PackageError(f"report.pdf's signature cannot be checked ({_one_line(exc)})", TAMPERED) from exc
    if not (status.intact and status.valid):
        raise PackageError("report.pdf was changed after it was signed (its signature does not match)", TAMPERED)
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        raise PackageError("report.pdf has content added after its signature", TAMPERED)
    if bytes(status.signing_cert.dump()) != certificate:
        raise PackageError("report.pdf is signed by someone other than the package's signer", TAMPERED)
