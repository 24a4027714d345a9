"""Encryption to a Sở: the CMS envelope made and opened, and the certificates and keys it takes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .format import _ENVELOPED_OID, _ZIP_MAGIC, MAX_PACKAGE_BYTES, PackageError, _mb

if TYPE_CHECKING:  # pragma: no cover
    pass


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

        from ...signing.identity import load_pkcs12

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
        spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        public = key.public_key().public_bytes(*spki)
        mine = [c for c in certs if c.public_key().public_bytes(*spki) == public]
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
