"""The store's refusals of an edit are messages of the catalogue: each is raised here through the store's
own method with a bad input, its English is the line `sxsh` has always printed, its Vietnamese is said
whole (numbers the Vietnamese way), and the assessment is as it was."""

from __future__ import annotations

import dataclasses

import pytest
from said_checks import assert_said
from sqlalchemy import Integer, String

from sxsh_desktop.domain.message import Message
from sxsh_desktop.domain.quantities import Quantity
from sxsh_desktop.domain.reading_record import Reading
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.store import StoreError, open_store
from sxsh_desktop.store.guard import value_problem
from sxsh_desktop.store.operations import ChangedElsewhere, Operation


@pytest.fixture
def sample(tmp_path):
    store = open_store(tmp_path / "s.db", auto_backup=False)
    aid = load_sample(store).assessment_id
    yield store, aid
    store.close()


def _refused(store, aid, call):
    """The StoreError that `call` raises, and that the assessment was not changed by it."""
    before = store.get_assessment(aid)
    with pytest.raises(StoreError) as refused:
        call()
    assert store.get_assessment(aid) == before
    return refused.value


@pytest.mark.parametrize(
    ("call", "en", "vi"),
    [
        (
            lambda s, a: s.update_assessment(a, mau_sac="do", loai=1),
            "The assessment has no field loai, mau_sac.",
            "Đánh giá không có trường loai, mau_sac.",
        ),
        (
            lambda s, a: s.update_facility(a, mau_sac="do"),
            "The facility has no field 'mau_sac'.",
            "Thông tin cơ sở không có trường 'mau_sac'.",
        ),
        (
            lambda s, a: s.update_consultant(a, chuc_vu="x", bang_cap="y"),
            "The consultant has no field 'bang_cap', 'chuc_vu'.",
            "Thông tin tư vấn viên không có trường 'bang_cap', 'chuc_vu'.",
        ),
        (
            lambda s, a: s.update_settings(a, ty_gia=25000),
            "The settings has no field 'ty_gia'.",
            "Phần thiết lập không có trường 'ty_gia'.",
        ),
        (
            lambda s, a: s.update_process_step(a, "milling", nhiet_do=30),
            "A process step has no field 'nhiet_do'.",
            "Công đoạn không có trường 'nhiet_do'.",
        ),
        (
            lambda s, a: s.update_process_step(a, "milling", flows=[]),
            "Change a step's flows with the flow operations.",
            "Các dòng vật chất của công đoạn được sửa bằng các thao tác riêng dành cho dòng vật chất.",
        ),
        (
            lambda s, a: s.delete_team_member(a, 1234),
            "There is no team member number 1234 (there are 5).",
            "Không có thành viên nhóm số 1.234 (hiện có 5).",
        ),
        (
            lambda s, a: s.update_consumption(a, 20000, s.get_assessment(a).consumption[0]),
            "There is no consumption line number 20000 (there are 12).",
            "Không có dòng tiêu thụ số 20.000 (hiện có 12).",
        ),
        (
            lambda s, a: s.delete_reading(a, 1500),
            "There is no reading number 1500 (there are 0).",
            "Không có kỳ đọc số 1.500 (hiện có 0).",
        ),
        (
            lambda s, a: s.set_readings(a, "baseline", [Reading("reporting", "2024-01-01", "2024-01-31", None)]),
            "every reading given must be of the baseline period",
            "mọi kỳ đọc đưa vào đều phải thuộc kỳ cơ sở",
        ),
        (
            lambda s, a: s.set_readings(a, "reporting", [Reading("baseline", "2024-01-01", "2024-01-31", None)]),
            "every reading given must be of the reporting period",
            "mọi kỳ đọc đưa vào đều phải thuộc kỳ báo cáo",
        ),
        (
            lambda s, a: s.apply_batch([Operation("xoa_het", (a,)), Operation("delete_option", (a, "x"))]),
            "xoa_het cannot be part of a batch.",
            "Không thể đưa xoa_het vào một lô thao tác.",
        ),
        (
            lambda s, a: s.update_facility(a, name="x" * 600),
            "facility.name: is 600 characters long, at most 500 are kept; nothing was stored",
            "facility.name: dài 600 ký tự, chỉ lưu được tối đa 500; không có gì được lưu",
        ),
    ],
)
def test_an_edit_refused_by_the_store_is_said_in_both_languages(sample, call, en, vi):
    store, aid = sample
    assert_said(_refused(store, aid, lambda: call(store, aid)), en, vi, "facility.name")


def test_a_value_that_json_cannot_keep_quotes_the_librarys_words(sample):
    store, aid = sample
    exc = _refused(store, aid, lambda: store.set_extra(aid, "ghi_chu", {1, 2}))
    why = "Object of type set is not JSON serializable"
    assert_said(
        exc, f"The value for 'ghi_chu' cannot be stored ({why}).", f"Không lưu được giá trị của 'ghi_chu' ({why}).", why
    )
    with pytest.raises(StoreError) as meta:
        store.set_meta("ghi_chu", {1, 2})
    assert_said(
        meta.value,
        f"The value for 'ghi_chu' cannot be stored ({why}).",
        f"Không lưu được giá trị của 'ghi_chu' ({why}).",
        why,
    )
    assert store.get_meta("ghi_chu") is None


@pytest.mark.parametrize(
    ("value", "en", "vi"),
    [
        (
            2**70,
            "app_meta.value: holds a whole number too large to be kept; nothing was stored",
            "app_meta.value: chứa một số nguyên quá lớn, không lưu được; không có gì được lưu",
        ),
        (
            {"do_am": float("nan")},
            "app_meta.value: holds nan, not a finite number; nothing was stored",
            "app_meta.value: chứa nan, không phải số hữu hạn; không có gì được lưu",
        ),
        (
            {"ghi\x00chu": 1},
            "app_meta.value: holds a NUL character; nothing was stored",
            "app_meta.value: chứa ký tự NUL; không có gì được lưu",
        ),
        (
            ["\ud800"],
            "app_meta.value: holds a lone surrogate (not text); nothing was stored",
            "app_meta.value: chứa ký tự không hợp lệ (không phải văn bản); không có gì được lưu",
        ),
    ],
)
def test_the_last_look_before_a_flush_names_the_column(sample, value, en, vi):
    store, _ = sample
    with pytest.raises(StoreError) as refused:
        store.set_meta("ghi_chu", value)
    assert_said(refused.value, en, vi, "app_meta.value", "NUL")
    assert store.get_meta("ghi_chu") is None


def test_a_whole_number_outside_a_column_is_said_with_every_digit():
    assert str(value_problem(Integer(), 2**40)) == "1099511627776 is outside what the store keeps"
    assert value_problem(Integer(), 2**40).text("vi") == "1.099.511.627.776 nằm ngoài phạm vi lưu được"
    long = 10**30
    assert str(value_problem(Integer(), long)) == "a number of 31 digits is outside what the store keeps"
    assert value_problem(Integer(), long).text("vi") == "một số có 31 chữ số nằm ngoài phạm vi lưu được"
    assert value_problem(String(5), "x" * 1200).text("vi") == "dài 1.200 ký tự, chỉ lưu được tối đa 5"
    assert str(value_problem(String(5), "x" * 1200)) == "is 1200 characters long, at most 5 are kept"


def test_a_batch_inside_a_batch_is_refused(sample):
    store, aid = sample
    store._batch.session = object()  # as while a batch runs on this thread
    try:
        exc = _refused(store, aid, lambda: store.apply_batch([Operation("delete_option", (aid, "x"))]))
    finally:
        store._batch.session = None
    assert_said(
        exc,
        "A batch cannot run inside another batch.",
        "Không thể chạy một lô thao tác bên trong một lô thao tác khác.",
    )


def test_an_undo_of_a_row_changed_elsewhere_is_said_by_the_rows_name(sample):
    store, aid = sample
    a = store.get_assessment(aid)
    step = a.process_steps[0]
    flow = step.flows[0]
    undo = store.apply_batch([Operation("update_flow", (aid, step.id, flow.id, dataclasses.replace(flow, name="Mới")))])
    store.update_flow(aid, step.id, flow.id, dataclasses.replace(flow, quantity=Quantity(7, "t")))
    changed = store.get_assessment(aid)
    with pytest.raises(ChangedElsewhere) as refused:
        store.apply_batch(undo)
    assert store.get_assessment(aid) == changed
    assert_said(
        refused.value,
        f"The flow '{flow.id}' was changed elsewhere since; it is left as it is.",
        f"Dòng vật chất '{flow.id}' đã bị thay đổi ở nơi khác trong lúc đó; giữ nguyên như hiện có, không hoàn tác.",
        flow.id,
    )


@pytest.mark.parametrize(
    "what",
    [
        "flow",
        "option",
        "readings of the period",
        "focus matrix",
        "maintenance",
        "executive summary",
        "conclusions",
        "benchmark process",
        "consumption",
        "team member",
        "reading",
        "process step",
        "reference product",
        "task",
        "period",
        "value",
        "facility",
        "consultant",
        "assessment",
        "setting",
    ],
)
def test_every_row_an_undo_goes_back_to_has_a_name(what):
    exc = ChangedElsewhere(what, "k")
    assert str(exc) == f"The {what} 'k' was changed elsewhere since; it is left as it is."
    assert exc.said.untranslated() == []


def test_every_row_an_undo_names_is_in_the_catalogue():
    from sxsh_desktop.store.operations import batch

    for what, _, _ in batch._SUBJECTS.values():
        ChangedElsewhere(what, "k")  # a KeyError when the catalogue lacks its name


def test_the_words_the_message_quotes_are_kept_as_given():
    said = Message("store.no_field", {"what": Message("store.the_facility"), "fields": "'x'"})
    assert said.text("vi") == "Thông tin cơ sở không có trường 'x'."


def test_the_check_finds_english_words_left_in_the_vietnamese(monkeypatch):
    from said_checks import english_words_left

    from sxsh_desktop.domain.catalogue import TEXTS

    said = Message("store.no_field", {"what": Message("store.the_facility"), "fields": "'stored'"})
    assert english_words_left(said) == set()  # 'stored' is quoted (a parameter), not a word of the sentence
    monkeypatch.setitem(TEXTS, "store.no_field", {"en": "{what} has no field {fields}.", "vi": "{what} has no trường"})
    assert english_words_left(said) == {"has", "no"}
