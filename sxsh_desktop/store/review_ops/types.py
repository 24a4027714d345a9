"""What the review operations take and give: the review steps, the records of an import, the
summaries and details, the trusted signers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...domain.message import Message
from ..errors import StoreError

# review steps a reviewer may take from each state (a new revision puts the state back to "received")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "received": ("has_issues", "approved", "rejected"),
    "has_issues": ("received", "approved", "rejected"),
    "approved": ("has_issues", "rejected"),
    "rejected": ("received", "has_issues"),
}
STATE_WORDS = {"received": "received", "has_issues": "has issues", "approved": "approved", "rejected": "rejected"}
GROUPS = ("province", "vsic", "sector", "year")
METHODS = ("regression", "ratio")  # of an assessment's savings, as the savings summary names them
SYSTEM = "system"


class ReviewError(StoreError):
    """A review step or query that cannot be done; one line for the user."""


@dataclass(frozen=True)
class Choices:
    """The words a review command takes, as a message's parameter: listed as they are typed in English
    (the CLI's words), by their names in Vietnamese (the code `names`.<word> of the catalogue each)."""

    words: tuple[str, ...]
    names: str

    def text(self, language: str = "en") -> str:
        if language != "vi":
            return ", ".join(self.words)
        return ", ".join(Message(f"{self.names}.{w}").text("vi") for w in self.words)


def not_one_of(code: str, choices: tuple[str, ...], names: str, **given: str) -> Message:
    """The refusal `code` of a word that is not one of `choices` (their names: the codes `names`.<choice>)."""
    return Message(code, {**given, "listed": Choices(choices, names)})


# -- what goes in ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """The savings of one assessment that the dashboard adds up (from the savings summary)."""

    energy_saving_toe: float = 0.0
    saving_gj: float = 0.0
    water_saving_m3: float = 0.0
    co2_saving_t: float = 0.0
    cost_saving_vnd: float = 0.0
    energy_saving_percent: float | None = None
    met_target: bool = False
    # the method of its savings: "regression" when any resource's came from a model on monthly
    # readings, "ratio" otherwise; None for a row received before this was kept, not yet worked out
    method: str | None = "ratio"


@dataclass(frozen=True)
class IncomingPackage:
    """A checked package, ready to be recorded."""

    package_id: str
    sha256: str
    file_sha256: str
    size: int
    enveloped: bool
    created_at: str
    producer: str
    signer_name: str
    signer_organisation: str
    signer_serial: str
    signer_fingerprint: str
    signer_certificate: bytes
    verdict: str  # trusted | unknown_signer
    package_bytes: bytes
    assessment_id: str
    revision: int
    document: dict[str, Any]
    content_digest: str
    facility_name: str
    tax_code: str
    province: str
    vsic: str
    sector: str
    year: int | None
    figures: Figures


@dataclass(frozen=True)
class ImportRecord:
    """What recording a package did. status: imported | already_imported | superseded | refused."""

    status: str
    assessment_id: str
    revision: int
    superseded_revision: int | None = None  # the older revision this one replaced
    newer_revision: int | None = None  # for "superseded": the newer revision already here
    said: Message | None = None  # why it was refused

    @property
    def reason(self) -> str | None:
        return None if self.said is None else self.said.text("en")

    def line(self) -> Message:
        """What recording did, as a message (its English is what `sxsh import` prints)."""
        if self.status == "imported":
            if self.superseded_revision is None:
                return Message("outcome.imported")
            return Message("outcome.imported_supersedes", {"revision": self.superseded_revision})
        if self.status == "already_imported":
            return Message("outcome.already_imported")
        if self.status == "superseded":
            return Message("outcome.superseded", {"revision": self.revision, "newer": self.newer_revision})
        return Message("outcome.refused", {"reason": self.said})

    def describe(self, language: str = "en") -> str:
        return self.line().text(language)


# -- what comes out ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedSummary:
    """One row of the review list (the newest revision unless asked otherwise)."""

    assessment_id: str
    revision: int
    current: bool
    facility_name: str
    tax_code: str
    province: str
    vsic: str
    sector: str
    year: int | None
    figures: Figures
    state: str
    signer_name: str
    signer_organisation: str
    signer_fingerprint: str
    verdict: str
    received_at: str
    package_id: str
    superseded_by: int | None


@dataclass(frozen=True)
class Comment:
    assessment_id: str
    revision: int
    author: str
    text: str
    created_at: str


@dataclass(frozen=True)
class AuditEntry:
    at: str
    who: str
    action: str
    assessment_id: str | None
    revision: int | None
    detail: str  # in English, as `sxsh review --log` prints it
    said: Message | None = None  # the detail as a message; None for an entry written before (or a comment)


@dataclass(frozen=True)
class ReceivedDetail:
    summary: ReceivedSummary
    document: dict[str, Any]
    revisions: list[ReceivedSummary]  # every revision received, newest first
    comments: list[Comment]
    state_updated_at: str
    state_updated_by: str


@dataclass(frozen=True)
class TrustedSigner:
    fingerprint: str
    name: str
    organisation: str
    not_after: str
    certificate: bytes
    added_at: str
    added_by: str


@dataclass(frozen=True)
class ReviewChange:
    """What a review operation changed (sent to subscribers after the commit)."""

    what: str
    assessment_id: str | None = None
    ids: tuple[str, ...] = field(default_factory=tuple)


class _NoChange(Exception):  # control flow: roll the transaction back, answer `record`
    def __init__(self, record: ImportRecord):
        self.record = record


def sort_key(value: Any) -> tuple[Any, ...]:
    """Order for people: numbers by value, text by its letters without marks (đ as d), then as written;
    empty last."""
    import unicodedata

    if value is None or value == "":
        return (2, "", "")
    if isinstance(value, int | float):
        return (0, value, "")
    text = str(value).replace("đ", "d").replace("Đ", "D")
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return (1, plain.casefold(), str(value))


def _who(by: str | None) -> str:
    name = " ".join((by or "").split())
    return name or SYSTEM
