"""The inverses of the process-step edits and of the assessment's header fields, for a batch
(store/operations/batch.py): each runs its forward operation in the batch's transaction and writes out the
operation that undoes it, with what that undo expects to find.

The fields of an update (`update_process_step`, `update_facility`, `update_consultant`,
`update_assessment`, `update_settings`) travel as one dict:
`Operation("update_facility", (aid, {"name": "Bia Hà Nội"}))`.
Its inverse sets those fields back, and expects only those fields as the update left them, so that an
undo is not refused for a field another path changed beside it. A deleted step goes back at its place
with its flows; a moved step goes back to its place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from ...domain.model import ProcessStep
from .core import StoreBase
from .operation import Operation, _assessment, _flows

Inverse = Callable[[Any, Session, tuple[Any, ...]], Operation]
Subject = Callable[[StoreBase, Session, tuple[Any, ...]], Any]


# -- process steps ------------------------------------------------------------------------------------


def _step(store: StoreBase, s: Session, aid: str, step_id: str) -> ProcessStep | None:
    """The step as stored, with its flows; None when there is none with that id."""
    found = next((p for p in _assessment(store, s, aid).process_steps if p.id == step_id), None)
    if found is None:
        return None
    found.flows = _flows(s, aid, step_id)
    return found


def _step_ids(store: StoreBase, s: Session, aid: str) -> list[str]:
    return [p.id for p in _assessment(store, s, aid).process_steps]


def _step_fields(store: StoreBase, s: Session, aid: str, step_id: str, names: Any) -> dict[str, Any] | None:
    step = _step(store, s, aid, step_id)
    return None if step is None else {k: getattr(step, k) for k in names}


def _add_step(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
    store.add_process_step(*a)
    return Operation("delete_process_step", (a[0], a[1].id), _step(store, s, a[0], a[1].id))


def _delete_step(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
    old, ids = _step(store, s, a[0], a[1]), _step_ids(store, s, a[0])
    store.delete_process_step(*a)  # refused when there is no such step, or an option points at it
    return Operation("add_process_step", (a[0], old, ids.index(a[1])), None)


def _update_step(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
    aid, step_id, fields = a
    old = _step_fields(store, s, aid, step_id, fields) or {}
    store.update_process_step(aid, step_id, **fields)
    new_id = fields.get("id", step_id)
    return Operation("update_process_step", (aid, new_id, old), _step_fields(store, s, aid, new_id, fields))


def _place_of(store: StoreBase, s: Session, aid: str, step_id: str) -> int | None:
    """The step's place, 1 = first (what move_process_step takes); None when it is gone."""
    ids = _step_ids(store, s, aid)
    return ids.index(step_id) + 1 if step_id in ids else None


def _move_step(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
    was = _place_of(store, s, a[0], a[1])
    store.move_process_step(*a)
    return Operation("move_process_step", (a[0], a[1], was), _place_of(store, s, a[0], a[1]))


# -- the assessment's header ------------------------------------------------------------------------


def _record(name: str) -> Callable[[StoreBase, Session, str], Any]:
    """A reader of one of the assessment's header records (facility, consultant) or of the assessment itself."""

    def read(store: StoreBase, s: Session, aid: str) -> Any:
        a = _assessment(store, s, aid)
        return a if name == "assessment" else getattr(a, name)

    return read


def _fields_update(name: str) -> tuple[Inverse, Subject]:
    """The inverse of update_<name>(aid, {field: value}) and how to read those fields now."""
    read = _record(name)

    def subject(store: Any, s: Session, a: tuple[Any, ...]) -> Any:
        record = read(store, s, a[0])
        return {k: getattr(record, k, None) for k in a[1]}

    def inverse(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
        old = subject(store, s, a)
        getattr(store, f"update_{name}")(a[0], **a[1])
        return Operation(f"update_{name}", (a[0], old), subject(store, s, a))

    return inverse, subject


def _product(store: StoreBase, s: Session, a: tuple[Any, ...]) -> tuple[str, str]:
    p = _assessment(store, s, a[0]).product
    return p.name, p.unit


def _set_product(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
    old = _product(store, s, a)
    store.set_product(*a)
    return Operation("set_product", (a[0], *old), _product(store, s, a))


def _task(store: StoreBase, s: Session, a: tuple[Any, ...]) -> tuple[bool, str]:
    t = next((t for t in _assessment(store, s, a[0]).tasks if t.task == a[1]), None)
    return (False, "") if t is None else (t.done, t.notes)


def _set_task(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
    old = _task(store, s, a)
    store.set_task(*a)
    return Operation("set_task", (a[0], a[1], *old), _task(store, s, a))


def _period(store: StoreBase, s: Session, a: tuple[Any, ...]) -> Any:
    return getattr(_assessment(store, s, a[0]), a[1], None)


def _set_period(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
    old = _period(store, s, a)
    store.set_period(*a)
    return Operation("set_period", (a[0], a[1], old), _period(store, s, a))


def _extra(store: StoreBase, s: Session, a: tuple[Any, ...]) -> Any:
    return _assessment(store, s, a[0]).extra.get(a[1])


def _set_extra(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
    old = _extra(store, s, a)
    store.set_extra(*a)
    return Operation("set_extra", (a[0], a[1], old), _extra(store, s, a))


INVERSES: dict[str, Inverse] = {
    "add_process_step": _add_step,
    "delete_process_step": _delete_step,
    "update_process_step": _update_step,
    "move_process_step": _move_step,
    "set_product": _set_product,
    "set_task": _set_task,
    "set_period": _set_period,
    "set_extra": _set_extra,
}

# the row each operation touches, as (what it is called, its key, how to read it now)
SUBJECTS: dict[str, tuple[str, Callable[[tuple[Any, ...]], Any], Subject]] = {
    "add_process_step": ("process step", lambda a: a[1].id, lambda st, s, a: _step(st, s, a[0], a[1].id)),
    "delete_process_step": ("process step", lambda a: a[1], lambda st, s, a: _step(st, s, a[0], a[1])),
    "update_process_step": (
        "process step",
        lambda a: a[1],
        lambda st, s, a: _step_fields(st, s, a[0], a[1], a[2]),
    ),
    "move_process_step": ("process step", lambda a: a[1], lambda st, s, a: _place_of(st, s, a[0], a[1])),
    "set_product": ("reference product", lambda a: a[1], _product),
    "set_task": ("task", lambda a: str(a[1]), _task),
    "set_period": ("period", lambda a: a[1], _period),
    "set_extra": ("value", lambda a: a[1], _extra),
}

for _name, _what in (("facility",) * 2, ("consultant",) * 2, ("assessment",) * 2, ("settings", "setting")):
    INVERSES[f"update_{_name}"], _subject = _fields_update(_name)
    SUBJECTS[f"update_{_name}"] = (_what, lambda a: ", ".join(a[1]), _subject)
