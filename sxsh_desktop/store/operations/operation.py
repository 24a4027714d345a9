"""A named store operation (what a batch runs and an undo writes out) and the refusal of an inverse that
finds its row changed by another path since its forward operation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.message import Message
from ...domain.model import Assessment, Flow
from .. import mapping as m
from ..errors import StoreError
from ..models import FlowRow, ProcessStepRow
from .core import StoreBase


class _Any:
    def __repr__(self) -> str:
        return "ANY"


ANY: Any = _Any()  # an Operation's `expect` when it expects nothing in particular


class ChangedElsewhere(StoreError):
    """An inverse found its row changed (or gone) since its forward operation: it was not applied."""

    def __init__(self, what: str, key: str):
        """`what`: the row's kind in the CLI's words ("process step"), said by the code subject.<what>."""
        super().__init__(
            Message("store.changed_elsewhere", {"what": Message(f"subject.{what.replace(' ', '_')}"), "key": repr(key)})
        )
        self.what, self.key = what, key


@dataclass(frozen=True)
class Operation:
    """A named store operation: `name` is a Store method, `args` its arguments in order (the fields of an
    update_* as one dict). `expect` is what the row it touches must be when it runs (None: absent), or ANY."""

    name: str
    args: tuple[Any, ...]
    expect: Any = ANY


# -- reading the rows an operation touches, inside the batch's transaction -------------------------


def _assessment(store: StoreBase, s: Session, aid: str) -> Assessment:
    return m.rows_to_assessment(store._row(s, aid), with_flows=False)


def _flows(s: Session, aid: str, step_id: str) -> list[Flow]:
    stmt = (
        select(FlowRow.__table__)
        .join(ProcessStepRow, ProcessStepRow.id == FlowRow.process_step_id)
        .where(ProcessStepRow.assessment_id == aid, ProcessStepRow.step_id == step_id)
        .order_by(FlowRow.position)
    )
    return [m.flow_from_row(r) for r in s.execute(stmt)]
