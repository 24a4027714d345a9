"""The Sở's operations on the store: record an imported package, review steps, comments, trusted
signers; and the queries behind the review list and the dashboard.

Like `operations.Store`, every method that writes is one transaction and writes an audit entry in it.
Nothing here checks signatures or reads packages (that is `sync/`): `record_import` is given a
package that was checked and the figures computed from its document.

Concurrency: a package id and an (assessment id, revision) are unique in the database. An import
first takes the assessment's review-state row as a lock (inserted if missing, then SELECT … FOR
UPDATE; SQLite's writers are serialised by BEGIN IMMEDIATE), then decides. Should two imports still
collide on a unique constraint, the loser's transaction is rolled back and the decision made again,
so the same package is stored once and the second import says "already imported".
"""

from __future__ import annotations

from ..review_models import REVIEW_STATES
from .figures import FigureOps
from .intake import IntakeOps
from .queries import QueryOps
from .trust import TrustOps
from .types import (
    GROUPS,
    METHODS,
    STATE_WORDS,
    SYSTEM,
    TRANSITIONS,
    AuditEntry,
    Comment,
    Figures,
    ImportRecord,
    IncomingPackage,
    ReceivedDetail,
    ReceivedSummary,
    ReviewChange,
    ReviewError,
    TrustedSigner,
    _NoChange,
    _who,
    sort_key,
)
from .workflow import WorkflowOps


class ReviewStore(IntakeOps, WorkflowOps, QueryOps, FigureOps, TrustOps):
    """The Sở's side of a store: intake, review and the figures."""


__all__ = [
    "AuditEntry",
    "Comment",
    "Figures",
    "REVIEW_STATES",
    "GROUPS",
    "METHODS",
    "ImportRecord",
    "IncomingPackage",
    "ReceivedDetail",
    "ReceivedSummary",
    "ReviewChange",
    "ReviewError",
    "STATE_WORDS",
    "SYSTEM",
    "TRANSITIONS",
    "TrustedSigner",
    "_NoChange",
    "_who",
    "sort_key",
    "ReviewStore",
]
