"""The method choices once kept in `extra` (the norm's sub-process, the monitoring layout, each resource's
savings method, the bounds of a valid regression): typed in the model, read from the document where older
files carry them, written back the same, validated with the field named, kept by the store and its
operations."""

from __future__ import annotations

import copy
import json

import pytest

from sxsh_desktop.domain.model import MonitoringDriver, MonitoringLayout
from sxsh_desktop.domain.regression import thresholds
from sxsh_desktop.domain.validation import ValidationError
from sxsh_desktop.interchange.document import DocumentError, content_digest, parse_document, to_document
from sxsh_desktop.paths import resources_dir
from sxsh_desktop.services import edits
from sxsh_desktop.store import open_store
from sxsh_desktop.store.engine import sqlite_url

SAMPLE = resources_dir() / "samples" / "brewery-sample.json"

LAYOUT = {
    "driver": "Sản lượng bia (hL)",
    "period": "month",
    "resources": ["electricity", "water"],
    "drivers": [{"key": "cdd", "name": "Độ-ngày làm mát", "base": 18}],
    "units": {"electricity": "kWh", "water": "m3"},
    "source": "template",
}


def _older_document() -> dict:
    """The sample as the app wrote it before these fields were typed: the same names, in the same places."""
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["benchmark_process"] = "brewing"
    doc["monitoring_layout"] = copy.deepcopy(LAYOUT)
    doc["settings"].update(savings_methods={"electricity": "ratio"}, regression_min_r2=0.8, regression_max_p_slope=0.05)
    doc["settings"]["x_kept"] = 1
    return doc


def test_an_older_document_is_read_into_the_typed_fields_and_written_back_the_same():
    doc = _older_document()
    a = parse_document(copy.deepcopy(doc))
    assert a.benchmark_process == "brewing"
    assert a.monitoring_layout == MonitoringLayout(
        "Sản lượng bia (hL)",
        "month",
        ["electricity", "water"],
        [MonitoringDriver("cdd", "Độ-ngày làm mát", {"base": 18})],
        {"electricity": "kWh", "water": "m3"},
        {"source": "template"},
    )
    s = a.settings
    assert (s.savings_methods, s.regression_min_r2, s.regression_max_p_slope) == ({"electricity": "ratio"}, 0.8, 0.05)
    assert s.extra == {"x_kept": 1} and not {"benchmark_process", "monitoring_layout"} & set(a.extra)
    assert thresholds(s) == (0.8, 0.05)
    again = to_document(a)
    assert again == doc
    assert content_digest(again) == content_digest(doc)  # no new revision for an unchanged assessment


def test_a_document_without_them_keeps_its_digest():
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    a = parse_document(copy.deepcopy(doc))
    assert (a.benchmark_process, a.monitoring_layout, a.settings.savings_methods) == (None, None, {})
    assert thresholds(a.settings) == (0.75, 0.10)
    again = to_document(a)
    assert not {"benchmark_process", "monitoring_layout"} & set(again)
    assert not {"savings_methods", "regression_min_r2", "regression_max_p_slope"} & set(again["settings"])
    assert content_digest(again) == content_digest(doc)


@pytest.mark.parametrize(
    "change, field, words",
    [
        (lambda d: d.update(benchmark_process=" "), "benchmark_process", "empty"),
        (lambda d: d["monitoring_layout"]["resources"].append("water"), "monitoring_layout.resources[2]", "twice"),
        (
            lambda d: d["monitoring_layout"]["drivers"].append({"key": "cdd"}),
            "monitoring_layout.drivers[1].key",
            "twice",
        ),
        (lambda d: d["monitoring_layout"].update(period=" "), "monitoring_layout.period", "empty"),
        (lambda d: d["settings"]["savings_methods"].update({" ": "ratio"}), "settings.savings_methods. ", "empty"),
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
        (lambda d: d.update(benchmark_process=7), "benchmark_process"),
        (lambda d: d["monitoring_layout"].update(resources="electricity"), "monitoring_layout.resources"),
        (lambda d: d["monitoring_layout"]["drivers"].append({"name": "no key"}), "monitoring_layout.drivers[1]"),
        (lambda d: d["monitoring_layout"]["units"].update(water=3), "monitoring_layout.units.water"),
        (lambda d: d["settings"]["savings_methods"].update(water="guess"), "settings.savings_methods.water"),
        (lambda d: d["settings"].update(regression_min_r2=1.5), "settings.regression_min_r2"),
        (lambda d: d["settings"].update(regression_max_p_slope=0), "settings.regression_max_p_slope"),
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
        store.add_assessment(a)
        yield store, a


def test_the_store_keeps_every_typed_field(stored):
    store, a = stored
    got = store.get_assessment(a.id)
    assert got.benchmark_process == "brewing" and got.monitoring_layout == a.monitoring_layout
    assert got.settings == a.settings
    assert to_document(got) == to_document(a)


def test_each_edit_is_one_operation_with_its_inverse(stored):
    store, a = stored
    edit = edits.set_benchmark_process(store, a.id, "brewing", "packaging", "Choose the sub-process")
    assert edit is not None and edits.set_benchmark_process(store, a.id, "x", "x", "same") is None
    edit.do()
    assert store.get_assessment(a.id).benchmark_process == "packaging"
    edit.undo()
    assert store.get_assessment(a.id).benchmark_process == "brewing"
    edit.do()
    assert to_document(store.get_assessment(a.id))["benchmark_process"] == "packaging"
    store.update_settings(a.id, savings_methods={}, regression_min_r2=None)
    s = store.get_assessment(a.id).settings
    assert (s.savings_methods, s.regression_min_r2, s.regression_max_p_slope) == ({}, None, 0.05)
    assert not {"savings_methods", "regression_min_r2"} & set(to_document(store.get_assessment(a.id))["settings"])


def test_a_bad_value_changes_nothing(stored):
    store, a = stored
    before = to_document(store.get_assessment(a.id))
    with pytest.raises(ValidationError) as exc:
        store.update_settings(a.id, savings_methods={"electricity": "guess"})
    assert str(exc.value).startswith("settings.savings_methods.electricity: ") and "ratio, regression" in str(exc.value)
    with pytest.raises(ValidationError) as exc:
        store.update_settings(a.id, regression_min_r2=0.0)
    assert str(exc.value).startswith("settings.regression_min_r2: ")
    with pytest.raises(ValidationError) as exc:
        store.set_benchmark_process(a.id, "x" * 65)
    assert str(exc.value).startswith("benchmark_process: ") and "at most 64" in str(exc.value)
    assert to_document(store.get_assessment(a.id)) == before
