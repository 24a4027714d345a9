"""`sxsh new --template`, `sxsh templates`, `sxsh benchmark`, end to end through the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sxsh_desktop.paths import resources_dir

SAMPLE = resources_dir() / "samples" / "brewery-sample.json"
SAMPLE_ID = "6f1c2a4e-8b3d-4c7a-9e12-5d0b7f3a9c01"


def sxsh(*args: str, db: Path | None = None, data_dir: Path | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "sxsh_desktop", *args]
    if db is not None:
        cmd += ["--db", f"sqlite:///{db}"]
    env = dict(os.environ)
    if data_dir is not None:
        env["SXSH_DATA_DIR"] = str(data_dir)
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)


@pytest.fixture
def db(tmp_path):
    return tmp_path / "store.db"


def test_new_from_template_then_export(db, tmp_path):
    r = sxsh("new", "--template", "beer", "--facility", "Công ty CP Bia Sông Lam", db=db)
    assert r.returncode == 0, r.stderr
    new_id = r.stdout.strip()
    assert len(new_id) == 36

    out = tmp_path / "new.json"
    r = sxsh("export-json", new_id, "-o", str(out), db=db)
    assert r.returncode == 0, r.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["template"] == "beer"
    assert doc["facility"]["name"] == "Công ty CP Bia Sông Lam"
    assert doc["facility"]["vsic"] == "1103"
    assert doc["product"] == {"name": "Bia thành phẩm", "unit": "hL"}
    assert doc["process_steps"][0]["name"] == "Nghiền malt và gạo"
    assert doc["periods"]["baseline"]["placeholder"]["production"] == {"value": 1, "unit": "hL"}
    assert all(o["status"] == "proposed" for o in doc["options"])

    # the exported document is taken back by import (a fresh store)
    r = sxsh("import-json", str(out), db=tmp_path / "other.db")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == new_id

    listing = json.loads(sxsh("list", "--json", db=db).stdout)
    assert listing[0]["template"] == "beer"

    r = sxsh("benchmark", new_id, "--json", db=db)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["status"] == "no_data"


def test_new_in_english(db):
    r = sxsh("new", "--template", "seafood", "--facility", "Mekong Seafood", "--lang", "en", db=db)
    assert r.returncode == 0, r.stderr
    r = sxsh("benchmark", r.stdout.strip(), "--lang", "en", db=db)
    assert r.returncode == 0, r.stderr
    assert "No official energy norm for seafood processing is known" in r.stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--template", "cement", "--facility", "X"), "no template 'cement'"),
        (("--template", "beer", "--facility", "   "), "facility name is empty"),
    ],
)
def test_new_refuses_bad_input(db, args, expected):
    r = sxsh("new", *args, db=db)
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0]
    assert r.stdout == ""


def test_templates_lists_shipped_and_malformed(tmp_path):
    folder = tmp_path / "data" / "templates"
    folder.mkdir(parents=True)
    (folder / "broken.toml").write_text("format = \n", encoding="utf-8")
    r = sxsh("templates", "--json", data_dir=tmp_path / "data")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    keys = [t["key"] for t in out["templates"]]
    assert {"beer", "paper_packaging", "steel", "textile_dyeing", "seafood", "tapioca_starch", "general"} <= set(keys)
    assert [Path(e["file"]).name for e in out["errors"]] == ["broken.toml"]
    r = sxsh("templates", data_dir=tmp_path / "data")
    assert r.returncode == 0
    assert "beer" in r.stdout and "broken.toml" in r.stderr


def test_benchmark_of_the_sample_brewery(db, tmp_path):
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["template"] = "beer"
    path = tmp_path / "sample-beer.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert sxsh("import-json", str(path), db=db).returncode == 0
    r = sxsh("benchmark", SAMPLE_ID[:8], "--json", db=db)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["status"] == "ok"
    assert out["baseline"]["norm"] == 286 and out["baseline"]["within"] is False
    assert out["baseline"]["capacity_class"]["en"] == "Below 20 million L/year"
    assert "19/2016/TT-BCT" in out["source"]["document"]
    r = sxsh("benchmark", SAMPLE_ID, db=db)
    assert r.returncode == 0 and "286 MJ/hL" in r.stdout and "Dưới 20 triệu lít/năm" in r.stdout
    r = sxsh("benchmark", "ffffffff", db=db)
    assert r.returncode != 0 and len(r.stderr.strip().splitlines()) == 1


def test_attach_a_template_afterwards(db, tmp_path):
    """An assessment imported with a VSIC and no template gets one from the command line; the benchmark
    follows; an unknown key is refused in one line and nothing changes."""
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc.pop("template")
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert sxsh("import-json", str(bare), db=db).returncode == 0
    r = sxsh("benchmark", SAMPLE_ID[:8], "--json", db=db)
    assert json.loads(r.stdout)["status"] == "no_template"

    r = sxsh("attach-template", SAMPLE_ID[:8], "xi-mang", db=db)
    assert r.returncode != 0 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and "no template 'xi-mang'" in r.stderr

    r = sxsh("attach-template", SAMPLE_ID[:8], "beer", db=db)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"{SAMPLE_ID}: template beer (was none)"
    r = sxsh("benchmark", SAMPLE_ID, "--json", db=db)
    result = json.loads(r.stdout)
    assert result["template"] == "beer" and result["status"] not in ("no_template", "unknown_template")

    r = sxsh("attach-template", SAMPLE_ID, "none", db=db)
    assert r.returncode == 0 and "template none (was beer)" in r.stdout
