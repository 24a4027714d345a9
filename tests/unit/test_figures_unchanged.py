"""A document from before the band-in-force, balance and not-entered changes imports and gives the
same figures where nothing changed them (the figures kept in tests/data were computed by that code)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sxsh_desktop.domain.savings import compute_savings
from sxsh_desktop.interchange.document import read_document
from sxsh_desktop.paths import resources_dir

DATA = Path(__file__).resolve().parents[1] / "data"
BEFORE = json.loads((DATA / "savings-before-issue-10.json").read_text(encoding="utf-8"))["documents"]
PATHS = {
    "brewery-sample.json": resources_dir() / "samples" / "brewery-sample.json",
    "tapioca-starch.json": DATA / "tapioca-starch.json",
}


def _same(old, new, where):
    if isinstance(old, dict):
        for key, value in old.items():
            _same(value, new[key], f"{where}.{key}")
    elif isinstance(old, list):
        assert len(old) == len(new), where
        for i, (a, b) in enumerate(zip(old, new, strict=True)):
            _same(a, b, f"{where}[{i}]")
    elif isinstance(old, float):
        assert new == pytest.approx(old, rel=1e-12, abs=1e-12), where
    else:
        assert new == old, where


@pytest.mark.parametrize("name", sorted(PATHS))
def test_the_same_figures_as_before(name):
    s = compute_savings(read_document(PATHS[name]), "en")
    old = BEFORE[name]
    for key in ("production", "resources", "energy", "cost_saving_vnd"):
        _same(old[key], s[key], key)
    _same(old["co2"], {k: s["co2"][k] for k in old["co2"]}, "co2")
    # the 8–13 % band (2016–2020) is still there with the same verdict; it is no longer the band in force
    band = next(t for t in s["targets"] if t["band_percent"] == [8, 13])
    assert band["met"] is old["met_8_13"] and band["in_force"] is False
