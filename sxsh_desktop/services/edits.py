"""Edits as named operations, each knowing its inverse (what Undo runs), without Qt: the GUI wraps one
Edit in one undo command (gui/workspace.py), a script or a test runs `do()` and `undo()` itself.

An Edit over store operations (`operations`) is one store transaction however many rows it touches
(store/operations/batch.py): deleting several rows, a paste, a fill-down. Its undo is the inverse the store
wrote out while doing it — deleted rows come back in their places, edited ones get their old values — and
is one transaction too. An undo or redo finding its rows changed elsewhere meanwhile is refused
(`ChangedElsewhere`) and changes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..domain.model import Flow, FocusMatrix, Maintenance, Option, ProcessStep, Product, Settings
from ..domain.readings import Reading
from ..store.operations import Operation


@dataclass(frozen=True)
class Edit:
    """A named change: `do` runs the store operation(s), `undo` the inverse. `name` is what the Edit menu
    shows ("Undo Delete 2 rows"), in the screen's language (the caller names it)."""

    name: str
    do: Callable[[], Any]
    undo: Callable[[], Any]
    ops: tuple[Operation, ...] = ()  # the store operations it runs, when it is made of them (see `operations`)


def operations(store: Any, name: str, ops: Sequence[Operation]) -> Edit:
    """The operations, in order, as one Edit: `do` runs them in one transaction, `undo` runs the inverse
    the store gave back (one transaction), and a redo runs the inverse of that. A refused run changes
    nothing, and the Edit stays where it was (the next undo or redo tries the same again)."""
    forward: list[Operation] = list(ops)
    backward: list[Operation] = []

    def do() -> None:
        nonlocal backward
        backward = store.apply_batch(forward)

    def undo() -> None:
        nonlocal forward
        forward = store.apply_batch(backward)

    return Edit(name, do, undo, tuple(ops))


# -- flows of a process step ---------------------------------------------------------------------


def add_flow(store: Any, aid: str, step_id: str, flow: Flow, name: str, index: int | None = None) -> Edit:
    return operations(store, name, [Operation("add_flow", (aid, step_id, flow, index))])


def update_flow(store: Any, aid: str, step_id: str, old: Flow, new: Flow, name: str) -> Edit:
    return operations(store, name, [Operation("update_flow", (aid, step_id, old.id, new))])


def update_flows(store: Any, aid: str, step_id: str, changed: Iterable[tuple[Flow, Flow]], name: str) -> Edit:
    """Several flows changed at once (a fill-down, a paste): (old, new) pairs, one transaction."""
    return operations(store, name, [Operation("update_flow", (aid, step_id, old.id, new)) for old, new in changed])


def delete_flows(store: Any, aid: str, step_id: str, flow_ids: Iterable[str], name: str) -> Edit:
    """Delete the flows, one transaction; undo puts each back at its place in the step."""
    return operations(store, name, [Operation("delete_flow", (aid, step_id, f)) for f in dict.fromkeys(flow_ids)])


# -- options -------------------------------------------------------------------------------------


def add_option(store: Any, aid: str, option: Option, name: str) -> Edit:
    return operations(store, name, [Operation("add_option", (aid, option))])


def delete_options(store: Any, aid: str, option_ids: Iterable[str], name: str) -> Edit:
    """Delete the options, one transaction; undo puts each back at its place in the list."""
    return operations(store, name, [Operation("delete_option", (aid, o)) for o in dict.fromkeys(option_ids)])


def update_option(store: Any, aid: str, old: Option, name: str, **changes: Any) -> Edit | None:
    new = dataclasses.replace(old, **changes)
    if new == old:
        return None
    return operations(store, name, [Operation("update_option", (aid, old.id, new))])


# -- rows known by their place: consumption lines, team members, readings ------------------------


def delete_rows(store: Any, aid: str, noun: str, indexes: Iterable[int], name: str) -> Edit:
    """Delete rows of one of the assessment's lists by place (`noun`: consumption, team_member, reading),
    the last first so that each place still names the row chosen; undo puts them all back where they were."""
    return operations(store, name, [Operation(f"delete_{noun}", (aid, i)) for i in sorted(set(indexes), reverse=True)])


def set_readings(store: Any, aid: str, period: str, readings: Sequence[Reading], name: str) -> Edit:
    """All readings of a period at once (a paste, rows filled in or deleted); undo gives the old list back."""
    return operations(store, name, [Operation("set_readings", (aid, period, list(readings)))])


# -- the focus matrix, maintaining CP, the consultant's report texts -------------------------------


def set_focus_matrix(store: Any, aid: str, old: FocusMatrix | None, new: FocusMatrix | None, name: str) -> Edit | None:
    """The focus matrix (task 3) as a whole; undo gives the old one back."""
    if new == old:
        return None
    return operations(store, name, [Operation("set_focus_matrix", (aid, new))])


def set_maintenance(store: Any, aid: str, old: Maintenance, new: Maintenance, name: str) -> Edit | None:
    """The measures, the next focus and the review date (tasks 17 and 18); undo gives the old ones back."""
    if new == old:
        return None
    return operations(store, name, [Operation("set_maintenance", (aid, new))])


REPORT_TEXTS = ("executive_summary", "conclusions")


def set_report_text(store: Any, aid: str, which: str, old: str, new: str, name: str) -> Edit | None:
    """The consultant's executive summary or conclusions (`which`, one of REPORT_TEXTS) from `old` to `new`."""
    if which not in REPORT_TEXTS:
        raise ValueError(f"'{which}' is not one of {', '.join(REPORT_TEXTS)}")
    if new == old:
        return None
    return operations(store, name, [Operation(f"set_{which}", (aid, new))])


# -- process steps ---------------------------------------------------------------------------------


def add_process_step(store: Any, aid: str, step: ProcessStep, name: str, index: int | None = None) -> Edit:
    return operations(store, name, [Operation("add_process_step", (aid, step, index))])


def delete_process_step(store: Any, aid: str, step_id: str, name: str) -> Edit:
    """Delete a step and its flows; undo puts it back at its place, its flows with it."""
    return operations(store, name, [Operation("delete_process_step", (aid, step_id))])


def update_process_step(store: Any, aid: str, old: ProcessStep, changes: dict[str, Any], name: str) -> Edit | None:
    """Change a step's own fields (name, id, basis, focus …); None when nothing changes. A new id is carried
    into the options, the focus scores and the next focus, and back on undo."""
    changed = {k: v for k, v in changes.items() if getattr(old, k) != v}
    if not changed:
        return None
    return operations(store, name, [Operation("update_process_step", (aid, old.id, changed))])


def move_process_step(store: Any, aid: str, step_id: str, place: int, name: str) -> Edit:
    """Move a step to `place` (1 = first); undo moves it back to where it was."""
    return operations(store, name, [Operation("move_process_step", (aid, step_id, place))])


# -- the assessment's header: facility, reference product, consultant, type, template, settings, tasks


def update_header(store: Any, aid: str, record: str, old: Any, changes: dict[str, Any], name: str) -> Edit | None:
    """Change fields of the facility, the consultant or the assessment itself (`record`); `old` is the record
    as the screen shows it. None when nothing changes."""
    if record not in ("facility", "consultant", "assessment"):
        raise ValueError(f"'{record}' is not a header record")
    changed = {k: v for k, v in changes.items() if getattr(old, k) != v}
    if not changed:
        return None
    return operations(store, name, [Operation(f"update_{record}", (aid, changed))])


def update_settings(store: Any, aid: str, old: Settings, changes: dict[str, Any], name: str) -> Edit | None:
    """Change the assessment's settings (the discount rate, the method of each resource's saving …); `old` is
    what the screen shows. None when nothing changes. The undo is refused when another path changed one of
    those settings since; a setting changed beside them is left as it is."""
    changed = {k: v for k, v in changes.items() if getattr(old, k) != v}
    if not changed:
        return None
    return operations(store, name, [Operation("update_settings", (aid, changed))])


def set_product(store: Any, aid: str, old: Product, product_name: str, unit: str, name: str) -> Edit | None:
    if (product_name, unit) == (old.name, old.unit):
        return None
    return operations(store, name, [Operation("set_product", (aid, product_name, unit))])


def set_task(store: Any, aid: str, task: int, done: bool, notes: str, name: str) -> Edit:
    """A task's done flag and notes; undo gives the old ones back."""
    return operations(store, name, [Operation("set_task", (aid, task, done, notes))])


def set_extra(store: Any, aid: str, key: str, old: Any, new: Any, name: str) -> Edit | None:
    """A free-form value of assessment.extra (None removes it); undo gives the old one back."""
    if new == old:
        return None
    return operations(store, name, [Operation("set_extra", (aid, key, new))])


def attach_template(store: Any, aid: str, old: str | None, key: str | None, name: str) -> Edit | None:
    """Attach the sector template `key` (None takes it off; services/templates.py says what that does);
    a key no template has is refused before anything runs (UnknownTemplate). Undo puts back the key
    the assessment had, known or not."""
    from .templates import require_template

    if key == old:
        return None
    require_template(key)
    return operations(store, name, [Operation("update_assessment", (aid, {"template": key}))])


def set_benchmark_process(store: Any, aid: str, old: str | None, new: str | None, name: str) -> Edit | None:
    """The norm's sub-process the facility is benchmarked against; undo gives the old choice back."""
    if new == old:
        return None
    return operations(store, name, [Operation("set_benchmark_process", (aid, new))])
