"""Edits as named operations (services/edits.py), without Qt: several flows deleted as one Edit come back
in their places on undo; a deleted option returns to its place; a compound Edit refused half-way leaves
nothing half done, in either direction."""

from __future__ import annotations

import pytest

from sxsh_desktop.services import edits
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store import StoreError, open_store


@pytest.fixture
def sample(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'edits.db'}", auto_backup=False)
    aid = load_sample(store).assessment_id
    yield store, aid
    store.close()


def _flow_ids(store, aid, sid):
    return [f.id for f in store.get_assessment(aid).step(sid).flows]


def test_flows_deleted_together_return_in_their_places(sample):
    store, aid = sample
    step = store.get_assessment(aid).process_steps[1]
    before = [f.id for f in step.flows]
    chosen = [(3, step.flows[3]), (0, step.flows[0]), (4, step.flows[4])]  # in any order
    edit = edits.delete_flows(store, aid, step.id, chosen, "Delete 3 flows")
    assert edit.name == "Delete 3 flows"
    edit.do()
    assert _flow_ids(store, aid, step.id) == [x for i, x in enumerate(before) if i not in (0, 3, 4)]
    edit.undo()
    assert _flow_ids(store, aid, step.id) == before
    edit.do()
    edit.undo()
    assert _flow_ids(store, aid, step.id) == before


def test_a_deleted_option_returns_to_its_place(sample):
    store, aid = sample
    options = store.get_assessment(aid).options
    edit = edits.delete_option(store, aid, options[1], 1, "Delete option")
    edit.do()
    assert [o.id for o in store.get_assessment(aid).options] == [o.id for o in options if o is not options[1]]
    edit.undo()
    assert [o.id for o in store.get_assessment(aid).options] == [o.id for o in options]


def test_update_option_knows_its_inverse_and_no_change_is_no_edit(sample):
    store, aid = sample
    o = store.get_assessment(aid).options[0]
    assert edits.update_option(store, aid, o, "Rename", title=o.title) is None
    edit = edits.update_option(store, aid, o, "Rename", title="Thu hồi nước ngưng")
    edit.do()
    assert store.get_assessment(aid).options[0].title == "Thu hồi nước ngưng"
    edit.undo()
    assert store.get_assessment(aid).options[0] == o


def test_a_compound_refused_half_way_is_rolled_back(sample):
    store, aid = sample
    step = store.get_assessment(aid).process_steps[1]
    before = _flow_ids(store, aid, step.id)
    ghost = edits.Edit("ghost", lambda: store.delete_flow(aid, step.id, "no-such-flow"), lambda: None)
    first = edits.delete_flows(store, aid, step.id, [(0, step.flows[0])], "one")
    both = edits.compound("both", [first, ghost])
    with pytest.raises(StoreError):
        both.do()
    assert _flow_ids(store, aid, step.id) == before  # the first delete was put back

    # the other way: an undo refused half-way re-does what it had undone
    ok = edits.delete_flows(store, aid, step.id, [(0, step.flows[0])], "one")
    refusing_undo = edits.Edit("x", lambda: None, lambda: store.delete_flow(aid, step.id, "no-such-flow"))
    pair = edits.compound("pair", [refusing_undo, ok])
    pair.do()
    with pytest.raises(StoreError):
        pair.undo()
    assert _flow_ids(store, aid, step.id) == before[1:]  # still deleted, as the stack says
