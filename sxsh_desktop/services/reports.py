"""The report service: an assessment in, a finished (and, when an identity is given, signed) PDF out.

The CLI (`sxsh report`) and the GUI call the same `build_report`. The identity is opened first, so
a wrong passphrase or an expired certificate is told before any work; a signed report is never
overwritten; the file appears whole or not at all (written beside the target, then renamed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.message import Message
from ..domain.model import Assessment
from ..files import write_atomically
from ..report import ReportError

if TYPE_CHECKING:  # pragma: no cover
    from ..signing.identity import SignerInfo, SignerSettings


@dataclass
class ReportResult:
    path: Path
    pages: int
    size: int
    signed: bool
    level: str | None  # "PAdES B-B" / "PAdES B-T" when signed
    signer: SignerInfo | None
    missing: list[tuple[str, str]] = field(default_factory=list)  # (code, words) of what the assessment lacks
    warnings: list[str | Message] = field(default_factory=list)  # a Message: said in the screen's language

    @property
    def complete(self) -> bool:
        return not self.missing


@contextmanager
def _signer_from(signer: Any) -> Iterator[Any]:
    from ..signing.identity import SignerSettings, open_signer

    if signer is None:
        with nullcontext(None) as nothing:
            yield nothing
    elif isinstance(signer, SignerSettings):
        with open_signer(signer) as opened:
            yield opened
    else:  # a ready pyHanko Signer
        yield signer


def build_report(
    assessment: Assessment,
    path: str | Path,
    language: str = "vi",
    signer: SignerSettings | Any | None = None,
    tsa: str | Any | None = None,
    document: bytes | None = None,
) -> ReportResult:
    """Write the report of `assessment` to `path`; sign it when `signer` (settings or a pyHanko Signer)
    is given, with a timestamp from `tsa` (a URL, or a pyHanko TimeStamper) when it answers.

    `document`: the exact bytes of the assessment document the report is bound to (attached and named
    in its metadata; a package passes its assessment.json); by default the document of `assessment`.

    Raises ReportError (or IdentityError) with a one-line message. An incomplete assessment gives a
    draft report that says what is missing (`result.missing`); a draft is never signed.
    """
    from ..report.pdf import BLOCKING, SIGNATURE_BOX, SIGNATURE_PAGE, missing_items, render_report
    from ..report.pdf.figures_ahead import FiguresAhead
    from ..report.signing import refuse_signed_target, sign_pdf
    from ..signing.identity import signer_info

    if language not in ("vi", "en"):
        raise ReportError(Message("report.language", {"language": language}))
    target = Path(path)
    refuse_signed_target(target)
    if not target.parent.exists():
        raise ReportError(Message("file.no_folder", {"path": str(target.parent)}))
    missing = missing_items(assessment, language)
    blocking = [text for code, text in missing if code in BLOCKING]
    if signer is not None and blocking:
        raise ReportError(Message("report.incomplete", {"missing": "; ".join(blocking)}))
    today = dt.date.today()
    # the figures are made and drawn in a worker while the identity is opened and the text laid out (CLI only)
    ahead = FiguresAhead.start(assessment, language, today)
    try:
        with _signer_from(signer) as opened:
            info = signer_info(opened.signing_cert) if opened is not None else None
            rendered = render_report(
                assessment, language, signed_by=info, today=today, document=document, figures_ahead=ahead
            )
            ahead = None  # ended by the report
            warnings: list[str | Message] = list(rendered.warnings)
            level = None
            data = rendered.pdf
            if opened is not None:
                url = tsa if isinstance(tsa, str) else None
                outcome = sign_pdf(
                    data,
                    opened,
                    box=SIGNATURE_BOX,
                    page=SIGNATURE_PAGE,
                    language=language,
                    timestamper=None if isinstance(tsa, str) else tsa,
                    tsa_url=url,
                    location=assessment.facility.province or None,
                )
                data, level = outcome.pdf, outcome.level
                warnings += outcome.warnings
    finally:
        if ahead is not None:
            ahead.stop()
    _write_whole(target, data)
    return ReportResult(target, rendered.pages, len(data), opened is not None, level, info, rendered.missing, warnings)


def _write_whole(target: Path, data: bytes) -> None:
    from ..report.signing import refuse_signed_target

    try:  # a signed report may have appeared there meanwhile: refused at the last moment
        write_atomically(target, data, before_replace=refuse_signed_target)
    except OSError as exc:
        raise ReportError(
            Message("report.cannot_write", {"path": str(target), "error": str(exc.strerror or exc)})
        ) from exc
