"""What the Sở's screens read from the packages kept in the store: the signed report of a received
assessment (the package was checked at import; its report is read again within the entry caps)."""

from __future__ import annotations

from ..store.review_ops import ReviewStore


def report_pdf(review: ReviewStore, assessment_id: str, revision: int | None = None) -> bytes:
    """The signed report of a received assessment, from the package kept in the store."""
    from ..sync.package import read_report

    return read_report(review.package_bytes(assessment_id, revision))
