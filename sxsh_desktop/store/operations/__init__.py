"""The operations that change data: the only write path of the app.

Each method is one transaction. It checks the result with the domain's validation before writing
(a ValidationError carries the problems, and nothing is written), sets the assessment's
`updated_at`, and says what changed (a `Change`, also sent to the store's listeners after the
commit). Fine-grained edits touch only the rows they change.

Validation compares the problems after the edit with those before it, so an assessment stored by
an older version with a problem the current rules find can still be edited elsewhere; an edit
is refused only for problems it introduces.
"""

from __future__ import annotations

from .batch import ANY, BatchOperations, ChangedElsewhere, Operation  # noqa: F401 - the names callers import
from .core import (  # noqa: F401 - the names callers import from here
    COPY_SUFFIX,
    AssessmentSummary,
    Change,
    StoreBase,
    _check,
    _next_position,
    _nth,
    _position_at,
    _replace,
    utc_now,
)
from .planning import PlanningOperations
from .readings import ReadingOperations
from .records import RecordOperations
from .steps import StepOperations


class Store(BatchOperations, RecordOperations, StepOperations, PlanningOperations, ReadingOperations):
    """A database of assessments: the engine, its sessions, and every operation that writes."""
