"""The Sở workflow without a screen: review states, comments, the audit log, the figures across
received assessments, and their exports. The GUI's Sở workspace and `sxsh review|summary|
export-approved|trust` call the same functions.

    review = open_review(store)                      # a ReviewStore over an open Store
    review.list_received(province=, year=, state=, search=)   -> [ReceivedSummary]
    review.received(assessment_id)                   -> ReceivedDetail (document, revisions, comments)
    review.set_state(id, "approved", by=, comment=)  # logged; transitions in store.review_ops.TRANSITIONS
    review.add_comment(id, text, by=)
    review.audit_log(id)                             -> [AuditEntry], newest first
    review.summary(province=, year=)                 -> the spec's summary object
    review.aggregate("province"|"vsic"|"sector"|"year", province=, year=) -> [dict]
    dashboard(review, province=, year=)              -> summary + by vsic, sector and year
    export_csv(review, path, by=None, …)             # per assessment, or grouped
    export_approved(review, folder, by=)             # the approved packages as signed, for the ministry

Importing is `sync.intake.import_files(review, paths, ImportOptions(...), progress=…)`; the signed report of
a received assessment is `services.received.report_pdf(review, id)`.
"""

from .service import dashboard, export_approved, export_csv, open_review

__all__ = ["dashboard", "export_approved", "export_csv", "open_review"]
