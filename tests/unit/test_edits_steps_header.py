"""The process-step edits and the assessment's header fields as named operations (services/edits.py over
store/operations/inverses.py), without Qt: each knows its inverse, a deleted step comes back at its place
with its flows, a renamed step code is carried back into the options, and an undo or redo finding what it
would change changed by another path is refused (ChangedElsewhere) and changes nothing."""

from __future__ import annotations

import dataclasses

import pytest

from sxsh_desktop.domain.quantities import Quantity
from sxsh_desktop.domain.validation import ValidationError
from sxsh_desktop.services import edits
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.services.templates import UnknownTemplate
from sxsh_desktop.store import open_store
from sxsh_desktop.store.operations import ChangedElsewhere


@pytest.fixture
def sample(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'steps.db'}", auto_backup=False)
    aid = load_sample(store).assessment_id
    yield store, aid
    store.close()


def _ids(store, aid):
    return [p.id for p in store.get_assessment(aid).process_steps]


def test_a_deleted_step_comes_back_in_its_place_with_its_flows(sample):
    store, aid = sample
    before = store.get_assessment(aid)
    ids = [p.id for p in before.process_steps]
    edit = edits.delete_process_step(store, aid, "milling", "Delete process step")
    edit.do()
    assert _ids(store, aid) == ids[1:]
    edit.undo()
    after = store.get_assessment(aid)
    assert [p.id for p in after.process_steps] == ids
    assert after.process_steps == before.process_steps  # every field, every flow in its order
    edit.do()  # redo
    assert _ids(store, aid) == ids[1:]


def test_a_step_deleted_from_the_middle_comes_back_there(sample):
    store, aid = sample
    a = store.get_assessment(aid)
    # the fermentation step has an option: it goes first, then the step; both come back in one undo
    option = next(o for o in a.options if o.process_step == "fermentation")
    first = edits.delete_options(store, aid, [option.id], "Delete option")
    first.do()
    edit = edits.delete_process_step(store, aid, "fermentation", "Delete process step")
    edit.do()
    assert "fermentation" not in _ids(store, aid)
    edit.undo()
    first.undo()
    assert store.get_assessment(aid) == dataclasses.replace(a, updated_at=store.get_assessment(aid).updated_at)


def test_a_step_an_option_points_at_is_not_deleted(sample):
    store, aid = sample
    kept = store.get_assessment(aid)
    with pytest.raises(ValidationError):
        edits.delete_process_step(store, aid, "brewhouse", "Delete process step").do()
    assert store.get_assessment(aid) == kept


def test_an_added_step_goes_again_on_undo_and_comes_back_on_redo(sample):
    from sxsh_desktop.domain.model import ProcessStep

    store, aid = sample
    ids = _ids(store, aid)
    step = ProcessStep(id="cip", name="Vệ sinh CIP", order=6, basis=Quantity(100, "hL"))
    edit = edits.add_process_step(store, aid, step, "Add process step")
    edit.do()
    assert _ids(store, aid) == [*ids, "cip"]
    edit.undo()
    assert _ids(store, aid) == ids
    edit.do()
    assert store.get_assessment(aid).step("cip") == step


def test_a_renamed_step_code_is_carried_into_the_options_and_back(sample):
    store, aid = sample
    a = store.get_assessment(aid)
    step = a.step("boiler")
    pointing = [o.id for o in a.options if o.process_step == "boiler"]
    assert edits.update_process_step(store, aid, step, {"id": "boiler"}, "Change code") is None  # no change, no edit
    edit = edits.update_process_step(store, aid, step, {"id": "lo-hoi"}, "Change code")
    edit.do()
    b = store.get_assessment(aid)
    assert b.step("boiler") is None and b.step("lo-hoi").name == step.name
    assert [o.id for o in b.options if o.process_step == "lo-hoi"] == pointing
    edit.undo()
    assert store.get_assessment(aid).process_steps == a.process_steps
    assert [o.process_step for o in store.get_assessment(aid).options] == [o.process_step for o in a.options]


def test_a_step_field_changed_elsewhere_refuses_the_undo_but_another_field_does_not(sample):
    store, aid = sample
    step = store.get_assessment(aid).step("milling")
    edit = edits.update_process_step(store, aid, step, {"name": "Nghiền nguyên liệu (sửa)"}, "Rename")
    edit.do()
    store.update_process_step(aid, "milling", basis=Quantity(50, "hL"))  # beside it: the undo still goes through
    edit.undo()
    assert store.get_assessment(aid).step("milling").name == step.name
    edit.do()
    store.update_process_step(aid, "milling", name="Nghiền (sửa ở nơi khác)")  # the same field: refused
    kept = store.get_assessment(aid)
    with pytest.raises(ChangedElsewhere, match="milling"):
        edit.undo()
    assert store.get_assessment(aid) == kept


def test_a_moved_step_moves_back_and_a_refused_redo_changes_nothing(sample):
    store, aid = sample
    ids = _ids(store, aid)
    edit = edits.move_process_step(store, aid, "boiler", 1, "Move process step")
    edit.do()
    assert _ids(store, aid) == ["boiler", *ids[:-1]]
    edit.undo()
    assert _ids(store, aid) == ids
    store.move_process_step(aid, "boiler", 3)  # another path moves it meanwhile
    kept = store.get_assessment(aid)
    with pytest.raises(ChangedElsewhere, match="boiler"):
        edit.do()
    assert store.get_assessment(aid) == kept


def _record(store, aid, record):
    a = store.get_assessment(aid)
    return a if record == "assessment" else getattr(a, record)


@pytest.mark.parametrize(
    "record, field, value, elsewhere",
    [
        ("facility", "name", "Công ty CP Bia Sen Vàng", "Bia Sen"),
        ("facility", "employees", 200, 190),
        ("facility", "products", ["Bia hơi"], ["Bia lon"]),
        ("consultant", "email", "an.le@example.vn", "an@example.vn"),
        ("assessment", "assessment_type", "rapid", "rapid"),
    ],
)
def test_a_header_field_knows_its_inverse(sample, record, field, value, elsewhere):
    store, aid = sample
    old = _record(store, aid, record)
    assert edits.update_header(store, aid, record, old, {field: getattr(old, field)}, "Edit") is None
    edit = edits.update_header(store, aid, record, old, {field: value}, "Edit")
    edit.do()
    assert getattr(_record(store, aid, record), field) == value
    edit.undo()
    assert getattr(_record(store, aid, record), field) == getattr(old, field)
    edit.do()
    # the same field changed by another path (back to what it was, or to a third value): the undo is refused
    getattr(store, f"update_{record}")(aid, **{field: getattr(old, field) if elsewhere == value else elsewhere})
    kept = store.get_assessment(aid)
    with pytest.raises(ChangedElsewhere, match=field):
        edit.undo()
    assert store.get_assessment(aid) == kept


def test_the_facility_undo_is_not_refused_for_another_field_changed_beside_it(sample):
    store, aid = sample
    f = store.get_assessment(aid).facility
    edit = edits.update_header(store, aid, "facility", f, {"name": "Bia Sen Vàng"}, "Edit facility")
    edit.do()
    store.update_facility(aid, address="Lô 14, KCN Bắc Vinh")
    edit.undo()
    g = store.get_assessment(aid).facility
    assert (g.name, g.address) == (f.name, "Lô 14, KCN Bắc Vinh")


def test_product_task_extra_and_template(sample):
    store, aid = sample
    a = store.get_assessment(aid)
    edit = edits.set_product(store, aid, a.product, "Bia chai", "hL", "Edit product")
    assert edits.set_product(store, aid, a.product, a.product.name, a.product.unit, "Edit product") is None
    edit.do()
    assert store.get_assessment(aid).product.name == "Bia chai"
    edit.undo()
    assert store.get_assessment(aid).product == a.product

    task = edits.set_task(store, aid, 2, True, "Định mức theo QCVN", "Mark task 2 done")
    task.do()
    assert next(t for t in store.get_assessment(aid).tasks if t.task == 2).notes == "Định mức theo QCVN"
    task.undo()

    def task_2(x):
        return next(((t.done, t.notes) for t in x.tasks if t.task == 2), (False, ""))

    assert task_2(store.get_assessment(aid)) == task_2(a)

    extra = edits.set_extra(store, aid, "note", a.extra.get("note"), {"x": 1}, "Note")
    extra.do()
    assert store.get_assessment(aid).extra["note"] == {"x": 1}
    extra.undo()
    assert "note" not in store.get_assessment(aid).extra

    with pytest.raises(UnknownTemplate):
        edits.attach_template(store, aid, a.template, "xi-mang", "Attach")
    off = edits.attach_template(store, aid, a.template, None, "Take off")
    off.do()
    assert store.get_assessment(aid).template is None
    off.undo()
    assert store.get_assessment(aid).template == a.template


def test_a_period_set_knows_its_inverse_and_a_period_changed_elsewhere_refuses_it(sample):
    from sxsh_desktop.store.operations import Operation

    store, aid = sample
    a = store.get_assessment(aid)
    new = dataclasses.replace(a.reporting, production=Quantity(130000, "hL"))
    edit = edits.operations(store, "Change the reporting period", [Operation("set_period", (aid, "reporting", new))])
    edit.do()
    assert store.get_assessment(aid).reporting == new
    edit.undo()
    assert store.get_assessment(aid).reporting == a.reporting
    edit.do()
    store.set_period(aid, "reporting", dataclasses.replace(new, end="2024-11-30"))  # another window
    kept = store.get_assessment(aid)
    with pytest.raises(ChangedElsewhere, match="reporting"):
        edit.undo()
    assert store.get_assessment(aid) == kept


def test_deleting_a_step_options_belong_to_says_which_and_what_to_do(sample):
    from sxsh_desktop.domain.validation import ValidationError

    store, aid = sample
    owned = [o.id for o in store.get_assessment(aid).options if o.process_step == "brewhouse"]
    step = next(s for s in store.get_assessment(aid).process_steps if s.id == "brewhouse")
    with pytest.raises(ValidationError) as exc:
        edits.delete_process_step(store, aid, "brewhouse", "Delete process step").do()
    problem = exc.value.problems[0]
    assert problem.message == (
        f"the process step '{step.name}' cannot be deleted while options belong to it ({', '.join(owned)}): "
        "move them to another step or delete them first"
    )
    assert problem.said.text("vi") == (
        f"không xoá được công đoạn '{step.name}' khi còn giải pháp thuộc công đoạn này ({', '.join(owned)}): "
        "hãy chuyển các giải pháp đó sang công đoạn khác hoặc xoá chúng trước"
    )
