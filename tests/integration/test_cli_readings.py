"""`sxsh savings` on an assessment read by month: the method of each resource, its model and CUSUM."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from sxsh_desktop.interchange.document import dumps, read_document, to_document
from sxsh_desktop.paths import resources_dir
from tests.monthly import with_monthly_readings

SAMPLE_ID = "6f1c2a4e-8b3d-4c7a-9e12-5d0b7f3a9c01"


def sxsh(*args, db):
    cmd = [sys.executable, "-m", "sxsh_desktop", *args, "--db", f"sqlite:///{db}"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


@pytest.fixture
def monthly_db(tmp_path):
    a = with_monthly_readings(read_document(resources_dir() / "samples" / "brewery-sample.json"))
    # water: only eight baseline months read (Jan–Aug), the rest of the year left out of its readings
    for r in a.readings:
        if r.period == "baseline" and r.start >= "2022-09-01":
            r.consumption = [e for e in r.consumption if e.resource != "water"]
    path = tmp_path / "monthly.json"
    path.write_text(dumps(to_document(a)), encoding="utf-8")
    db = tmp_path / "store.db"
    assert sxsh("import-json", str(path), db=db).returncode == 0
    return db, a


def test_savings_json_carries_method_model_adjusted_baseline_and_cusum(monthly_db):
    db, a = monthly_db
    r = sxsh("savings", SAMPLE_ID, "--json", db=db)
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout)
    by = {x["resource"]: x for x in s["resources"]}
    for x in by.values():
        assert {"method", "model", "adjusted_baseline", "cusum"} <= set(x)
    e = by["electricity"]
    assert e["method"] == "regression"
    base = [x for x in a.readings if x.period == "baseline"]
    p = np.array([x.production.value for x in base])
    cdd = np.array([x.drivers["cdd"] for x in base])
    kwh = np.array([x.entry("electricity").quantity.value for x in base])
    beta, *_ = np.linalg.lstsq(np.column_stack([np.ones(12), p, cdd]), kwh, rcond=None)
    assert e["model"]["slope"] == pytest.approx(beta[1], rel=1e-6)
    assert e["model"]["coefficients"]["cdd"] == pytest.approx(beta[2], rel=1e-6)
    assert len(e["cusum"]) == 12 and e["cusum"][-1]["cumulative_saving"] == pytest.approx(e["saving"]["quantity"])
    assert by["water"]["method"] == "ratio" and by["water"]["model"] is None
    assert by["do"]["method"] == "ratio" and by["do"]["cusum"] == []


def test_savings_text_says_which_method_and_why(monthly_db):
    db, _ = monthly_db
    en = sxsh("savings", SAMPLE_ID[:8], "--lang", "en", db=db).stdout
    assert "Method:" in en
    assert "Electricity: regression on the readings — E = " in en and "·cdd kWh (R² 0.998" in en
    assert "Water: ratio of specific consumption — only 8 baseline readings (at least 12 are needed)" in en
    assert "figures for whole periods, no readings" in en
    vi = sxsh("savings", SAMPLE_ID[:8], db=db).stdout
    assert "Phương pháp:" in vi and "hồi quy theo các kỳ đọc" in vi and "chỉ có 8 kỳ đọc kỳ cơ sở" in vi
