"""Undoable edits shared by pages: each one named store operation (services/edits.py), pushed as one undo step."""

from __future__ import annotations

import dataclasses
from typing import Any

from ...domain.model import Flow, Option
from ...domain.quantities import require_kind
from ...services import edits
from ..widgets.resources import flow_kinds


def check_flow_units(flow: Flow, field: str) -> None:
    """Refuse a unit of the wrong kind for the flow's resource (kg for electricity): UnitError."""
    require_kind(flow.quantity.unit, flow_kinds(flow.resource, flow.kind), field)


def edit_flow(workspace: Any, step_id: str, flow: Flow, text: str, **changes: Any) -> bool:
    new = dataclasses.replace(flow, **changes)
    if new == flow:
        return False
    workspace.run(edits.update_flow(workspace.store, workspace.assessment_id, step_id, flow, new, text))
    return True


def edit_option(workspace: Any, option: Option, text: str, **changes: Any) -> bool:
    edit = edits.update_option(workspace.store, workspace.assessment_id, option, text, **changes)
    if edit is None:
        return False
    workspace.run(edit)
    return True
