"""The planning fields once kept in `extra` (focus matrix, maintenance, basis label, implementation plan) and
the consultant's own report texts: typed in the model, read from the document where older files carry them,
written back the same, validated with the field named, kept by the store and its operations."""

from __future__ import annotations

import copy
import json

import pytest

from sxsh_desktop.domain.model import FocusCriterion, FocusMatrix, Maintenance
from sxsh_desktop.domain.validation import ValidationError
from sxsh_desktop.interchange.document import DocumentError, content_digest, parse_document, to_document
from sxsh_desktop.paths import resources_dir
from sxsh_desktop.services import edits
from sxsh_desktop.store import open_store
from sxsh_desktop.store.engine import sqlite_url

SAMPLE = resources_dir() / "samples" / "brewery-sample.json"

MATRIX = {
    "criteria": [
        {"id": "waste_cost", "name": "Chi phí dòng thải", "weight": 3},
        {"id": "potential", "name": "Tiềm năng", "weight": 1.5, "source": "VNCPC"},
    ],
    "scores": {"cooking": {"waste_cost": 5, "potential": 2}, "fermentation": {"waste_cost": 1}},
    "method": "weighted",
}
MAINTENANCE = {"measures": ["training", "monitoring"], "next_focus": "fermentation", "review_date": "2025-12-31"}


def _older_document() -> dict:
    """The sample as the app wrote it before these fields were typed: the same names, in the same places."""
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["focus_matrix"] = copy.deepcopy(MATRIX)
    doc["maintenance"] = {**MAINTENANCE, "audited_by": "Sở Công Thương"}
    doc["process_steps"][0]["basis_label"] = "một mẻ nấu"
    doc["options"][0].update(responsible="Phạm Quốc Hưng", planned_date="2025-06-30", done_date="2025-07-15")
    doc["x_unknown"] = {"kept": True}
    return doc


def test_an_older_document_is_read_into_the_typed_fields_and_written_back_the_same():
    doc = _older_document()
    a = parse_document(copy.deepcopy(doc))
    assert a.focus_matrix == FocusMatrix(
        [
            FocusCriterion("waste_cost", "Chi phí dòng thải", 3),
            FocusCriterion("potential", "Tiềm năng", 1.5, {"source": "VNCPC"}),
        ],
        {"cooking": {"waste_cost": 5, "potential": 2}, "fermentation": {"waste_cost": 1}},
        {"method": "weighted"},
    )
    assert a.maintenance == Maintenance(
        ["training", "monitoring"], "fermentation", "2025-12-31", {"audited_by": "Sở Công Thương"}
    )
    assert a.process_steps[0].basis_label == "một mẻ nấu"
    o = a.options[0]
    assert (o.responsible, o.planned_date, o.done_date) == ("Phạm Quốc Hưng", "2025-06-30", "2025-07-15")
    assert a.extra == {"x_unknown": {"kept": True}}  # only what the app does not know stays in extra
    assert not {"basis_label"} & set(a.process_steps[0].extra)
    assert not {"responsible", "planned_date", "done_date"} & set(o.extra)
    again = to_document(a)
    assert again == doc
    assert content_digest(again) == content_digest(doc)  # no new revision for an unchanged assessment


def test_a_document_without_them_keeps_its_digest():
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    again = to_document(parse_document(copy.deepcopy(doc)))
    assert not {"focus_matrix", "maintenance", "executive_summary", "conclusions"} & set(again)
    assert content_digest(again) == content_digest(doc)


def test_the_consultants_report_texts_round_trip():
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["executive_summary"] = "Nhà máy đã giảm 12 % điện năng trên mỗi hL bia.\n\nDòng thứ hai."
    doc["conclusions"] = "Kiến nghị: tiếp tục thu hồi CO2."
    a = parse_document(copy.deepcopy(doc))
    assert (a.executive_summary, a.conclusions) == (doc["executive_summary"], doc["conclusions"])
    assert to_document(a) == doc


@pytest.mark.parametrize(
    "change, field, words",
    [
        (lambda d: d["options"][0].update(planned_date="30/06/2025"), "options[0].planned_date", "YYYY-MM-DD"),
        (lambda d: d["options"][1].update(done_date="2025-02-30"), "options[1].done_date", "not a date"),
        (lambda d: d["maintenance"].update(review_date="2025-13-01"), "maintenance.review_date", "YYYY-MM-DD"),
        (lambda d: d["maintenance"].update(measures=["training", "training"]), "maintenance.measures[1]", "twice"),
        (
            lambda d: d["focus_matrix"]["scores"]["cooking"].update(odour=2),
            "focus_matrix.scores.cooking.odour",
            "no criterion",
        ),
        (
            lambda d: d["focus_matrix"]["criteria"].append({"id": "waste_cost", "name": "x"}),
            "focus_matrix.criteria[2].id",
            "twice",
        ),
        (lambda d: d["focus_matrix"]["criteria"][0].update(name=" "), "focus_matrix.criteria[0].name", "empty"),
    ],
)
def test_bad_values_are_refused_naming_the_field(change, field, words):
    doc = _older_document()
    change(doc)
    with pytest.raises(DocumentError) as exc:
        parse_document(doc)
    assert str(exc.value).startswith(f"{field}: ") and words in str(exc.value)


@pytest.mark.parametrize(
    "change, where",
    [
        (lambda d: d["maintenance"].update(measures=["yoga"]), "maintenance.measures[0]"),
        (
            lambda d: d["focus_matrix"]["scores"]["cooking"].update(waste_cost=7),
            "focus_matrix.scores.cooking.waste_cost",
        ),
        (lambda d: d["focus_matrix"]["criteria"][0].update(weight=-1), "focus_matrix.criteria[0].weight"),
        (lambda d: d["options"][0].update(responsible=5), "options[0].responsible"),
    ],
)
def test_the_schema_says_what_is_expected(change, where):
    doc = _older_document()
    change(doc)
    with pytest.raises(DocumentError) as exc:
        parse_document(doc)
    assert str(exc.value).startswith(where)


@pytest.fixture
def stored(tmp_path):
    with open_store(sqlite_url(tmp_path / "sxsh.db")) as store:
        a = parse_document(_older_document())
        a.executive_summary, a.conclusions = "Tóm tắt của chuyên gia.", "Kết luận của chuyên gia."
        store.add_assessment(a)
        yield store, a


def test_the_store_keeps_every_typed_field(stored):
    store, a = stored
    got = store.get_assessment(a.id)
    assert got.focus_matrix == a.focus_matrix and got.maintenance == a.maintenance
    assert got.process_steps[0].basis_label == "một mẻ nấu" and got.options[0].responsible == "Phạm Quốc Hưng"
    assert (got.executive_summary, got.conclusions) == ("Tóm tắt của chuyên gia.", "Kết luận của chuyên gia.")
    assert to_document(got) == to_document(a)


def test_each_edit_is_one_operation_with_its_inverse(stored):
    store, a = stored
    old = store.get_assessment(a.id)
    matrix = copy.deepcopy(old.focus_matrix)
    matrix.scores["cooking"]["waste_cost"] = 0
    done = []
    for edit in (
        edits.set_focus_matrix(store, a.id, old.focus_matrix, matrix, "Score"),
        edits.set_maintenance(store, a.id, old.maintenance, Maintenance(["training"]), "Measures"),
        edits.set_report_text(store, a.id, "executive_summary", old.executive_summary, "Mới.", "Summary"),
        edits.set_report_text(store, a.id, "conclusions", old.conclusions, "", "Conclusions"),
    ):
        assert edit is not None
        edit.do()
        done.append(edit)
    now = store.get_assessment(a.id)
    assert now.focus_matrix.scores["cooking"]["waste_cost"] == 0
    assert now.maintenance == Maintenance(["training"])
    assert (now.executive_summary, now.conclusions) == ("Mới.", "")
    assert to_document(now)["executive_summary"] == "Mới."
    assert "conclusions" not in to_document(now)  # empty: the report writes its own
    for edit in reversed(done):
        edit.undo()
    assert to_document(store.get_assessment(a.id)) == to_document(old) | {
        "updated_at": to_document(store.get_assessment(a.id))["updated_at"]
    }
    assert edits.set_report_text(store, a.id, "conclusions", "", "", "same") is None
    with pytest.raises(ValueError):
        edits.set_report_text(store, a.id, "title", "", "x", "no such text")


def test_a_bad_value_changes_nothing(stored):
    store, a = stored
    before = to_document(store.get_assessment(a.id))
    with pytest.raises(ValidationError) as exc:
        store.set_maintenance(a.id, Maintenance(["training"], review_date="31/12/2025"))
    assert str(exc.value).startswith("maintenance.review_date: ")
    bad = copy.deepcopy(a.focus_matrix)
    bad.scores["cooking"]["waste_cost"] = 9
    with pytest.raises(ValidationError) as exc:
        store.set_focus_matrix(a.id, bad)
    assert "from 0 to 5" in str(exc.value)
    assert to_document(store.get_assessment(a.id)) == before


def test_a_renamed_step_keeps_its_scores_and_stays_the_next_focus(stored):
    store, a = stored
    store.update_process_step(a.id, "fermentation", id="ferment")
    got = store.get_assessment(a.id)
    assert got.focus_matrix.scores["ferment"] == {"waste_cost": 1} and "fermentation" not in got.focus_matrix.scores
    assert got.maintenance.next_focus == "ferment"
    store.update_process_step(a.id, "ferment", id="fermentation")
    assert content_digest(to_document(store.get_assessment(a.id))) == content_digest(to_document(a))


def test_a_refusal_is_said_in_vietnamese_with_the_fields_name():
    from sxsh_desktop.domain.validation import validate_assessment

    a = parse_document(_older_document())
    a.options[0].planned_date = "30/06/2025"
    a.focus_matrix.scores["cooking"]["waste_cost"] = 9
    problems = {p.field: p for p in validate_assessment(a)}
    said = problems["options[0].planned_date"].text("vi", screen=True)
    assert (
        said
        == "Ngày dự kiến thực hiện, dòng 1: '30/06/2025' không phải là ngày; ghi theo dạng YYYY-MM-DD (ví dụ 2025-12-31)"
    )
    score = problems["focus_matrix.scores.cooking.waste_cost"]
    assert score.text("vi", screen=True) == "Điểm của công đoạn: cần là một số nguyên từ 0 đến 5 (đang là 9)"
    assert str(score) == "focus_matrix.scores.cooking.waste_cost: should be a whole number from 0 to 5 (got 9)"
