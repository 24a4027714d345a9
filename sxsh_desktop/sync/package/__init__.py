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

Optionally the whole zip is encrypted to a Sở's certificate: CMS AuthEnvelopedData in DER, AES-256-GCM
with the content key transported by RSA-OAEP (authenvelope.py); packages enveloped before (EnvelopedData,
AES-256-CBC, RSA PKCS#1 v1.5) are still opened. docs/packages.md says what each uses and why. A file is
told apart by its first bytes: a zip starts "PK\\x03\\x04", an encrypted package is a DER ContentInfo of
authenticated-enveloped-data or enveloped-data.

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

The package: format (names, caps, verdicts, the manifest), build (the zip and its signature),
envelope (encryption to a Sở, certificates and keys), safezip (opening without trusting the zip),
verify (the verdict). Everything is importable from here as before.
"""

from .build import (
    build_package,
    zip_entries,
)
from .envelope import (
    Decryption,
    envelope,
    is_enveloped,
    load_certificates,
    load_recipient_certificate,
    unwrap,
)
from .format import (
    DATA_NAMES,
    DOCUMENT_NAME,
    ENTRY_NAMES,
    INVALID,
    MANIFEST_NAME,
    MAX_CENTRAL_DIRECTORY_BYTES,
    MAX_ENTRIES,
    MAX_ENTRY_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_PACKAGE_BYTES,
    MAX_RATIO,
    MAX_SIGNATURE_BYTES,
    MAX_TOTAL_BYTES,
    PACKAGE_FORMAT,
    PACKAGE_FORMAT_VERSION,
    PRODUCER,
    RATIO_FLOOR,
    READ_CHUNK,
    REPORT_NAME,
    SCHEMA_NAME,
    SIGNATURE_NAME,
    SUFFIX,
    TAMPERED,
    TRUSTED,
    UNKNOWN_SIGNER,
    ZIP_TIME,
    PackageError,
    canonical_json,
    make_manifest,
)
from .safezip import (
    _Budget,
    read_entry,
    read_package_file,
    read_report,
    scan_entries,
    zlib_error,
)
from .verify import (
    PackageCheck,
    check_file,
    check_package,
)

__all__ = [
    "DATA_NAMES",
    "DOCUMENT_NAME",
    "Decryption",
    "ENTRY_NAMES",
    "INVALID",
    "MANIFEST_NAME",
    "MAX_CENTRAL_DIRECTORY_BYTES",
    "MAX_ENTRIES",
    "MAX_ENTRY_BYTES",
    "MAX_MANIFEST_BYTES",
    "MAX_PACKAGE_BYTES",
    "MAX_RATIO",
    "MAX_SIGNATURE_BYTES",
    "MAX_TOTAL_BYTES",
    "PACKAGE_FORMAT",
    "PACKAGE_FORMAT_VERSION",
    "PRODUCER",
    "PackageCheck",
    "PackageError",
    "RATIO_FLOOR",
    "READ_CHUNK",
    "REPORT_NAME",
    "SCHEMA_NAME",
    "SIGNATURE_NAME",
    "SUFFIX",
    "TAMPERED",
    "TRUSTED",
    "UNKNOWN_SIGNER",
    "ZIP_TIME",
    "_Budget",
    "build_package",
    "canonical_json",
    "check_file",
    "check_package",
    "envelope",
    "is_enveloped",
    "load_certificates",
    "load_recipient_certificate",
    "make_manifest",
    "read_entry",
    "read_package_file",
    "read_report",
    "scan_entries",
    "unwrap",
    "zip_entries",
    "zlib_error",
]
