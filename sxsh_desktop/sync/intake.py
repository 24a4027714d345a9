"""The Sở's intake: check packages and record them in the store, one transaction each.

`import_files(review, paths, options, progress=…)` is what `sxsh import` and the GUI call. For each
file: size cap, decryption, the safe opening and every check of `package.check_package` (nothing is
written anywhere while a package is checked), then, when the package is intact and its signer is
trusted (or `allow_untrusted`), one transaction in the store (`ReviewStore.record_import`). The
outcome of each file is one line: imported / imported (supersedes revision N) / already imported /
superseded (…) / refused: reason.

Every package is checked in a worker process with a time limit (sync/workers.py), so one that makes
the checking hang or crash is one "refused: …" line and the batch goes on; with `workers > 1` several
are checked at once while the store is written in order by the calling thread. A package from a
signer who is not trusted (and without `allow_untrusted`) is refused before its document is read.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.message import FieldMessage, Message
from .package import (
    INVALID,
    TRUSTED,
    UNKNOWN_SIGNER,
    Decryption,
    PackageCheck,
    check_file,
    check_package,
)
from .workers import DEFAULT_TIME_LIMIT_SECONDS, Stopped, run_checks

if TYPE_CHECKING:  # pragma: no cover
    from ..domain.model import Assessment
    from ..store.review_ops import Figures, ImportRecord, IncomingPackage, ReviewStore


@dataclass(frozen=True)
class ImportOptions:
    trusted: Sequence[bytes] = ()  # certificates (DER or PEM) trusted besides the store's trusted signers
    decryption: Decryption | None = None  # the Sở's key, for encrypted packages
    allow_untrusted: bool = False  # import packages from unknown signers, marked as such
    by: str | None = None  # who imports, for the audit log
    use_store_trust: bool = True
    time_limit: float = DEFAULT_TIME_LIMIT_SECONDS  # seconds to check one package before it is stopped


@dataclass
class ImportOutcome:
    source: str
    status: str  # imported | already_imported | superseded | refused
    line: str  # what to tell the user about this file
    verdict: str = INVALID
    signer: Any = None  # SignerInfo
    assessment_id: str | None = None
    revision: int | None = None
    superseded_revision: int | None = None  # imported: the older revision this one replaced
    newer_revision: int | None = None  # superseded: the newer revision already imported
    said: Message | None = None  # why it was refused (a code of the catalogue and its parameters)
    notes: list[Message] = field(default_factory=list)
    parts: list[Message] = field(default_factory=list)  # `line`, as messages

    @property
    def refused(self) -> bool:
        return self.status == "refused"

    @property
    def reason(self) -> str | None:
        """Why it was refused, in English (what `sxsh import` prints)."""
        return None if self.said is None else self.said.text("en")

    @property
    def warnings(self) -> list[str]:
        return [n.text("en") for n in self.notes]

    def line_text(self, language: str) -> str:
        """`line` in `language` (the English is `line` itself)."""
        return "".join(m.text(language) for m in self.parts) if self.parts else self.line


ProgressCallback = Callable[[int, int, ImportOutcome], None]


# -- figures -----------------------------------------------------------------------------------


def figures_of(assessment: Assessment) -> Figures:
    """The figures the dashboard adds up, from the savings summary of the assessment."""
    from ..domain.mv import assessment_method
    from ..domain.quantities import Quantity, UnitError, magnitude_in
    from ..domain.savings import compute_savings
    from ..domain.targets import met_in_force
    from ..store.review_ops import Figures

    s = compute_savings(assessment, "en")
    energy = s.get("energy") or {}
    water = 0.0
    for row in s.get("resources", []):
        if row.get("resource") == "water" and row.get("saving"):
            try:
                water += magnitude_in(Quantity(row["saving"]["quantity"], row["unit"]), "m**3")
            except (UnitError, ValueError):
                pass
    met = met_in_force(s.get("targets", []))
    return Figures(
        energy_saving_toe=float(energy.get("saving_toe") or 0.0),
        saving_gj=float(energy.get("saving_gj") or 0.0),
        water_saving_m3=float(water),
        co2_saving_t=float((s.get("co2") or {}).get("saving_t") or 0.0),
        cost_saving_vnd=float(s.get("cost_saving_vnd") or 0.0),
        energy_saving_percent=energy.get("saving_percent"),
        met_target=bool(met),
        method=assessment_method(s),
    )


def _year(assessment: Assessment) -> int | None:
    period = assessment.reporting
    if period is None or not period.end:
        return None
    try:
        return int(period.end[:4])
    except ValueError:
        return None


def incoming(check: PackageCheck) -> IncomingPackage:
    """What the store keeps of an intact package (the figures computed here, once)."""
    from ..interchange.document import content_digest
    from ..store.review_ops import IncomingPackage

    assert check.intact and check.assessment is not None and check.manifest is not None
    assert check.signer is not None and check.document is not None and check.package_bytes is not None
    a = check.assessment
    producer = check.manifest.get("producer") or {}
    return IncomingPackage(
        package_id=check.manifest["package_id"],
        sha256=check.package_sha256,
        file_sha256=check.file_sha256,
        size=check.size,
        enveloped=check.enveloped,
        created_at=str(check.manifest.get("created_at", ""))[:40],
        producer=f"{producer.get('name', '')} {producer.get('version', '')}".strip()[:500],
        signer_name=check.signer.name,
        signer_organisation=check.signer.organisation,
        signer_serial=check.signer.serial,
        signer_fingerprint=check.signer.sha256_fingerprint,
        signer_certificate=check.signer_certificate or b"",
        verdict=check.verdict,
        package_bytes=check.package_bytes,
        assessment_id=a.id,
        revision=a.revision,
        document=check.document,
        content_digest=content_digest(check.document),
        facility_name=a.facility.name,
        tax_code=a.facility.tax_code,
        province=a.facility.province,
        vsic=a.facility.vsic,
        sector=a.facility.sector,
        year=_year(a),
        figures=figures_of(a),
    )


# -- checking (may run in a worker process) ----------------------------------------------------


@dataclass
class _Checked:
    source: str
    verdict: str
    said: Message | None
    signer: Any
    item: IncomingPackage | None
    notes: list[Message] = field(default_factory=list)  # the check's notes (e.g. signer ≠ consultant)


def _check_one(
    source: str | bytes,
    trusted: Sequence[bytes],
    decryption: Decryption | None,
    name: str = "",
    require_trust: bool = False,
) -> _Checked:
    if isinstance(source, bytes):
        check = check_package(source, trusted=trusted, decryption=decryption, require_trust=require_trust)
    else:
        check = check_file(source, trusted=trusted, decryption=decryption, require_trust=require_trust)
        name = name or source
    item = None
    if check.intact and check.assessment is not None:
        try:
            item = incoming(check)
        except Exception as exc:  # the savings of a document that passed every check: say so, refuse
            figures = Message("intake.figures", {"problem": FieldMessage.of(exc)})
            return _Checked(name, INVALID, figures, check.signer, None)
    return _Checked(name, check.verdict, check.said, check.signer, item, list(check.notes))


_CERTIFICATE_DATES = "signer.certificate_"


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:160] or type(exc).__name__


def _as_checked(result: Any, name: str) -> _Checked:
    """What came back from a worker: a check, or why there is none."""
    if isinstance(result, _Checked):
        return result
    if isinstance(result, Stopped):
        return _Checked(name, INVALID, result.said, None, None)
    error = f"{type(result).__name__}: {_short(result)}"
    return _Checked(name, INVALID, Message("intake.not_checked", {"error": error}), None, None)


# -- importing ---------------------------------------------------------------------------------


def _trusted(review: ReviewStore, options: ImportOptions) -> list[bytes]:
    certs = list(options.trusted)
    if options.use_store_trust:
        certs += review.trusted_certificates()
    return certs


def _record(review: ReviewStore, checked: _Checked, options: ImportOptions) -> ImportOutcome:
    out = ImportOutcome(checked.source, "refused", "", checked.verdict, checked.signer)
    if checked.verdict == UNKNOWN_SIGNER and not options.allow_untrusted:
        dated = checked.said is not None and checked.said.code.startswith(_CERTIFICATE_DATES)  # expired, not yet valid
        out.said = checked.said if dated and checked.said else Message("signer.not_trusted")
        if checked.signer is not None:
            s = checked.signer
            who = {"name": s.name, "organisation": s.organisation or "–", "fingerprint": s.sha256_fingerprint}
            out.said = Message("signer.who", {"reason": out.said, **who})
    elif checked.verdict not in (TRUSTED, UNKNOWN_SIGNER) or checked.item is None:
        out.said = checked.said or Message("intake.cannot_take")
    else:
        item = checked.item
        out.assessment_id, out.revision = item.assessment_id, item.revision
        try:
            record: ImportRecord = review.record_import(item, options.by)
        except Exception as exc:  # the database: say it in words; the transaction was rolled back
            from ..store.errors import StoreError
            from ..store.words import database_error_in_words

            problem = exc.said if isinstance(exc, StoreError) else database_error_in_words(exc)
            out.said = Message("intake.store_refused", {"problem": problem})
        else:
            out.status, out.superseded_revision, out.said = record.status, record.superseded_revision, record.said
            out.newer_revision = record.newer_revision
            out.parts = [record.line()]
            for note in checked.notes:
                out.parts.append(Message("outcome.note", {"note": note}))
                out.notes.append(note)
            if record.status == "imported" and checked.verdict == UNKNOWN_SIGNER:
                out.parts.append(Message("outcome.untrusted_mark"))
                out.notes.append(Message("signer.not_trusted"))
            out.line = out.line_text("en")
            return out
    out.parts = [Message("outcome.refused", {"reason": out.said})]
    out.line = out.line_text("en")
    return out


def import_bytes(
    review: ReviewStore, data: bytes, options: ImportOptions = ImportOptions(), source: str = "package"
) -> ImportOutcome:
    job = (data, _trusted(review, options), options.decryption, source, not options.allow_untrusted)
    (result,) = run_checks(_check_one, [job], workers=1, time_limit=options.time_limit)
    return _record(review, _as_checked(result, source), options)


def import_files(
    review: ReviewStore,
    paths: Iterable[str | Path],
    options: ImportOptions = ImportOptions(),
    *,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int = 1,
) -> list[ImportOutcome]:
    """Import package files in order; `progress(done, total, outcome)` after each one; stop early when
    `cancelled()` says so (what was imported stays imported, each package being one transaction)."""
    files = [str(p) for p in paths]
    trusted = _trusted(review, options)
    outcomes: list[ImportOutcome] = []
    total = len(files)
    if not files:
        return outcomes
    jobs = [(path, trusted, options.decryption, path, not options.allow_untrusted) for path in files]
    results = run_checks(_check_one, jobs, workers=min(max(1, workers), total), time_limit=options.time_limit)
    try:
        for path, result in zip(files, results, strict=False):
            outcome = _record(review, _as_checked(result, path), options)
            outcomes.append(outcome)
            if progress is not None:
                progress(len(outcomes), total, outcome)
            if cancelled and cancelled():
                break
    finally:
        results.close()
    return outcomes


def _warm() -> None:
    """What a worker reads before its first check (run once in a fresh worker by `prepare_workers`)."""
    from pyhanko.sign.validation import async_validate_detached_cms  # noqa: F401

    from ..domain.quantities import registry
    from ..interchange.document import schema
    from .package import verify  # noqa: F401

    registry()
    schema()


def prepare_workers(workers: int = 1) -> bool:
    """Start the checking workers ahead of the first import (the GUI, when its import dialog opens)."""
    from .workers import warm_up

    return warm_up(_warm, workers)


def default_workers() -> int:
    return max(1, min(4, (os.cpu_count() or 1)))
