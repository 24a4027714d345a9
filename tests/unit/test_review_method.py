"""The Sở's aggregates name each received assessment's own savings method: kept at intake, counted in
the summary (overall and per province), written in the CSV, and worked out once for rows received
before it was kept."""

from __future__ import annotations

import csv
import dataclasses

import pytest

from sxsh_desktop.interchange.document import read_document, to_document
from sxsh_desktop.paths import resources_dir
from sxsh_desktop.review.service import export_csv, open_review
from sxsh_desktop.store import open_store
from sxsh_desktop.store.review_ops import ReviewError, ReviewStore
from sxsh_desktop.sync.intake import figures_of
from tests.monthly import with_monthly_readings
from tests.unit.test_review import _incoming


@pytest.fixture(scope="module")
def sample():
    return read_document(resources_dir() / "samples" / "brewery-sample.json")


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "so.db")
    yield s
    s.close()


def _with_method(aid: str, method: str | None, **kw):
    item = _incoming(aid, **kw)
    return dataclasses.replace(item, figures=dataclasses.replace(item.figures, method=method))


def test_the_intake_names_the_method_of_the_savings(sample):
    assert figures_of(sample).method == "ratio"  # annual totals only
    monthly = with_monthly_readings(sample)
    assert figures_of(monthly).method == "regression"  # 24 months: a model for electricity, coal, water
    # too few readings: every resource falls back to the ratio, and so does the assessment
    short = with_monthly_readings(sample)
    short.readings = [r for r in short.readings if r.period == "reporting" or r.start < "2022-05"]
    assert figures_of(short).method == "ratio"


def test_summary_counts_by_method_overall_and_per_province(store):
    review = ReviewStore(store)
    review.record_import(_with_method("a", "regression", province="Nghệ An"))
    review.record_import(_with_method("b", "ratio", province="Nghệ An", tax="0100000002"))
    review.record_import(_with_method("c", "ratio", province="Hà Tĩnh", tax="0100000003"))
    # a newer revision that now has a model replaces the older one in the counts
    review.record_import(_with_method("c", "regression", revision=2, province="Hà Tĩnh", tax="0100000003"))
    s = review.summary()
    assert s["by_method"] == {"regression": 2, "ratio": 1}
    assert {p["province"]: p["by_method"] for p in s["by_province"]} == {
        "Hà Tĩnh": {"regression": 1, "ratio": 0},
        "Nghệ An": {"regression": 1, "ratio": 1},
    }
    assert review.summary(province="Hà Tĩnh")["by_method"] == {"regression": 1, "ratio": 0}
    assert [g["by_method"] for g in review.aggregate("year")] == [{"regression": 2, "ratio": 1}]
    assert review.received("a").summary.figures.method == "regression"
    assert ReviewStore(store).summary(year=1999)["by_method"] == {"regression": 0, "ratio": 0}


def test_csv_names_the_method_per_assessment_and_counts_it_per_group(store, tmp_path):
    review = ReviewStore(store)
    review.record_import(_with_method("a", "regression", province="Nghệ An"))
    review.record_import(_with_method("b", "ratio", province="Nghệ An", tax="0100000002"))
    export_csv(review, tmp_path / "f.csv")
    with (tmp_path / "f.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["assessment_id"]: r["method"] for r in rows} == {"a": "regression", "b": "ratio"}
    export_csv(review, tmp_path / "g.csv", by="province")
    with (tmp_path / "g.csv").open(encoding="utf-8-sig", newline="") as f:
        groups = list(csv.DictReader(f))
    assert [(g["province"], g["regression"], g["ratio"]) for g in groups] == [("Nghệ An", "1", "1")]


def test_rows_received_before_get_their_method_from_their_documents(store, sample):
    review = ReviewStore(store)
    monthly = to_document(with_monthly_readings(sample))
    review.record_import(dataclasses.replace(_with_method("m", None), document=monthly))
    review.record_import(dataclasses.replace(_with_method("r", None, tax="0100000002"), document=to_document(sample)))
    review.record_import(dataclasses.replace(_with_method("x", None, tax="0100000003"), document={"id": "x"}))
    assert review.summary()["by_method"] == {"regression": 0, "ratio": 0}  # not worked out yet
    assert len(review.without_method()) == 3
    opened = open_review(store)
    assert {r.assessment_id: r.figures.method for r in opened.list_received()} == {
        "m": "regression",
        "r": "ratio",
        "x": "ratio",  # a document this version cannot read is counted by the ratio
    }
    assert opened.without_method() == [] and opened.summary()["by_method"] == {"regression": 1, "ratio": 2}


def test_a_method_is_one_of_the_two(store):
    review = ReviewStore(store)
    review.record_import(_with_method("a", None))
    (row_id, _), *_ = review.without_method()
    with pytest.raises(ReviewError, match="method: one of regression, ratio"):
        review.set_methods({row_id: "guess"})
    review.set_methods({row_id: "ratio"})
    review.set_methods({row_id: "regression"})  # a method once kept is not overwritten
    assert review.received("a").summary.figures.method == "ratio"
