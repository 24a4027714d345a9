"""Consultant identities: who signs a report or a sync package.

Three kinds, one signer abstraction (a pyHanko `Signer`) for everything that signs:

* a self-issued identity made here (`new_identity`): an RSA 3072 key and an X.509 certificate
  (CN, O, C=VN; key usage digitalSignature + nonRepudiation; 3 years), in a PKCS#12 file
  protected by a passphrase;
* a PKCS#12 file from a public CA, used as it is;
* a PKCS#11 token (the USB tokens of Vietnamese CAs), by library path, token label, key label
  and PIN.

`open_signer(settings)` gives the pyHanko signer for any of them, checked (passphrase or PIN
right, certificate within its validity period). Every failure is an `IdentityError` whose
message is one line that names the file or the token and what is wrong.

pyHanko and the PKCS#11 binding are imported inside the functions: importing this module is cheap.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.message import Message, free_text

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # pragma: no cover
    from cryptography import x509
    from pyhanko.sign.signers import Signer

KEY_SIZE = 3072
VALIDITY_YEARS = 3
COUNTRY = "VN"
MIN_PASSPHRASE = 8  # characters of a self-issued identity's passphrase


class IdentityError(Exception):
    """An identity that cannot be made, read or used; `str()` is one line for the user (English). Given a
    message of the catalogue, `said` keeps it, for a screen to say in its language."""

    def __init__(self, said: Message | str) -> None:
        self.said = said if isinstance(said, Message) else free_text(said)
        super().__init__(self.said.text("en"))


@dataclass(frozen=True)
class SignerSettings:
    """Where the signing key is: a PKCS#12 file and its passphrase, or a PKCS#11 token."""

    identity: str | Path | None = None  # PKCS#12 file
    passphrase: bytes | None = None
    pkcs11_lib: str | None = None
    token_label: str | None = None
    key_label: str | None = None
    cert_label: str | None = None  # defaults to the key label
    pin: str | None = None

    @property
    def is_pkcs11(self) -> bool:
        return self.pkcs11_lib is not None

    def describe(self) -> str:
        if self.is_pkcs11:
            return f"token '{self.token_label}' key '{self.key_label}'"
        return f"identity file {self.identity}"


@dataclass(frozen=True)
class SignerInfo:
    """What a certificate says about its holder, for the stamp, the report and the package."""

    name: str
    organisation: str
    country: str
    email: str
    serial: str
    not_before: dt.datetime
    not_after: dt.datetime
    sha256_fingerprint: str
    self_issued: bool


# -- secrets ---------------------------------------------------------------------------------


def read_secret_file(path: str | Path, what: str = "passphrase") -> str:
    """The first line of a passphrase or PIN file (`what`: "passphrase" or "PIN"), without its line ending."""
    secret_name = Message("secret.pin" if what == "PIN" else "secret.passphrase")
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        said = {"path": str(path), "what": secret_name, "error": str(exc.strerror or exc)}
        raise IdentityError(Message("secret.unreadable", said)) from exc
    except UnicodeDecodeError as exc:
        raise IdentityError(Message("secret.not_utf8", {"path": str(path), "what": secret_name})) from exc
    lines = text.splitlines()
    secret = lines[0] if lines else ""
    if not secret:
        raise IdentityError(Message("secret.empty", {"path": str(path), "what": secret_name}))
    return secret


# -- self-issued identities ------------------------------------------------------------------


def new_identity(
    name: str,
    organisation: str,
    path: str | Path,
    passphrase: bytes,
    *,
    email: str | None = None,
    years: int = VALIDITY_YEARS,
    not_before: dt.datetime | None = None,
    overwrite: bool = False,
) -> x509.Certificate:
    """Make a self-issued identity and write it as a PKCS#12 file protected by `passphrase`."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    name, organisation = name.strip(), organisation.strip()
    if not name:
        raise IdentityError(Message("identity.no_name"))
    if not organisation:
        raise IdentityError(Message("identity.no_organisation"))
    if len(passphrase) < MIN_PASSPHRASE:
        raise IdentityError(Message("identity.short_passphrase", {"n": MIN_PASSPHRASE}))
    target = Path(path)
    if target.exists() and not overwrite:
        raise IdentityError(Message("identity.exists", {"path": str(target)}))

    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
    attributes = [
        x509.NameAttribute(NameOID.COMMON_NAME, name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        x509.NameAttribute(NameOID.COUNTRY_NAME, COUNTRY),
    ]
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    subject = x509.Name(attributes)
    start = (not_before or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    end = (
        start.replace(year=start.year + years)
        if not (start.month == 2 and start.day == 29)
        else (start + dt.timedelta(days=365 * years + years // 4))
    )
    public = key.public_key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start - dt.timedelta(minutes=5))
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=True,  # a Sở's identity also receives packages encrypted to it
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
    )
    if email:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
    cert = builder.sign(key, hashes.SHA256())
    blob = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"), key, cert, None, serialization.BestAvailableEncryption(passphrase)
    )
    _write_private(target, blob)
    return cert


def _write_private(target: Path, blob: bytes) -> None:
    import os

    tmp = target.with_name(target.name + ".part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise IdentityError(
            Message("identity.cannot_write", {"path": str(target), "error": str(exc.strerror or exc)})
        ) from exc


# -- PKCS#12 ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pkcs12Identity:
    key: Any  # a cryptography private key
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]


def load_pkcs12(path: str | Path, passphrase: bytes | None) -> Pkcs12Identity:
    """Read a PKCS#12 identity; a wrong passphrase, a damaged file or no key are told apart."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise IdentityError(
            Message("identity.unreadable", {"path": str(path), "error": str(exc.strerror or exc)})
        ) from exc
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError as exc:
        shape = _pkcs12_shape(data)
        if shape == "whole":
            raise IdentityError(Message("identity.wrong_passphrase", {"path": str(path)})) from exc
        if shape == "damaged":
            raise IdentityError(Message("identity.damaged", {"path": str(path)})) from exc
        raise IdentityError(Message("identity.not_pkcs12", {"path": str(path)})) from exc
    except Exception as exc:  # unsupported algorithms in old files
        raise IdentityError(Message("identity.cannot_open", {"path": str(path), "error": str(exc)})) from exc
    if key is None or cert is None:
        raise IdentityError(Message("identity.no_key", {"path": str(path)}))
    return Pkcs12Identity(key, cert, tuple(extra or ()))


def asn1_registry_ready() -> None:
    """asn1crypto caches the name -> OID map of CMS content types the first time it is used; the
    timestamp type ('tst_info') is only added when asn1crypto.tsp is imported. Make sure it is in,
    whatever used asn1crypto first (else timestamped signatures fail to build)."""
    import asn1crypto.tsp  # noqa: F401 - registers 'tst_info'
    from asn1crypto import cms

    reverse = cms.ContentType._reverse_map
    if reverse is not None and "tst_info" not in reverse:
        cms.ContentType._reverse_map = None


def _looks_like_pkcs12(data: bytes) -> bool:
    return _pkcs12_shape(data) == "whole"


def _pkcs12_shape(data: bytes) -> str:
    """'whole' when the PKCS#12 structure reads through (so a refusal means a wrong passphrase),
    'damaged' when it starts as one (a DER sequence, version 3) but does not read through (cut short,
    bytes altered), 'other' for anything else."""
    asn1_registry_ready()
    from asn1crypto import pkcs12

    try:
        pfx = pkcs12.Pfx.load(data, strict=True)
        if pfx["version"].native != "v3":
            return "other"
    except Exception:  # only the file's shape is asked here; asn1crypto raises many types on damage (logged)
        log.debug("the identity file is not a readable PKCS#12 structure", exc_info=True)
        return "damaged" if data[:1] == b"\x30" and b"\x02\x01\x03" in data[:8] else "other"
    try:
        pfx.native  # noqa: B018 - read the whole structure
        for info in pfx.authenticated_safe:
            info.native  # noqa: B018 - each part, down to its bags (encrypted parts stay opaque)
        return "whole"
    except Exception:  # a part that cannot be read is damage, whatever asn1crypto raised (logged)
        log.debug("a part of the identity file cannot be read", exc_info=True)
        return "damaged"


def certificate_pem(path: str | Path, passphrase: bytes | None) -> bytes:
    """The identity's certificate (and any chain it carries) in PEM."""
    from cryptography.hazmat.primitives.serialization import Encoding

    ident = load_pkcs12(path, passphrase)
    return b"".join(c.public_bytes(Encoding.PEM) for c in (ident.certificate, *ident.chain))


def export_certificate(path: str | Path, passphrase: bytes | None, out: str | Path) -> SignerInfo:
    pem = certificate_pem(path, passphrase)
    try:
        Path(out).write_bytes(pem)
    except OSError as exc:
        raise IdentityError(
            Message("identity.cannot_write_certificate", {"path": str(out), "error": str(exc.strerror or exc)})
        ) from exc
    return signer_info(load_pkcs12(path, passphrase).certificate)


# -- what a certificate says -----------------------------------------------------------------


def _as_crypto_cert(cert: Any) -> x509.Certificate:
    from cryptography import x509

    if isinstance(cert, x509.Certificate):
        return cert
    return x509.load_der_x509_certificate(cert.dump())  # asn1crypto


def signer_info(cert: Any) -> SignerInfo:
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    c = _as_crypto_cert(cert)

    def attr(oid: Any) -> str:
        values = c.subject.get_attributes_for_oid(oid)
        return str(values[0].value) if values else ""

    return SignerInfo(
        name=attr(NameOID.COMMON_NAME),
        organisation=attr(NameOID.ORGANIZATION_NAME),
        country=attr(NameOID.COUNTRY_NAME),
        email=attr(NameOID.EMAIL_ADDRESS),
        serial=format(c.serial_number, "x"),
        not_before=c.not_valid_before_utc,
        not_after=c.not_valid_after_utc,
        sha256_fingerprint=c.fingerprint(hashes.SHA256()).hex(":").upper(),
        self_issued=c.issuer == c.subject,
    )


def check_validity(cert: Any, where: str | Message, now: dt.datetime | None = None) -> SignerInfo:
    """Refuse a certificate outside its validity period, naming where it came from."""
    info = signer_info(cert)
    moment = now or dt.datetime.now(dt.UTC)
    who: str | Message = info.name or Message("identity.the_signer")
    if moment > info.not_after:
        raise IdentityError(Message("identity.expired", {"where": where, "who": who, "date": info.not_after.date()}))
    if moment < info.not_before:
        raise IdentityError(
            Message("identity.not_yet_valid", {"where": where, "who": who, "date": info.not_before.date()})
        )
    return info


# -- the signer ------------------------------------------------------------------------------


def signer_from_pkcs12(path: str | Path, passphrase: bytes | None) -> Signer:
    """A pyHanko signer over a PKCS#12 identity (self-issued or from a CA), checked."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    ident = load_pkcs12(path, passphrase)
    check_validity(ident.certificate, str(path))
    cert = asn1_x509.Certificate.load(ident.certificate.public_bytes(Encoding.DER))
    key = asn1_keys.PrivateKeyInfo.load(ident.key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
    chain = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in ident.chain]
    return _signer_class()(
        signing_cert=cert, signing_key=key, cert_registry=SimpleCertificateStore.from_certs(chain), key=ident.key
    )


@lru_cache(maxsize=1)
def _signer_class() -> type:
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from pyhanko.sign.general import get_pyca_cryptography_hash
    from pyhanko.sign.signers import SimpleSigner

    class KeyedSigner(SimpleSigner):
        """pyHanko's SimpleSigner, keeping the private key object it was given: SimpleSigner parses the
        key again (with the slow RSA consistency check) for every signature, twice per PDF."""

        def __init__(self, *, key: Any, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self._key = key

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            try:
                algo = mechanism.signature_algo
            except ValueError:
                algo = mechanism["algorithm"].native
            if algo == "rsassa_pkcs1v15" and isinstance(self._key, RSAPrivateKey):
                return self._key.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))
            return super().sign_raw(data, digest_algorithm)

    return KeyedSigner


@contextmanager
def pkcs11_signer(
    lib: str, token_label: str | None, key_label: str | None, pin: str | None, cert_label: str | None = None
) -> Iterator[Signer]:
    """A pyHanko signer on a PKCS#11 token; the session is closed when the block ends."""
    where = Message("token.where", {"label": str(token_label)})
    if not Path(lib).exists():
        raise IdentityError(Message("token.no_library", {"path": str(lib)}))
    if not token_label or not key_label:
        raise IdentityError(Message("token.labels"))
    try:
        import pkcs11
        from pkcs11 import ObjectClass
        from pkcs11 import exceptions as p11_errors
        from pyhanko.config.pkcs11 import TokenCriteria
        from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session
    except ImportError as exc:  # pragma: no cover - the binding is an optional extra
        raise IdentityError(Message("token.no_binding", {"error": str(exc)})) from exc

    try:
        session = open_pkcs11_session(lib, token_criteria=TokenCriteria(label=token_label), user_pin=pin)
    except p11_errors.PinIncorrect as exc:
        raise IdentityError(Message("token.wrong_pin", {"where": where})) from exc
    except p11_errors.PinLocked as exc:
        raise IdentityError(Message("token.pin_locked", {"where": where})) from exc
    except (p11_errors.PKCS11Error, pkcs11.PKCS11Error) as exc:
        detail = _one_line(exc) if str(exc).strip() else type(exc).__name__
        # pyHanko's own words when no token has the label (its exception type is the library's general one)
        code = "token.not_found" if detail.startswith("No token matching") else "token.no_session"
        raise IdentityError(Message(code, {"where": where, "error": detail})) from exc
    except Exception as exc:  # a token's library may raise anything of its own: said as this refusal
        raise IdentityError(Message("token.failed", {"where": where, "error": _one_line(exc)})) from exc
    try:
        try:
            session.get_key(object_class=ObjectClass.PRIVATE_KEY, label=key_label)
        except p11_errors.NoSuchKey as exc:
            raise IdentityError(Message("token.no_key", {"where": where, "label": key_label})) from exc
        except p11_errors.MultipleObjectsReturned as exc:
            raise IdentityError(Message("token.several_keys", {"where": where, "label": key_label})) from exc
        signer = PKCS11Signer(session, key_label=key_label, cert_label=cert_label or key_label)
        try:
            cert = signer.signing_cert
        except Exception as exc:  # the token's library or asn1crypto, whatever failed: said as this refusal
            label = cert_label or key_label
            raise IdentityError(
                Message("token.no_certificate", {"where": where, "label": label, "error": _one_line(exc)})
            ) from exc
        check_validity(cert, where)
        yield signer
    finally:
        try:
            session.close()
        except Exception:  # pragma: no cover - closing a dead session: nothing is left to close (logged)
            log.debug("the token's session did not close", exc_info=True)


# where the PKCS#11 libraries of common tokens are installed, by platform (hints for the user; a CA's
# token driver names its own library in its manual — on Windows a .dll in C:\Windows\System32)
PKCS11_LIBRARY_HINTS: dict[str, tuple[str, ...]] = {
    "win32": (
        r"C:\Windows\System32\opensc-pkcs11.dll",
        r"C:\Program Files\OpenSC Project\OpenSC\pkcs11\opensc-pkcs11.dll",
    ),
    "darwin": ("/Library/OpenSC/lib/opensc-pkcs11.so", "/usr/local/lib/opensc-pkcs11.so"),
    "linux": (
        "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib/opensc-pkcs11.so",
        "/usr/lib/x86_64-linux-gnu/pkcs11/opensc-pkcs11.so",
        "/usr/lib/softhsm/libsofthsm2.so",
        "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    ),
}


def pkcs11_library_hints(platform: str | None = None) -> tuple[str, ...]:
    import sys

    key = platform or sys.platform
    return PKCS11_LIBRARY_HINTS.get("linux" if key.startswith("linux") else key, ())


def pkcs11_libraries_found(platform: str | None = None) -> list[str]:
    """The hinted libraries that exist on this computer."""
    return [p for p in pkcs11_library_hints(platform) if Path(p).is_file()]


def token_certificate(settings: SignerSettings) -> SignerInfo:
    """Open the token with its PIN and say who its certificate names (and that it is within its validity
    period): what "Test" does before a token is kept as the identity. IdentityError as `open_signer`."""
    with open_signer(settings) as signer:
        return signer_certificate_info(signer)


@contextmanager
def open_signer(settings: SignerSettings) -> Iterator[Signer]:
    """The pyHanko signer of an identity file or a token, for signing PDFs and sync manifests."""
    if settings.is_pkcs11:
        with pkcs11_signer(
            str(settings.pkcs11_lib), settings.token_label, settings.key_label, settings.pin, settings.cert_label
        ) as signer:
            yield signer
        return
    if settings.identity is None:
        raise IdentityError(Message("identity.none_given"))
    yield signer_from_pkcs12(settings.identity, settings.passphrase)


def quiet_pyhanko_logs() -> None:
    """pyHanko logs validation details with tracebacks; keep them off the user's terminal unless the
    application configured logging (records still propagate to the root logger's handlers)."""
    import logging

    asn1_registry_ready()
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())


def signer_certificate_info(signer: Signer) -> SignerInfo:
    return signer_info(signer.signing_cert)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
