"""The package's encryption since format 1.1 of the envelope: CMS AuthEnvelopedData (RFC 5083) with the
content encrypted by AES-256-GCM (RFC 5084; 12-byte nonce, 16-byte tag) and the content key
transported to the Sở with RSAES-OAEP (SHA-256, MGF1-SHA-256; RFC 8017, RFC 4055).

`cryptography`'s PKCS7EnvelopeBuilder offers only RSA PKCS#1 v1.5 key transport and AES-CBC (no
integrity of its own), so the structure is assembled with asn1crypto and the primitives come from
`cryptography` (AESGCM, RSA OAEP); nothing cryptographic is written here. OpenSSL reads it
(`openssl cms -decrypt -inform DER -inkey KEY -recip CERT`). Packages enveloped the old way
(EnvelopedData, PKCS#1 v1.5, AES-256-CBC) are still opened (envelope.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from asn1crypto import core

from .format import PackageError, said

AUTH_ENVELOPED_OID = bytes.fromhex("060b2a864886f70d0109100117")  # 1.2.840.113549.1.9.16.1.23
NONCE_BYTES = 12
TAG_BYTES = 16


class GCMParameters(core.Sequence):
    """RFC 5084: GCMParameters ::= SEQUENCE { aes-nonce OCTET STRING, aes-ICVlen INTEGER DEFAULT 12 }"""

    _fields = [("aes_nonce", core.OctetString), ("aes_icvlen", core.Integer, {"default": 12})]


def _oaep_algorithm() -> Any:
    from asn1crypto import algos, cms

    return cms.KeyEncryptionAlgorithm(
        {
            "algorithm": "rsaes_oaep",
            "parameters": algos.RSAESOAEPParams(
                {
                    "hash_algorithm": {"algorithm": "sha256"},
                    "mask_gen_algorithm": {"algorithm": "mgf1", "parameters": {"algorithm": "sha256"}},
                }
            ),
        }
    )


def seal(data: bytes, recipient: Any) -> bytes:
    """`data` as DER ContentInfo(AuthEnvelopedData) to one recipient (a cryptography RSA certificate)."""
    from asn1crypto import cms
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import Encoding

    cert = asn1_x509.Certificate.load(recipient.public_bytes(Encoding.DER))
    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, data, None)  # no authenticated attributes: no AAD
    ciphertext, tag = sealed[:-TAG_BYTES], sealed[-TAG_BYTES:]
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    encrypted_key = recipient.public_key().encrypt(key, oaep)
    ktri = cms.KeyTransRecipientInfo(
        {
            "version": "v0",
            "rid": cms.RecipientIdentifier(
                {
                    "issuer_and_serial_number": cms.IssuerAndSerialNumber(
                        {"issuer": cert.issuer, "serial_number": cert.serial_number}
                    )
                }
            ),
            "key_encryption_algorithm": _oaep_algorithm(),
            "encrypted_key": encrypted_key,
        }
    )
    params = GCMParameters({"aes_nonce": nonce, "aes_icvlen": TAG_BYTES})
    content = cms.EncryptedContentInfo(
        {
            "content_type": "data",
            "content_encryption_algorithm": {"algorithm": "aes256_gcm", "parameters": core.Any.load(params.dump())},
            "encrypted_content": ciphertext,
        }
    )
    enveloped = cms.AuthEnvelopedData(
        {
            "version": "v0",
            "recipient_infos": [cms.RecipientInfo({"ktri": ktri})],
            "auth_encrypted_content_info": content,
            "mac": tag,
        }
    )
    return cms.ContentInfo({"content_type": "authenticated_enveloped_data", "content": enveloped}).dump()


def is_sealed(data: bytes) -> bool:
    return data[:1] == b"\x30" and AUTH_ENVELOPED_OID in data[:32]


_NOT_FOR_THIS_KEY = "package.not_for_this_key"


def open_sealed(data: bytes, certificate: Any, key: Any) -> bytes:
    """The content of a sealed package, for the Sở holding `key` and `certificate` (cryptography)."""
    from asn1crypto import cms
    from asn1crypto import x509 as asn1_x509
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import Encoding

    try:
        info = cms.ContentInfo.load(data)
        enveloped = info["content"]
        mine = asn1_x509.Certificate.load(certificate.public_bytes(Encoding.DER))
        content = enveloped["auth_encrypted_content_info"]
        algorithm = content["content_encryption_algorithm"]
        if algorithm["algorithm"].native != "aes256_gcm":
            raise PackageError(said("package.cipher_unknown", algorithm=str(algorithm["algorithm"].native)))
        params = GCMParameters.load(algorithm["parameters"].dump())
        nonce, tag_len = params["aes_nonce"].native, params["aes_icvlen"].native
        ciphertext, tag = content["encrypted_content"].native or b"", enveloped["mac"].native
        recipients = [r.chosen for r in enveloped["recipient_infos"] if r.name == "ktri"]
    except PackageError:
        raise
    except Exception as exc:  # the parser raises many types on damaged input: each is said as this refusal
        raise PackageError(said("package.envelope_unreadable")) from exc
    if tag_len != TAG_BYTES or len(tag) != TAG_BYTES or len(nonce) < 1:
        raise PackageError(said("package.tag_malformed"))
    for ktri in recipients:
        rid = ktri["rid"].chosen
        if not isinstance(rid, cms.IssuerAndSerialNumber):
            continue
        if rid["issuer"] != mine.issuer or rid["serial_number"].native != mine.serial_number:
            continue
        kea = ktri["key_encryption_algorithm"]
        if kea["algorithm"].native != "rsaes_oaep":
            raise PackageError(said("package.key_transport", algorithm=str(kea["algorithm"].native)))
        digest = kea["parameters"]["hash_algorithm"]["algorithm"].native
        mgf_digest = kea["parameters"]["mask_gen_algorithm"]["parameters"]["algorithm"].native
        hash_of: dict[str, Callable[[], hashes.HashAlgorithm]] = {
            "sha256": hashes.SHA256,
            "sha384": hashes.SHA384,
            "sha512": hashes.SHA512,
            "sha1": hashes.SHA1,
        }
        if digest not in hash_of or mgf_digest not in hash_of:
            raise PackageError(said("package.key_transport_digest", algorithm=str(digest)))
        oaep = padding.OAEP(mgf=padding.MGF1(hash_of[mgf_digest]()), algorithm=hash_of[digest](), label=None)
        try:
            content_key = key.decrypt(ktri["encrypted_key"].native, oaep)
            return AESGCM(content_key).decrypt(nonce, ciphertext + tag, None)
        except (ValueError, InvalidTag) as exc:
            raise PackageError(said(_NOT_FOR_THIS_KEY)) from exc
    raise PackageError(said(_NOT_FOR_THIS_KEY))
