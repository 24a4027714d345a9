"""Readings through the document, the store and its operations: exact round trips, refusals, inverses."""

from __future__ import annotations

import copy
import json

import pytest

from sxsh_desktop.domain.quantities import Quantity as Q
from sxsh_desktop.domain.readings import Reading, ReadingEntry
from sxsh_desktop.domain.savings import compute_savings
from sxsh_desktop.domain.validation import ValidationError
from sxsh_desktop.interchange.document import (
    DocumentError,
    content_digest,
    dumps,
    loads,
    parse_document,
    read_document,
    to_document,
)
from sxsh_desktop.services.documents import sample_path
from sxsh_desktop.store import open_store
from sxsh_desktop.store.engine import sqlite_url
from tests.monthly import with_monthly_readings


@pytest.fixture
def monthly():
    a = with_monthly_readings(read_document(sample_path()))
    a.readings[3].consumption[2] = ReadingEntry("water", Q(None, "m³"))  # not entered: stays empty
    a.readings[5].extra = {"meter_note": "thay công tơ"}
    return a


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("SXSH_DATA_DIR", str(tmp_path / "data"))
    s = open_store(sqlite_url(tmp_path / "data" / "sxsh.db"))
    yield s
    s.close()


def test_24_monthly_readings_round_trip_through_the_document(monthly):
    assert len(monthly.readings) == 24
    doc = to_document(monthly)
    assert doc["readings"][3]["consumption"][2] == {
        "resource": "water",
        "carrier": None,
        "quantity": {"value": None, "unit": "m³"},
    }
    assert doc["readings"][0]["drivers"] == {"cdd": 10}
    text = dumps(doc)
    again = parse_document(loads(text.encode()))
    assert again == monthly
    assert dumps(to_document(again)) == text


def test_24_monthly_readings_round_trip_through_the_store(monthly, store):
    store.add_assessment(monthly)
    got = store.get_assessment(monthly.id)
    assert got.readings == monthly.readings
    assert to_document(got) | {"updated_at": ""} == to_document(monthly) | {"updated_at": ""}
    assert compute_savings(got) == compute_savings(monthly)


def test_an_older_document_without_readings_is_unchanged():
    raw = json.loads(sample_path().read_text(encoding="utf-8"))
    assert "readings" not in raw
    a = read_document(sample_path())
    doc = to_document(a)
    assert "readings" not in doc
    assert content_digest(doc) == content_digest(raw)


def test_a_document_with_bad_readings_is_refused_naming_the_field(monthly):
    doc = to_document(monthly)
    doc["readings"][1]["start"] = "2022-01-15"
    with pytest.raises(DocumentError, match=r"readings\[1\]: 2022-01-15 to 2022-02-28 overlaps the reading 2022-01-01"):
        parse_document(doc)
    doc = to_document(monthly)
    doc["readings"][0]["production"]["value"] = "nhiều"
    with pytest.raises(DocumentError, match=r"readings\[0\]"):
        parse_document(doc)


def test_reading_operations_and_their_inverses(monthly, store):
    bare = copy.deepcopy(monthly)
    bare.readings = []
    store.add_assessment(bare)
    aid = bare.id
    base = [r for r in monthly.readings if r.period == "baseline"]
    store.set_readings(aid, "baseline", base)
    assert store.get_assessment(aid).readings == base
    # edit one month, then undo by writing the old one back
    old = base[4]
    new = copy.deepcopy(old)
    new.production = Q(9999.5, "hL")
    store.update_reading(aid, 4, new)
    assert store.get_assessment(aid).readings[4].production == Q(9999.5, "hL")
    store.update_reading(aid, 4, old)
    assert store.get_assessment(aid).readings == base
    # delete and put back at the same place
    store.delete_reading(aid, 2)
    assert [r.start for r in store.get_assessment(aid).readings][:3] == ["2022-01-01", "2022-02-01", "2022-04-01"]
    assert store.add_reading(aid, base[2], 2) == 2
    assert store.get_assessment(aid).readings == base
    # a reading that overlaps, or lies outside the period, is refused and nothing changes
    with pytest.raises(ValidationError, match="overlaps"):
        store.add_reading(aid, Reading("baseline", "2022-03-15", "2022-04-14", Q(1, "hL")))
    with pytest.raises(ValidationError, match="not inside the baseline period"):
        store.update_reading(aid, 0, Reading("baseline", "2021-12-01", "2021-12-31", Q(1, "hL")))
    assert store.get_assessment(aid).readings == base
    # setting the reporting period's readings keeps the baseline's
    rep = [r for r in monthly.readings if r.period == "reporting"]
    store.set_readings(aid, "reporting", rep)
    assert store.get_assessment(aid).readings == base + rep
    store.set_readings(aid, "baseline", [])
    assert store.get_assessment(aid).readings == rep
