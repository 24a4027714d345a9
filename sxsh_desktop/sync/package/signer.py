"""Who signed a package, against what the package says: the signer's certificate valid when the
package is taken (or a timestamp proving the report was signed while it was valid), and the signer
being the consultant the assessment document names.

A certificate that has expired since signing is no reason to refuse a package signed in time; only
a signature timestamp (PAdES B-T, a timestamp authority's token over the report's signature) proves
when it was signed: the signing time a signer writes into its own signature is its own word. The
timestamp token must be intact and cryptographically valid; its authority's chain is not validated
offline (the Sở holds no TSA roots), which docs/packages.md says.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from ...domain.message import Message
from .format import said


def _day(when: dt.datetime) -> dt.date:
    return when.astimezone(dt.UTC).date()


def signature_timestamp(status: Any) -> dt.datetime | None:
    """The time a timestamp authority vouches for over the report's signature, when the report has a
    timestamp token that checks out; None otherwise."""
    ts = getattr(status, "timestamp_validity", None)
    if ts is None or not (ts.intact and ts.valid):
        return None
    return ts.timestamp


def validity_problem(certificate: Any, timestamp: dt.datetime | None, now: dt.datetime | None = None) -> Message | None:
    """Why the signer's certificate (asn1crypto) cannot vouch for the package now, or None."""
    validity = certificate["tbs_certificate"]["validity"]
    not_before, not_after = validity["not_before"].native, validity["not_after"].native
    now = now or dt.datetime.now(dt.UTC)
    if not_before <= now <= not_after:
        return None
    if timestamp is not None and not_before <= timestamp <= not_after:
        return None  # expired since, but signed in time, as the timestamp proves
    if now < not_before:
        return said("signer.certificate_not_yet_valid", date=_day(not_before))
    if timestamp is not None:
        return said("signer.certificate_expired_timestamp", date=_day(not_after), timestamp=_day(timestamp))
    return said("signer.certificate_expired", date=_day(not_after))


def _person(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def consultant_note(signer_name: str | None, doc: dict[str, Any]) -> Message | None:
    """A note when the package's signer is not the consultant the document names (or it names none)."""
    consultant = doc.get("consultant")
    if not isinstance(consultant, dict):
        consultant = {}
    named = str(consultant.get("name") or "").strip()
    if not signer_name:
        return None
    if not named:
        return said("signer.no_consultant", signer=signer_name)
    if _person(named) != _person(signer_name):
        return said("signer.not_consultant", signer=signer_name, named=named)
    return None
