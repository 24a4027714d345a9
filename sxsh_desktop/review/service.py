"""Services over a ReviewStore: the dashboard, CSV of the figures and the export of approved packages for
the ministry. (The signed report of a received assessment is read by services/received.py: reading a
package is sync's, and review does not import sync.)"""

from __future__ import annotations

import csv
import io
import logging
import re
import unicodedata
from pathlib import Path
from typing import Any

from ..domain.message import Message
from ..files import write_atomically
from ..store.operations import Store
from ..store.review_ops import GROUPS, METHODS, ReceivedSummary, ReviewError, ReviewStore
from ..store.review_ops.types import not_one_of

log = logging.getLogger(__name__)

CSV_COLUMNS = (
    "assessment_id",
    "revision",
    "facility",
    "tax_code",
    "province",
    "vsic",
    "sector",
    "year",
    "review_state",
    "energy_saving_toe",
    "saving_gj",
    "water_saving_m3",
    "co2_saving_t",
    "cost_saving_vnd",
    "energy_saving_percent",
    "met_target",
    "method",
    "signer",
    "signer_organisation",
    "signer_trusted",
    "received_at",
    "package_id",
)
GROUP_COLUMNS = (
    "assessments",
    "facilities",
    "energy_saving_toe",
    "saving_gj",
    "water_saving_m3",
    "co2_saving_t",
    "cost_saving_vnd",
    "met_target",
    "regression",
    "ratio",
)


def open_review(store: Store) -> ReviewStore:
    """The review over a store; the savings method of rows received before it was kept is worked out
    from their documents once, here (the store does not compute savings)."""
    review = ReviewStore(store)
    missing = review.without_method()
    if missing:
        review.set_methods({row_id: _method_of(document) for row_id, document in missing})
    return review


def _method_of(document: dict[str, Any]) -> str:
    from ..domain.mv import assessment_method
    from ..domain.savings import compute_savings
    from ..interchange.document import from_document

    try:
        return assessment_method(compute_savings(from_document(document), "en"))
    except Exception:  # a document the intake took but this version cannot read: counted by the ratio (logged)
        log.warning("the savings method of a received document cannot be computed", exc_info=True)
        return "ratio"


def dashboard(review: ReviewStore, *, province: str | None = None, year: int | None = None) -> dict[str, Any]:
    """Everything the dashboard shows at once: the summary (spec names) plus the figures by VSIC, by
    sector and by year, with the same filters."""
    out = review.summary(province=province, year=year)
    for by in ("vsic", "sector", "year"):
        out[f"by_{by}"] = review.aggregate(by, province=province, year=year)
    return out


def _row(s: ReceivedSummary) -> list[Any]:
    f = s.figures
    return [
        s.assessment_id,
        s.revision,
        s.facility_name,
        s.tax_code,
        s.province,
        s.vsic,
        s.sector,
        "" if s.year is None else s.year,
        s.state,
        f.energy_saving_toe,
        f.saving_gj,
        f.water_saving_m3,
        f.co2_saving_t,
        f.cost_saving_vnd,
        "" if f.energy_saving_percent is None else f.energy_saving_percent,
        int(f.met_target),
        f.method or "",
        s.signer_name,
        s.signer_organisation,
        int(s.verdict == "trusted"),
        s.received_at,
        s.package_id,
    ]


def _safe_cell(value: Any) -> Any:
    """No formula injection when the CSV is opened in a spreadsheet: text that starts like a formula
    gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def export_csv(
    review: ReviewStore,
    path: str | Path,
    *,
    by: str | None = None,
    province: str | None = None,
    year: int | None = None,
    state: str | None = None,
) -> int:
    """Write the figures as CSV (UTF-8 with BOM, for spreadsheets): one row per received assessment
    (newest revisions), or one per group when `by` is province, vsic, sector or year. Returns rows."""
    if by is not None and by not in GROUPS:
        raise ReviewError(not_one_of("review.not_a_group_option", GROUPS, "group", by=by))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if by is None:
        rows = review.list_received(province=province, year=year, state=state)
        writer.writerow(CSV_COLUMNS)
        for s in rows:
            writer.writerow([_safe_cell(v) for v in _row(s)])
        count = len(rows)
    else:
        groups = review.aggregate(by, province=province, year=year)
        writer.writerow((by, *GROUP_COLUMNS))
        for g in groups:
            writer.writerow(
                [
                    _safe_cell("" if g[by] is None else g[by]),
                    *(g["by_method"][c] if c in METHODS else g[c] for c in GROUP_COLUMNS),
                ]
            )
        count = len(groups)
    _write_whole(Path(path), ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    return count


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower()[:60] or "facility"


def export_approved(review: ReviewStore, folder: str | Path, by: str | None = None) -> list[Path]:
    """Write the package of every approved assessment (its newest revision) into `folder`, byte for
    byte as it was signed (decrypted when it came encrypted to the Sở), plus `approved.csv`.
    Files already there with the same bytes are left as they are; different ones are not overwritten."""
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise ReviewError(Message("review.not_a_folder", {"path": str(target)}))
    target.mkdir(parents=True, exist_ok=True)
    approved = review.approved()
    written: list[Path] = []
    for s in approved:
        data = review.package_bytes(s.assessment_id, s.revision)
        name = f"{_slug(s.facility_name)}_{s.assessment_id[:8]}_r{s.revision}.sxsh"
        path = target / name
        if path.exists():
            if path.read_bytes() == data:
                written.append(path)
                continue
            raise ReviewError(Message("review.other_content", {"path": str(path)}))
        _write_whole(path, data)
        written.append(path)
    export_csv(review, target / "approved.csv", state="approved")
    review.log("export", Message("audit.export", {"count": len(written), "target": str(target)}), by)
    return written


def _write_whole(target: Path, data: bytes) -> None:
    try:
        write_atomically(target, data)
    except OSError as exc:
        raise ReviewError(
            Message("review.cannot_write", {"path": str(target), "error": str(exc.strerror or exc)})
        ) from exc


def consultants(review: ReviewStore) -> dict[str, str]:
    """The consultant each received assessment names (its newest revision's document), by assessment id:
    one query for the review list, read from the stored document's JSON on SQLite and PostgreSQL alike."""
    from sqlalchemy import select, true

    from ..store.review_models import ReceivedAssessmentRow as A

    name = A.document[("consultant", "name")].as_string()
    with review.store.sessions() as s, s.begin():
        return {aid: who or "" for aid, who in s.execute(select(A.assessment_id, name).where(A.current == true()))}
