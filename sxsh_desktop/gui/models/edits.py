"""Undoable edits shared by pages: each runs one store operation and pushes its inverse."""

from __future__ import annotations

import dataclasses
from typing import Any

from ...domain.model import Flow, Option
from ...domain.quantities import require_kind
from ..widgets.resources import flow_kinds


def check_flow_units(flow: Flow, field: str) -> None:
    """Refuse a unit of the wrong kind for the flow's resource (kg for electricity): UnitError."""
    require_kind(flow.quantity.unit, flow_kinds(flow.resource, flow.kind), field)


def edit_flow(workspace: Any, step_id: str, flow: Flow, text: str, **changes: Any) -> bool:
    new = dataclasses.replace(flow, **changes)
    if new == flow:
        return False
    store, aid = workspace.store, workspace.assessment_id
    workspace.apply(
        text,
        lambda: store.update_flow(aid, step_id, flow.id, new),
        lambda: store.update_flow(aid, step_id, new.id, flow),
    )
    return True


def edit_option(workspace: Any, option: Option, text: str, **changes: Any) -> bool:
    new = dataclasses.replace(option, **changes)
    if new == option:
        return False
    store, aid = workspace.store, workspace.assessment_id
    workspace.apply(
        text, lambda: store.update_option(aid, option.id, new), lambda: store.update_option(aid, new.id, option)
    )
    return True
