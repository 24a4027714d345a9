"""Edits as named operations, each knowing its inverse (what Undo runs), without Qt: the GUI wraps one
Edit in one undo command (gui/workspace.py), a script or a test runs `do()` and `undo()` itself.

A deleted row comes back where it was (the store adds at a position); deleting several rows is one Edit
whose undo puts them all back in their places; a compound Edit that fails half-way undoes the parts it
did before the error goes on, so nothing is left half done.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from ..domain.model import Flow, Option


@dataclass(frozen=True)
class Edit:
    """A named change: `do` runs the store operation(s), `undo` the inverse. `name` is what the Edit menu
    shows ("Undo Delete 2 flows"), in the screen's language (the caller names it)."""

    name: str
    do: Callable[[], Any]
    undo: Callable[[], Any]


def compound(name: str, parts: Sequence[Edit]) -> Edit:
    """The parts in order as one Edit; undone in reverse. A part that raises has the parts done before it
    undone (in reverse) before the error is passed on."""
    parts = list(parts)

    def run(steps: Sequence[Callable[[], Any]], back: Sequence[Callable[[], Any]]) -> None:
        done = 0
        try:
            for step in steps:
                step()
                done += 1
        except BaseException:
            for undo in reversed(back[:done]):
                undo()
            raise

    return Edit(
        name,
        lambda: run([p.do for p in parts], [p.undo for p in parts]),
        lambda: run([p.undo for p in reversed(parts)], [p.do for p in reversed(parts)]),
    )


# -- flows of a process step ---------------------------------------------------------------------


def add_flow(store: Any, assessment_id: str, step_id: str, flow: Flow, name: str, index: int | None = None) -> Edit:
    return Edit(
        name,
        lambda: store.add_flow(assessment_id, step_id, flow, index),
        lambda: store.delete_flow(assessment_id, step_id, flow.id),
    )


def update_flow(store: Any, assessment_id: str, step_id: str, old: Flow, new: Flow, name: str) -> Edit:
    return Edit(
        name,
        lambda: store.update_flow(assessment_id, step_id, old.id, new),
        lambda: store.update_flow(assessment_id, step_id, new.id, old),
    )


def delete_flows(store: Any, assessment_id: str, step_id: str, flows: Sequence[tuple[int, Flow]], name: str) -> Edit:
    """Delete the flows given with their places in the step, as one Edit; undo adds each back at its place.
    Deleted from the last place back, re-added from the first place on, so that each lands where it was;
    one refused half-way has the others put back (`compound`)."""
    ordered = sorted(flows, key=lambda p: p[0])
    parts = [
        Edit(
            name,
            partial(store.delete_flow, assessment_id, step_id, f.id),
            partial(store.add_flow, assessment_id, step_id, f, i),
        )
        for i, f in reversed(ordered)
    ]
    return compound(name, parts)


# -- options -------------------------------------------------------------------------------------


def delete_option(store: Any, assessment_id: str, option: Option, index: int, name: str) -> Edit:
    """Delete an option; undo puts it back at its place in the list."""
    return Edit(
        name,
        lambda: store.delete_option(assessment_id, option.id),
        lambda: store.add_option(assessment_id, option, index),
    )


def update_option(store: Any, assessment_id: str, old: Option, name: str, **changes: Any) -> Edit | None:
    new = dataclasses.replace(old, **changes)
    if new == old:
        return None
    return Edit(
        name,
        lambda: store.update_option(assessment_id, old.id, new),
        lambda: store.update_option(assessment_id, new.id, old),
    )
