"""Edits as named operations (services/edits.py over store/operations/batch.py), without Qt: several rows
changed by one action are one transaction — a refusal at the third row changes nothing — and their undo is
one transaction that puts every row back in its place; an undo finding its row changed by another path is
refused and changes nothing."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import event

from sxsh_desktop.domain.quantities import Quantity, UnitError
from sxsh_desktop.domain.readings import Reading
from sxsh_desktop.domain.validation import ValidationError
from sxsh_desktop.services import edits
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store import StoreError, open_store
from sxsh_desktop.store.operations import ChangedElsewhere, Operation


@pytest.fixture
def sample(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'edits.db'}", auto_backup=False)
    aid = load_sample(store).assessment_id
    yield store, aid
    store.close()


def _commits(store) -> list[int]:
    """A list that grows by one at each committed write transaction of the store (its writers begin
    IMMEDIATE; a read's transaction is not counted)."""
    seen: list[int] = []

    def commit(conn) -> None:
        if conn.get_execution_options().get("sqlite_begin") == "immediate":
            seen.append(1)

    event.listen(store.engine, "commit", commit)
    return seen


def _flow_ids(store, aid, sid):
    return [f.id for f in store.get_assessment(aid).step(sid).flows]


def test_flows_deleted_together_are_one_transaction_each_way_and_return_in_their_places(sample):
    store, aid = sample
    step = store.get_assessment(aid).process_steps[1]
    before = [f.id for f in step.flows]
    heard = []
    store.subscribe(heard.append)
    commits = _commits(store)
    edit = edits.delete_flows(store, aid, step.id, [before[3], before[0], before[4]], "Delete 3 rows")
    assert edit.name == "Delete 3 rows"
    edit.do()
    assert len(commits) == 1
    assert len(heard) == 3  # told after the commit, one change per row
    assert _flow_ids(store, aid, step.id) == [x for i, x in enumerate(before) if i not in (0, 3, 4)]
    edit.undo()
    assert len(commits) == 2
    assert store.get_assessment(aid).step(step.id).flows == step.flows  # every field, every place
    edit.do()
    edit.undo()
    assert _flow_ids(store, aid, step.id) == before
    assert len(commits) == 4


def test_a_refusal_at_the_third_row_changes_nothing(sample):
    store, aid = sample
    a = store.get_assessment(aid)
    step = a.process_steps[1]
    heard = []
    store.subscribe(heard.append)
    # a unit of the wrong kind on the third flow: the first two edits are rolled back with it
    changed = [(f, dataclasses.replace(f, name=f.name + " (sửa)")) for f in step.flows[:2]]
    wrong = dataclasses.replace(step.flows[2], quantity=Quantity(5, "kWh"))
    edit = edits.update_flows(store, aid, step.id, [*changed, (step.flows[2], wrong)], "Fill down")
    with pytest.raises((ValidationError, UnitError)):
        edit.do()
    # a row that is not there: the two deletes before it are rolled back
    gone = edits.delete_flows(store, aid, step.id, [step.flows[0].id, step.flows[1].id, "no-such-flow"], "x")
    with pytest.raises(StoreError):
        gone.do()
    assert store.get_assessment(aid) == a  # updated_at included
    assert heard == []


def test_an_unknown_operation_is_refused_before_anything_runs(sample):
    store, aid = sample
    a = store.get_assessment(aid)
    with pytest.raises(StoreError, match="cannot be part of a batch"):
        store.apply_batch([Operation("delete_option", (aid, a.options[0].id)), Operation("delete_assessment", (aid,))])
    assert store.get_assessment(aid) == a


@pytest.mark.parametrize("noun, field", [("consumption", "consumption"), ("team_member", "team")])
def test_rows_known_by_place_return_in_their_places(sample, noun, field):
    store, aid = sample
    rows = getattr(store.get_assessment(aid), field)
    edit = edits.delete_rows(store, aid, noun, [1, 3, 4], "Delete 3 rows")
    edit.do()
    assert getattr(store.get_assessment(aid), field) == [r for i, r in enumerate(rows) if i not in (1, 3, 4)]
    edit.undo()
    assert getattr(store.get_assessment(aid), field) == rows
    edit.do()  # a redo deletes the same rows again
    assert len(getattr(store.get_assessment(aid), field)) == len(rows) - 3


def test_options_deleted_together_return_to_their_places(sample):
    store, aid = sample
    options = store.get_assessment(aid).options
    edit = edits.delete_options(store, aid, [options[5].id, options[1].id], "Delete 2 rows")
    edit.do()
    assert [o.id for o in store.get_assessment(aid).options] == [o.id for i, o in enumerate(options) if i not in (1, 5)]
    edit.undo()
    assert store.get_assessment(aid).options == options


def test_update_option_knows_its_inverse_and_no_change_is_no_edit(sample):
    store, aid = sample
    o = store.get_assessment(aid).options[0]
    assert edits.update_option(store, aid, o, "Rename", title=o.title) is None
    edit = edits.update_option(store, aid, o, "Rename", title="Thu hồi nước ngưng")
    edit.do()
    assert store.get_assessment(aid).options[0].title == "Thu hồi nước ngưng"
    edit.undo()
    assert store.get_assessment(aid).options[0] == o


def test_readings_set_at_once_and_back(sample):
    store, aid = sample
    a = store.get_assessment(aid)
    start = a.baseline.start
    first = Reading("baseline", start, start, None)
    store.set_readings(aid, "baseline", [first])
    edit = edits.set_readings(store, aid, "baseline", [], "Delete 1 row")
    edit.do()
    assert store.get_assessment(aid).readings == []
    edit.undo()
    assert store.get_assessment(aid).readings == [first]


def test_an_undo_finding_its_row_changed_elsewhere_is_refused_and_changes_nothing(sample):
    store, aid = sample
    step = store.get_assessment(aid).process_steps[1]
    old = step.flows[0]
    edit = edits.update_flow(store, aid, step.id, old, dataclasses.replace(old, name="Malt"), "Rename")
    edit.do()
    # another path (a second window, the command line) renames the same flow
    other = dataclasses.replace(old, name="Malt và gạo (cân lại)")
    store.update_flow(aid, step.id, old.id, other)
    kept = store.get_assessment(aid)
    with pytest.raises(ChangedElsewhere):
        edit.undo()
    assert store.get_assessment(aid) == kept
    # once the other path puts it back as the edit left it, the same undo goes through
    store.update_flow(aid, step.id, old.id, dataclasses.replace(old, name="Malt"))
    edit.undo()
    assert store.get_assessment(aid).step(step.id).flows[0] == old


def test_a_redo_finding_the_row_taken_is_refused(sample):
    store, aid = sample
    step = store.get_assessment(aid).process_steps[1]
    flows = step.flows
    edit = edits.delete_flows(store, aid, step.id, [flows[0].id, flows[2].id], "Delete 2 rows")
    edit.do()
    edit.undo()
    store.update_flow(aid, step.id, flows[2].id, dataclasses.replace(flows[2], name="đổi ở nơi khác"))
    kept = store.get_assessment(aid)
    with pytest.raises(ChangedElsewhere, match="b-in-hops"):
        edit.do()  # the redo would delete a flow another path has changed since
    assert store.get_assessment(aid) == kept


def test_an_undo_whose_place_is_gone_is_refused_as_changed_elsewhere(sample):
    store, aid = sample
    a = store.get_assessment(aid)
    step = a.process_steps[1]
    edit = edits.delete_flows(store, aid, step.id, [step.flows[0].id, step.flows[1].id], "Delete 2 rows")
    edit.do()
    # another window deletes the whole step (and the options that point at it)
    for o in a.options:
        if o.process_step == step.id:
            store.delete_option(aid, o.id)
    store.delete_process_step(aid, step.id)
    kept = store.get_assessment(aid)
    with pytest.raises(ChangedElsewhere, match="flow"):
        edit.undo()
    assert store.get_assessment(aid) == kept


def test_an_undo_of_rows_known_by_place_is_refused_when_the_list_is_gone_short(sample):
    store, aid = sample
    team = store.get_assessment(aid).team
    edit = edits.delete_rows(store, aid, "team_member", [len(team) - 1], "Remove")
    edit.do()
    store.set_team(aid, team[:1])  # another path leaves one member
    with pytest.raises(ChangedElsewhere):
        edit.undo()  # the last member cannot go back to place 5 of a list of 1
    assert store.get_assessment(aid).team == team[:1]
