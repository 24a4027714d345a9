"""`sxsh` end to end, as a new user would run it: import, list, savings, export, and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sxsh_desktop import __version__
from sxsh_desktop.paths import resources_dir

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLE = resources_dir() / "samples" / "brewery-sample.json"
SAMPLE_ID = "6f1c2a4e-8b3d-4c7a-9e12-5d0b7f3a9c01"


def sxsh(*args: str, db: Path | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "sxsh_desktop", *args]
    if db is not None:
        cmd += ["--db", f"sqlite:///{db}"]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


@pytest.fixture
def db(tmp_path):
    return tmp_path / "store.db"


def test_version():
    r = sxsh("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"sxsh {__version__}"


def test_import_list_savings_export_round_trip(db, tmp_path):
    r = sxsh("import-json", str(SAMPLE), db=db)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == SAMPLE_ID

    listing = json.loads(sxsh("list", "--json", db=db).stdout)
    assert [row["id"] for row in listing] == [SAMPLE_ID]
    assert listing[0]["facility"] == "Công ty TNHH Bia Hương Sen (ví dụ mẫu)"

    r = sxsh("savings", SAMPLE_ID, "--json", db=db)
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert set(summary) >= {
        "assessment",
        "production",
        "resources",
        "energy",
        "co2",
        "cost_saving_vnd",
        "targets",
        "warnings",
    }
    assert summary["production"]["baseline"] == {"value": 120000, "unit": "hL"}
    electricity = next(x for x in summary["resources"] if x["resource"] == "electricity")
    assert electricity["saving"] == {"quantity": 147500, "percent": pytest.approx(7.6129032258)}
    assert electricity["specific_unit"] == "kWh/hL"
    assert summary["energy"]["saving_toe"] == pytest.approx(133.42925)
    assert set(summary["energy"]) >= {
        "baseline_toe",
        "reporting_toe",
        "specific_baseline_toe",
        "specific_reporting_toe",
        "saving_toe",
        "saving_gj",
        "saving_percent",
    }
    assert {t["period"]: t["met"] for t in summary["targets"]}["2016-2020"] is True

    out = tmp_path / "exported.json"
    assert sxsh("export-json", SAMPLE_ID[:8], "-o", str(out), db=db).returncode == 0
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(SAMPLE.read_text(encoding="utf-8"))


def test_text_savings_are_for_people(db):
    sxsh("import-json", str(SAMPLE), db=db)
    vi = sxsh("savings", "6f1c", db=db).stdout
    assert "Điện" in vi and "147.500 kWh" in vi and "10,9 %" in vi and "đạt" in vi
    en = sxsh("savings", "6f1c", "--lang", "en", db=db).stdout
    assert "Electricity" in en and "147,500 kWh" in en and "met" in en


def test_export_after_an_edit_raises_the_revision_once(db, tmp_path):
    sxsh("import-json", str(SAMPLE), db=db)
    first = tmp_path / "a.json"
    sxsh("export-json", SAMPLE_ID, "-o", str(first), db=db)
    assert json.loads(first.read_text())["revision"] == 1

    from sxsh_desktop.store.engine import open_store

    store = open_store(f"sqlite:///{db}")
    store.update_facility(SAMPLE_ID, employees=190)
    store.close()
    second, third = tmp_path / "b.json", tmp_path / "c.json"
    sxsh("export-json", SAMPLE_ID, "-o", str(second), db=db)
    sxsh("export-json", SAMPLE_ID, "-o", str(third), db=db)
    assert json.loads(second.read_text())["revision"] == 2
    assert json.loads(third.read_text())["revision"] == 2  # nothing changed since


def test_importing_the_same_document_twice_changes_nothing(db):
    assert sxsh("import-json", str(SAMPLE), db=db).returncode == 0
    r = sxsh("import-json", str(SAMPLE), db=db)
    assert r.returncode == 0
    assert "unchanged" in r.stderr


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (
            lambda d: d["consumption"][0]["quantity"].update(unit="kg"),
            "consumption[0].quantity (electricity): 'kg' is not an energy",
        ),
        (
            lambda d: d["periods"]["baseline"]["production"].update(value=0),
            "periods.baseline.production: must be more than 0",
        ),
        (lambda d: d.update(format_version=7), "format_version: 7 is newer than this app reads"),
        (lambda d: d["facility"].update(tax_code="12-34"), "facility.tax_code"),
        (lambda d: d.pop("options"), "the required field 'options' is missing"),
    ],
)
def test_bad_documents_leave_one_line_on_stderr_and_the_store_unchanged(db, tmp_path, mutate, fragment):
    assert sxsh("import-json", str(DATA / "tapioca-starch.json"), db=db).returncode == 0
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    mutate(doc)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    r = sxsh("import-json", str(bad), db=db)
    assert r.returncode != 0
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], r.stderr
    assert [row["id"] for row in json.loads(sxsh("list", "--json", db=db).stdout)] == [
        "a3d9e0b2-1f4c-4e8a-b6d7-2c5e9f0a7b14"
    ]


def test_not_json_and_missing_file_and_unknown_id(db, tmp_path):
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"PK\x03\x04 not json")
    r = sxsh("import-json", str(junk), db=db)
    assert r.returncode != 0 and "is not JSON" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = sxsh("import-json", str(tmp_path / "nope.json"), db=db)
    assert r.returncode != 0 and "cannot be read" in r.stderr
    r = sxsh("savings", "ffff", db=db)
    assert r.returncode != 0 and "no assessment 'ffff'" in r.stderr


def test_sample_and_check_and_backup(db):
    assert sxsh("sample", db=db).stdout.strip() == SAMPLE_ID
    assert sxsh("check", db=db).stdout.strip() == "ok"
    r = sxsh("backup", db=db)
    assert r.returncode == 0 and Path(r.stdout.strip()).exists()


def test_balances_of_the_sample_as_json_and_text(db):
    assert sxsh("import-json", str(SAMPLE), db=db).returncode == 0
    r = sxsh("balances", SAMPLE_ID, "--json", db=db)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["assessment"] == SAMPLE_ID and out["tolerance_percent"] == 5
    boiler = next(s for s in out["steps"] if s["id"] == "boiler")
    # 1.15 t of coal fines: in the mass balance (no mass out recorded: no closure) and, through its
    # 26.7 GJ/t, in the energy balance: 30.705 GJ in, 16.5 + 14.2 = 30.7 GJ out
    assert boiler["mass"]["input_t"] == pytest.approx(1.15) and boiler["mass"]["closure_percent"] is None
    assert boiler["energy"]["input_gj"] == pytest.approx(30.705)
    assert boiler["energy"]["output_gj"] == pytest.approx(30.7)
    assert boiler["energy"]["within_tolerance"] is True
    assert set(boiler) == {"id", "name", "basis", "mass", "energy", "excluded", "warnings"}
    text = sxsh("balances", SAMPLE_ID, db=db)
    assert text.returncode == 0 and "Lò hơi đốt than" in text.stdout
    bad = sxsh("balances", "no-such-id", db=db)
    assert bad.returncode == 1 and bad.stderr.startswith("sxsh: ") and "Traceback" not in bad.stderr
