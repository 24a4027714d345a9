"""The assessment's settings (the discount rate, the method of each resource's saving) as a named operation
(services/edits.update_settings over the store's update_settings in a batch), without Qt: the store writes
out its inverse, an undo or redo finding the same setting changed by another path is refused
(ChangedElsewhere) and changes nothing, and a setting changed beside it does not refuse it."""

from __future__ import annotations

import pytest

from sxsh_desktop.domain.validation import ValidationError
from sxsh_desktop.services import edits
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store import open_store
from sxsh_desktop.store.errors import StoreError
from sxsh_desktop.store.operations import ChangedElsewhere, Operation


@pytest.fixture
def sample(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'settings.db'}", auto_backup=False)
    aid = load_sample(store).assessment_id
    yield store, aid
    store.close()


def _settings(store, aid):
    return store.get_assessment(aid).settings


def test_the_store_writes_out_the_inverse_of_a_settings_update(sample):
    store, aid = sample
    rate = _settings(store, aid).discount_rate
    inverse = store.apply_batch([Operation("update_settings", (aid, {"discount_rate": 0.12}))])
    assert _settings(store, aid).discount_rate == 0.12
    # the old value back, expecting only that setting as the update left it
    assert inverse == [Operation("update_settings", (aid, {"discount_rate": rate}), {"discount_rate": 0.12})]
    again = store.apply_batch(inverse)
    assert _settings(store, aid).discount_rate == rate
    assert again == [Operation("update_settings", (aid, {"discount_rate": 0.12}), {"discount_rate": rate})]


def test_the_discount_rate_is_done_undone_and_redone(sample):
    store, aid = sample
    old = _settings(store, aid)
    assert edits.update_settings(store, aid, old, {"discount_rate": old.discount_rate}, "Rate") is None
    edit = edits.update_settings(store, aid, old, {"discount_rate": 0.08}, "Change the discount rate")
    assert edit.name == "Change the discount rate"
    edit.do()
    assert _settings(store, aid).discount_rate == 0.08
    edit.undo()
    assert _settings(store, aid) == old
    edit.do()
    assert _settings(store, aid).discount_rate == 0.08


def test_the_method_of_a_saving_is_undone_to_the_whole_old_choice(sample):
    store, aid = sample
    store.update_settings(aid, savings_methods={"water": "ratio"})
    old = _settings(store, aid)
    edit = edits.update_settings(
        store, aid, old, {"savings_methods": {"water": "ratio", "electricity": "ratio"}}, "Choose the method"
    )
    edit.do()
    assert _settings(store, aid).savings_methods == {"water": "ratio", "electricity": "ratio"}
    edit.undo()
    assert _settings(store, aid).savings_methods == {"water": "ratio"}


def test_an_undo_finding_the_setting_changed_elsewhere_is_refused_and_changes_nothing(sample):
    store, aid = sample
    old = _settings(store, aid)
    edit = edits.update_settings(store, aid, old, {"discount_rate": 0.08}, "Change the discount rate")
    edit.do()
    store.update_settings(aid, discount_rate=0.15)  # another window, the command line
    kept = store.get_assessment(aid)
    with pytest.raises(ChangedElsewhere, match="The setting 'discount_rate' was changed elsewhere since"):
        edit.undo()
    assert store.get_assessment(aid) == kept
    # put back as the edit left it, the undo goes through: the refusal left the edit where it was
    store.update_settings(aid, discount_rate=0.08)
    edit.undo()
    assert _settings(store, aid).discount_rate == old.discount_rate


def test_a_redo_finding_the_setting_changed_elsewhere_is_refused(sample):
    store, aid = sample
    old = _settings(store, aid)
    edit = edits.update_settings(store, aid, old, {"discount_rate": 0.08}, "Change the discount rate")
    edit.do()
    edit.undo()
    store.update_settings(aid, discount_rate=0.2)
    kept = store.get_assessment(aid)
    with pytest.raises(ChangedElsewhere, match="discount_rate"):
        edit.do()
    assert store.get_assessment(aid) == kept


def test_a_setting_changed_beside_it_does_not_refuse_the_undo(sample):
    store, aid = sample
    old = _settings(store, aid)
    edit = edits.update_settings(store, aid, old, {"discount_rate": 0.08}, "Change the discount rate")
    edit.do()
    store.update_settings(aid, balance_tolerance_percent=7.5)
    edit.undo()
    now = _settings(store, aid)
    assert (now.discount_rate, now.balance_tolerance_percent) == (old.discount_rate, 7.5)


def test_a_refused_settings_update_changes_nothing(sample):
    store, aid = sample
    kept = store.get_assessment(aid)
    with pytest.raises(ValidationError):
        edits.update_settings(store, aid, kept.settings, {"discount_rate": -0.1}, "Rate").do()
    with pytest.raises(StoreError, match="no field 'rate'"):
        store.apply_batch([Operation("update_settings", (aid, {"rate": 0.1}))])
    assert store.get_assessment(aid) == kept
