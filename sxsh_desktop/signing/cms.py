"""Detached CMS signatures over bytes (a sync package's manifest), made and checked by pyHanko.

The signer is the same object that signs the PDF report (`identity.open_signer`), so a package and
its report carry the same identity.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain.message import Message
from .identity import IdentityError, SignerInfo, quiet_pyhanko_logs, signer_info

if TYPE_CHECKING:  # pragma: no cover
    from pyhanko.sign.signers import Signer


class SignatureError(Exception):
    """A detached signature that cannot be read at all; the message is one line."""


@dataclass(frozen=True)
class DetachedVerification:
    intact: bool  # the data are what was signed
    valid: bool  # intact and the signature value checks out with the certificate's key
    trusted: bool  # the signer's certificate chains to one of the trusted certificates
    signer: SignerInfo
    certificate_der: bytes
    signing_time: dt.datetime | None
    summary: str  # pyHanko's one-word summary (e.g. INTACT:UNTRUSTED)

    @property
    def ok(self) -> bool:
        return self.intact and self.valid


def _run(coro: Any) -> Any:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    # Called from inside a running event loop: run in a worker thread with its own loop.
    import concurrent.futures

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def sign_detached(data: bytes, signer: Signer, *, digest_algorithm: str = "sha256") -> bytes:
    """A DER-encoded detached CMS (PKCS#7) signature of `data`, with the signing certificate in it."""
    quiet_pyhanko_logs()
    try:
        content_info = _run(signer.async_sign_general_data(data, digest_algorithm, detached=True))
    except IdentityError:
        raise
    except Exception as exc:  # pyHanko and the key's backend raise many types: each is said as this refusal
        said = {"error": " ".join(str(exc).split()) or type(exc).__name__}
        raise IdentityError(Message("identity.signing_failed", said)) from exc
    return bytes(content_info.dump())


def verify_detached(
    data: bytes, signature: bytes, trusted_certificates: list[bytes] | None = None
) -> DetachedVerification:
    """Check a detached CMS signature over `data`.

    `trusted_certificates` are DER or PEM certificates the verifier trusts as signers or roots;
    without them `trusted` is False. Raises `SignatureError` when `signature` is not CMS at all.
    """
    from asn1crypto import cms, pem
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.validation import async_validate_detached_cms
    from pyhanko_certvalidator import ValidationContext

    try:
        content_info = cms.ContentInfo.load(signature)
        if content_info["content_type"].native != "signed_data":
            raise ValueError("not signed data")
        signed_data = content_info["content"]
        signed_data.native  # noqa: B018 - parse it all now, so damage is caught here
    except Exception as exc:  # the parser raises many types on damaged input: each is said as this refusal
        raise SignatureError("the signature is not a CMS signature (damaged or not a .p7s)") from exc

    roots = []
    for blob in trusted_certificates or []:
        if pem.detect(blob):
            for _, _, der in pem.unarmor(blob, multiple=True):
                roots.append(asn1_x509.Certificate.load(der))
        else:
            roots.append(asn1_x509.Certificate.load(blob))
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    quiet_pyhanko_logs()
    try:
        status = _run(async_validate_detached_cms(data, signed_data, signer_validation_context=context))
    except Exception as exc:  # the parser raises many types on damaged input: each is said as this refusal
        raise SignatureError(f"the signature cannot be checked ({' '.join(str(exc).split())})") from exc
    cert = status.signing_cert
    return DetachedVerification(
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted) and bool(roots),
        signer=signer_info(cert),
        certificate_der=bytes(cert.dump()),
        signing_time=status.signer_reported_dt,
        summary=status.summary(),
    )
