"""Encryption to a Sở: the CMS envelope made and opened, and the certificates and keys it takes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .format import _ENVELOPED_OID, _ZIP_MAGIC, MAX_PACKAGE_BYTES, PackageError, said

if TYPE_CHECKING:  # pragma: no cover
    from ...domain.message import Message


def envelope(package: bytes, recipient: Any, *, now: dt.datetime | None = None) -> bytes:
    """The package sealed to a Sở's certificate (authenvelope.py: CMS AuthEnvelopedData, AES-256-GCM,
    RSA-OAEP), once the certificate is one to encrypt to (`check_recipient`)."""
    from .authenvelope import seal

    check_recipient(recipient, now)
    return seal(package, recipient)


def check_recipient(certificate: Any, now: dt.datetime | None = None) -> None:
    """Refuse a certificate a package must not be encrypted to: not valid now (expired or not yet
    valid), a key usage that does not allow key encipherment, or a key other than RSA."""
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import rsa

    who = _subject(certificate)
    now = now or dt.datetime.now(dt.UTC)
    if now > certificate.not_valid_after_utc:
        raise PackageError(said("recipient.expired", who=who, date=certificate.not_valid_after_utc.date()))
    if now < certificate.not_valid_before_utc:
        raise PackageError(said("recipient.not_yet_valid", who=who, date=certificate.not_valid_before_utc.date()))
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None  # no key usage: not restricted (RFC 5280, 4.2.1.3)
    if usage is not None and not usage.key_encipherment:
        raise PackageError(said("recipient.no_key_encipherment", who=who))
    if not isinstance(certificate.public_key(), rsa.RSAPublicKey):
        raise PackageError(said("recipient.not_rsa", who=who))


def _subject(certificate: Any) -> str | Message:
    from cryptography.x509.oid import NameOID

    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return f"'{names[0].value}'" if names else said("recipient.this_certificate")


def load_certificates(path: str | Path) -> list[bytes]:
    """The certificates (DER) in a PEM or DER file; PackageError naming the file when there is none."""
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    p = Path(path)
    try:
        blob = p.read_bytes()
    except OSError as exc:
        raise PackageError(said("certificate.unreadable", path=str(p), error=str(exc.strerror or exc))) from exc
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
    except Exception as exc:  # the parser raises many types on damaged input: each is said as this refusal
        raise PackageError(said("certificate.not_certificate", path=str(p))) from exc
    if not ders:
        raise PackageError(said("certificate.none", path=str(p)))
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
    def from_file(
        cls, path: str | Path, passphrase: bytes | None, *, certificate: str | Path | None = None
    ) -> Decryption:
        """From a PKCS#12 file, a PEM file holding the private key and the certificate, or a PEM key
        with its certificate in another file (`certificate`, PEM or DER)."""
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization

        from ...signing.identity import load_pkcs12

        p = Path(path)
        try:
            blob = p.read_bytes()
        except OSError as exc:
            raise PackageError(said("key.unreadable", path=str(p), error=str(exc.strerror or exc))) from exc
        if b"-----BEGIN" not in blob:
            ident = load_pkcs12(p, passphrase)
            return cls(ident.key, ident.certificate)
        try:
            key = serialization.load_pem_private_key(blob, passphrase)
        except TypeError as exc:
            raise PackageError(
                said("key.protected" if passphrase is None else "key.not_protected", path=str(p))
            ) from exc
        except ValueError as exc:
            raise PackageError(said("key.no_private_key", path=str(p))) from exc
        spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        public = key.public_key().public_bytes(*spki)
        if certificate is not None:
            given = [x509.load_der_x509_certificate(der) for der in load_certificates(certificate)]
            mine = [c for c in given if c.public_key().public_bytes(*spki) == public]
            if not mine:
                raise PackageError(said("key.other_certificate", certificate=str(certificate), path=str(p)))
            return cls(key, mine[0])
        try:
            certs = x509.load_pem_x509_certificates(blob)
        except ValueError:
            certs = []
        mine = [c for c in certs if c.public_key().public_bytes(*spki) == public]
        if not mine:
            raise PackageError(said("key.no_certificate", path=str(p)))
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


def is_enveloped(data: bytes) -> bool:
    """An encrypted package: AuthEnvelopedData (now) or EnvelopedData (packages made before)."""
    from .authenvelope import is_sealed

    return data[:1] == b"\x30" and (_ENVELOPED_OID in data[:32] or is_sealed(data))


def unwrap(data: bytes, decryption: Decryption | None) -> tuple[bytes, bool]:
    """The zip inside `data` (decrypted when enveloped) and whether it was enveloped."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageError(said("package.too_large", size_bytes=len(data), limit_bytes=MAX_PACKAGE_BYTES))
    if data[:4] == _ZIP_MAGIC:
        return data, False
    if not is_enveloped(data):
        if not data:
            raise PackageError(said("package.empty"))
        raise PackageError(said("package.not_package"))
    if decryption is None:
        raise PackageError(said("package.encrypted_no_key"))
    from cryptography.hazmat.primitives.serialization import pkcs7

    from .authenvelope import is_sealed, open_sealed

    try:
        if is_sealed(data):
            inner = open_sealed(data, decryption.certificate, decryption.key)
        else:  # packages enveloped before AES-GCM: EnvelopedData, RSA PKCS#1 v1.5, AES-256-CBC
            inner = pkcs7.pkcs7_decrypt_der(data, decryption.certificate, decryption.key, [])
    except PackageError:
        raise
    except ValueError as exc:
        raise PackageError(said("package.not_for_this_key")) from exc
    except Exception as exc:  # the parser raises many types on damaged input: each is said as this refusal
        raise PackageError(said("package.cannot_decrypt", error=type(exc).__name__)) from exc
    if len(inner) > MAX_PACKAGE_BYTES:
        raise PackageError(said("package.decrypted_too_large"))
    if inner[:4] != _ZIP_MAGIC:
        raise PackageError(said("package.encrypted_not_package"))
    return inner, True
