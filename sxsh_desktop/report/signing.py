"""Signing the finished report: a PAdES signature by pyHanko, as an incremental update.

B-B offline; B-T (a signature timestamp) when a timestamp server is given and answers, else B-B
with a warning. The visible stamp on the cover says in Vietnamese who signed, for which
organisation and when, set in the shipped Noto Sans (pyHanko's OpenType font engine). The bytes
of the unsigned report are left untouched: the signature is appended after them.

A signed report is never rewritten: `refuse_signed_target` stops any write over a signed PDF.
pyHanko is imported inside the functions.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.message import Message
from . import ReportError
from .fonts import FONT_FILES, STAMP_FONT_FILE

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # pragma: no cover
    from pyhanko.sign.signers import Signer

FIELD_NAME = "ChuKySoTuVan"
STAMP_TEXT = {
    "vi": "Ký bởi: %(signer)s\nTổ chức: %(organisation)s\nThời gian: %(ts)s",
    "en": "Ký bởi / Signed by: %(signer)s\nTổ chức / Organisation: %(organisation)s\nThời gian / Time: %(ts)s",
}
REASON = {
    "vi": "Xác nhận báo cáo đánh giá sản xuất sạch hơn",
    "en": "Approval of the cleaner production assessment report",
}
TIMESTAMP_FORMAT = "%d/%m/%Y %H:%M:%S %z"


@dataclass
class SignOutcome:
    pdf: bytes
    level: str  # "PAdES B-B" | "PAdES B-T"
    warnings: list[str | Message] = field(default_factory=list)  # a Message: said in the screen's language


def is_signed_pdf(data: bytes) -> bool:
    """Whether the bytes are a PDF that carries at least one signature."""
    if not data.lstrip()[:5].startswith(b"%PDF"):
        return False
    if b"/ByteRange" not in data:
        return False
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader

        return bool(PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures)
    except Exception:  # a damaged file with signature markers: treat as signed, never overwrite it (logged)
        log.debug("%s has signature markers but cannot be read as a PDF", "the target", exc_info=True)
        return True


def refuse_signed_target(path: str | Path) -> None:
    """Refuse to write over a signed report: a new version of a report is a new file."""
    target = Path(path)
    if not target.exists():
        return
    if target.is_dir():
        raise ReportError(Message("report.folder_target", {"path": str(target)}))
    try:
        with target.open("rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise ReportError(
            Message("report.cannot_read_target", {"path": str(target), "error": str(exc.strerror or exc)})
        ) from exc
    if is_signed_pdf(data):
        raise ReportError(Message("report.signed_target", {"path": str(target)}))


def _stamp_font() -> Path:
    return STAMP_FONT_FILE if STAMP_FONT_FILE.exists() else FONT_FILES["regular"]


def _stamp_style(language: str) -> Any:
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.layout import AxisAlignment, Margins, SimpleBoxLayoutRule
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    return TextStampStyle(
        stamp_text=STAMP_TEXT["vi" if language == "vi" else "en"],
        timestamp_format=TIMESTAMP_FORMAT,
        border_width=1,
        text_box_style=TextBoxStyle(
            font=GlyphAccumulatorFactory(str(_stamp_font()), font_size=9),
            font_size=9,
            leading=12,
            box_layout_rule=SimpleBoxLayoutRule(
                x_align=AxisAlignment.ALIGN_MIN, y_align=AxisAlignment.ALIGN_MID, margins=Margins(6, 6, 4, 4)
            ),
        ),
    )


def sign_pdf(
    pdf: bytes,
    signer: Signer,
    *,
    box: tuple[int, int, int, int],
    page: int = 0,
    language: str = "vi",
    timestamper: Any = None,
    tsa_url: str | None = None,
    location: str | None = None,
) -> SignOutcome:
    """Sign `pdf` (bytes of a finished report) with a visible stamp in `box` on `page`.

    `tsa_url` (or a ready pyHanko `timestamper`) asks for PAdES B-T; when the server cannot be reached
    the report is signed B-B and the outcome carries a warning.
    """
    from ..signing.identity import quiet_pyhanko_logs, signer_info

    quiet_pyhanko_logs()
    warnings: list[str | Message] = []
    if timestamper is None and tsa_url:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        timestamper = HTTPTimeStamper(tsa_url, timeout=8)
    info = signer_info(signer.signing_cert)
    params = {"organisation": info.organisation or "–"}
    if timestamper is not None:
        try:
            return SignOutcome(_sign(pdf, signer, box, page, language, timestamper, location, params), "PAdES B-T")
        except Exception as exc:  # network, TSA refusal, bad TSA answer
            what = tsa_url or Message("report.the_timestamp_server")
            warnings.append(Message("report.no_timestamp", {"server": what, "error": _one_line(exc)}))
    signed = _sign(pdf, signer, box, page, language, None, location, params)
    return SignOutcome(signed, "PAdES B-B", warnings)


def _sign(
    pdf: bytes,
    signer: Signer,
    box: tuple[int, int, int, int],
    page: int,
    language: str,
    timestamper: Any,
    location: str | None,
    params: dict[str, str],
) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=REASON["vi" if language == "vi" else "en"],
        location=location,
        use_pades_lta=False,
        embed_validation_info=False,
    )
    pdf_signer = signers.PdfSigner(
        meta,
        signer=signer,
        timestamper=timestamper,
        stamp_style=_stamp_style(language),
        new_field_spec=fields.SigFieldSpec(sig_field_name=FIELD_NAME, on_page=page, box=box),
    )
    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(writer, output=out, appearance_text_params=params)
    except Exception as exc:  # pyHanko raises many types; with a timestamper the caller says it as a warning
        if timestamper is not None:
            raise
        raise ReportError(Message("report.signing_failed", {"error": _one_line(exc)})) from exc
    return out.getvalue()


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__
