"""Several named operations as one transaction, each writing out its inverse (what Undo runs).

An `Operation` names a Store method and its arguments (`Operation("delete_flow", (aid, "milling", "f3"))`).
`Store.apply_batch` runs a sequence of them in one write transaction, each in a savepoint of it: the row an
operation touches is read before and after it, so that its inverse can be written — a deleted row comes
back at its place, an edited one gets its old value back, an added one goes again. A refusal anywhere (a
ValidationError, a StoreError) rolls the whole back: nothing is half done. The listeners hear of the
changes once the whole has committed.

An inverse carries what it expects to find (the row as its forward operation left it). When another path
changed or removed that row in between, the inverse is refused (`ChangedElsewhere`) instead of writing
over what the other path did.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from ...domain.message import Message
from ...domain.model import Flow, Option
from ..errors import StoreError
from . import inverses
from .core import Change, StoreBase
from .operation import ANY, ChangedElsewhere, Operation, _assessment, _flows

# -- reading the rows an operation touches, inside the batch's transaction -------------------------


def _flow(store: StoreBase, s: Session, aid: str, step_id: str, flow_id: str) -> Flow | None:
    return next((f for f in _flows(s, aid, step_id) if f.id == flow_id), None)


def _option(store: StoreBase, s: Session, aid: str, option_id: str) -> Option | None:
    return next((o for o in _assessment(store, s, aid).options if o.id == option_id), None)


def _nth(items: list[Any], index: int) -> Any:
    return items[index] if 0 <= index < len(items) else None


def _listed(field: str) -> Callable[[StoreBase, Session, str, int], Any]:
    """A reader of the `index`-th item of one of the assessment's lists (consumption, team, readings)."""

    def read(store: StoreBase, s: Session, aid: str, index: int) -> Any:
        return _nth(getattr(_assessment(store, s, aid), field), index)

    return read


_consumption, _member, _reading = _listed("consumption"), _listed("team"), _listed("readings")


def _period_readings(store: StoreBase, s: Session, aid: str, period: str) -> list[Any]:
    return [r for r in _assessment(store, s, aid).readings if r.period == period]


# -- what each operation touches (checked against `expect`) and its inverse ------------------------

Subject = Callable[[StoreBase, Session, tuple[Any, ...]], Any]
Inverse = Callable[[Any, Session, tuple[Any, ...]], Operation]


def _run(store: Any, name: str, args: tuple[Any, ...]) -> Any:
    return getattr(store, name)(*args)


def _add_flow(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
    _run(store, "add_flow", a)
    return Operation("delete_flow", (a[0], a[1], a[2].id), _flow(store, s, a[0], a[1], a[2].id))


def _update_flow(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
    old = _flow(store, s, a[0], a[1], a[2])
    _run(store, "update_flow", a)
    return Operation("update_flow", (a[0], a[1], a[3].id, old), _flow(store, s, a[0], a[1], a[3].id))


def _delete_flow(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
    flows = _flows(s, a[0], a[1])
    _run(store, "delete_flow", a)  # refused when there is no such flow
    index = next(i for i, f in enumerate(flows) if f.id == a[2])
    return Operation("add_flow", (a[0], a[1], flows[index], index), None)


def _add_option(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
    _run(store, "add_option", a)
    return Operation("delete_option", (a[0], a[1].id), _option(store, s, a[0], a[1].id))


def _update_option(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
    old = _option(store, s, a[0], a[1])
    _run(store, "update_option", a)
    return Operation("update_option", (a[0], a[2].id, old), _option(store, s, a[0], a[2].id))


def _delete_option(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
    options = _assessment(store, s, a[0]).options
    _run(store, "delete_option", a)
    index = next(i for i, o in enumerate(options) if o.id == a[1])
    return Operation("add_option", (a[0], options[index], index), None)


def _indexed(noun: str, read: Callable[[StoreBase, Session, str, int], Any]) -> tuple[Inverse, Inverse, Inverse]:
    """The inverses of add_<noun>(aid, item, index=None), update_<noun>(aid, index, item) and
    delete_<noun>(aid, index): the rows of a list known by their place (consumption, team, readings)."""

    def add(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
        at = _run(store, f"add_{noun}", a)
        return Operation(f"delete_{noun}", (a[0], at), read(store, s, a[0], at))

    def update(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
        old = read(store, s, a[0], a[1])
        _run(store, f"update_{noun}", a)
        return Operation(f"update_{noun}", (a[0], a[1], old), read(store, s, a[0], a[1]))

    def delete(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
        old = read(store, s, a[0], a[1])
        _run(store, f"delete_{noun}", a)
        return Operation(f"add_{noun}", (a[0], old, a[1]), None)

    return add, update, delete


def _set_readings(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
    old = _period_readings(store, s, a[0], a[1])
    _run(store, "set_readings", a)
    return Operation("set_readings", (a[0], a[1], old), _period_readings(store, s, a[0], a[1]))


def _assessment_field(field: str) -> tuple[Inverse, Subject]:
    """The inverse of set_<field>(aid, value) (a field of the assessment itself: the focus matrix, the
    maintenance, the report texts) and how to read the field now."""

    def subject(store: Any, s: Session, a: tuple[Any, ...]) -> Any:
        return getattr(_assessment(store, s, a[0]), field)

    def inverse(store: Any, s: Session, a: tuple[Any, ...]) -> Operation:
        old = subject(store, s, a)
        _run(store, f"set_{field}", a)
        return Operation(f"set_{field}", (a[0], old), subject(store, s, a))

    return inverse, subject


_INVERSES: dict[str, Inverse] = {
    "add_flow": _add_flow,
    "update_flow": _update_flow,
    "delete_flow": _delete_flow,
    "add_option": _add_option,
    "update_option": _update_option,
    "delete_option": _delete_option,
    "set_readings": _set_readings,
}
for _noun, _read in (("consumption", _consumption), ("team_member", _member), ("reading", _reading)):
    _INVERSES[f"add_{_noun}"], _INVERSES[f"update_{_noun}"], _INVERSES[f"delete_{_noun}"] = _indexed(_noun, _read)

# the row each operation touches, as (what it is called, its key, how to read it now)
_SUBJECTS: dict[str, tuple[str, Callable[[tuple[Any, ...]], Any], Subject]] = {
    "add_flow": ("flow", lambda a: a[2].id, lambda st, s, a: _flow(st, s, a[0], a[1], a[2].id)),
    "update_flow": ("flow", lambda a: a[2], lambda st, s, a: _flow(st, s, a[0], a[1], a[2])),
    "delete_flow": ("flow", lambda a: a[2], lambda st, s, a: _flow(st, s, a[0], a[1], a[2])),
    "add_option": ("option", lambda a: a[1].id, lambda st, s, a: _option(st, s, a[0], a[1].id)),
    "update_option": ("option", lambda a: a[1], lambda st, s, a: _option(st, s, a[0], a[1])),
    "delete_option": ("option", lambda a: a[1], lambda st, s, a: _option(st, s, a[0], a[1])),
    "set_readings": ("readings of the period", lambda a: a[1], lambda st, s, a: _period_readings(st, s, a[0], a[1])),
}


for _field in ("focus_matrix", "maintenance", "executive_summary", "conclusions", "benchmark_process"):
    _INVERSES[f"set_{_field}"], _subject = _assessment_field(_field)
    _SUBJECTS[f"set_{_field}"] = (_field.replace("_", " "), lambda a: a[0], _subject)


_INVERSES.update(inverses.INVERSES)
_SUBJECTS.update(inverses.SUBJECTS)


def _place(read: Callable[[StoreBase, Session, str, int], Any]) -> Subject:
    def subject(store: StoreBase, s: Session, a: tuple[Any, ...]) -> Any:
        return read(store, s, a[0], a[1])

    return subject


def _room(field: str) -> Subject:
    """For a row going back to a place of a list: None when that place is still there (the list is not
    shorter than it), else how long the list is now."""

    def subject(store: StoreBase, s: Session, a: tuple[Any, ...]) -> Any:
        rows = len(getattr(_assessment(store, s, a[0]), field))
        index = a[2] if len(a) > 2 else None
        return None if index is None or index <= rows else rows

    return subject


for _noun, _field, _read in (
    ("consumption", "consumption", _consumption),
    ("team_member", "team", _member),
    ("reading", "readings", _reading),
):
    for _verb in ("update", "delete"):
        _SUBJECTS[f"{_verb}_{_noun}"] = (_noun.replace("_", " "), lambda a: str(a[1] + 1), _place(_read))
    _SUBJECTS[f"add_{_noun}"] = (
        _noun.replace("_", " "),
        lambda a: str(a[2] + 1) if len(a) > 2 and a[2] is not None else "",
        _room(_field),
    )


class BatchOperations(StoreBase):
    """Mixed into Store: several named operations as one transaction (the Store's other mixins give the
    operations themselves)."""

    def apply_batch(self, operations: Sequence[Operation]) -> list[Operation]:
        """Run the operations in order in one transaction; return their inverse, in the order to run it.
        Any refusal rolls back all of them and is passed on."""
        unknown = sorted({o.name for o in operations} - set(_INVERSES))
        if unknown:
            raise StoreError(Message("store.not_in_batch", {"operations": ", ".join(unknown)}))
        if getattr(self._batch, "session", None) is not None:
            raise StoreError(Message("store.batch_in_batch"))
        inverse: list[Operation] = []
        changes: list[Change] = []
        with self._write_sessions() as s, s.begin():
            self._batch.session, self._batch.changes = s, changes
            try:
                for op in operations:
                    inverse.append(self._apply(s, op))
            finally:
                self._batch.session = self._batch.changes = None
        for change in changes:
            self._done(change)
        return inverse[::-1]

    def _apply(self, s: Session, op: Operation) -> Operation:
        if op.expect is ANY:
            return _INVERSES[op.name](self, s, op.args)
        # an inverse (an undo or a redo): it went through once, so a store refusal now means that another
        # path changed the rows around it since (the step it goes back into deleted, the row moved)
        what, key, read = _SUBJECTS[op.name]
        if read(self, s, op.args) != op.expect:
            raise ChangedElsewhere(what, key(op.args))
        try:
            return _INVERSES[op.name](self, s, op.args)
        except ChangedElsewhere:
            raise
        except StoreError as exc:
            raise ChangedElsewhere(what, key(op.args)) from exc
