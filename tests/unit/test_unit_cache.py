"""The unit registry's disk cache (domain/unit_registry.py): used when good, rebuilt when damaged,
never needed."""

from __future__ import annotations

import logging

from sxsh_desktop.domain.quantities import _DEFINITIONS
from sxsh_desktop.domain.unit_registry import build_registry, cache_folder

OURS = [line.strip() for line in _DEFINITIONS.strip().splitlines()]


def _converts(ureg) -> None:
    assert abs(ureg.Quantity(2.0, "kWh").to("MJ").magnitude - 7.2) < 1e-12
    assert ureg.Quantity(3.0, "tấn").to("kg").magnitude == 3000.0
    assert abs(ureg.Quantity(1.0, "tỷđ").to("trđ").magnitude - 1000.0) < 1e-9
    assert str(ureg.parse_units("VNĐ/năm").dimensionality) == "[currency] / [time]"


def test_the_cache_is_written_then_read(tmp_path, monkeypatch):
    monkeypatch.setenv("SXSH_CACHE_DIR", str(tmp_path / "cache"))
    folder = cache_folder()
    assert folder is not None and folder.is_relative_to(tmp_path / "cache")
    _converts(build_registry(OURS))
    written = sorted(p.name for p in folder.glob("*.pickle"))
    assert written  # pint's parsed definitions and its resolved units
    mtimes = {p: p.stat().st_mtime_ns for p in folder.glob("*.pickle")}
    _converts(build_registry(OURS))
    assert {p: p.stat().st_mtime_ns for p in folder.glob("*.pickle")} == mtimes  # read, not rewritten


def test_a_damaged_cache_is_made_again(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("SXSH_CACHE_DIR", str(tmp_path / "cache"))
    build_registry(OURS)
    folder = cache_folder()
    assert folder is not None
    pickles = list(folder.glob("*.pickle"))
    for i, p in enumerate(pickles):  # truncated (a half-written file) and garbage
        p.write_bytes(p.read_bytes()[:50] if i % 2 == 0 else b"not a pickle at all")
    with caplog.at_level(logging.WARNING, logger="sxsh_desktop.domain.unit_registry"):
        _converts(build_registry(OURS))
    assert "cannot be used" in caplog.text
    assert sorted(p.name for p in folder.glob("*.pickle")) == sorted(p.name for p in pickles)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="sxsh_desktop.domain.unit_registry"):
        _converts(build_registry(OURS))  # the remade cache is good
    assert caplog.text == ""


def test_a_cache_that_loads_but_holds_something_else_is_not_used(tmp_path, monkeypatch):
    import pickle

    monkeypatch.setenv("SXSH_CACHE_DIR", str(tmp_path / "cache"))
    build_registry(OURS)
    folder = cache_folder()
    assert folder is not None
    for p in folder.glob("*.pickle"):
        p.write_bytes(pickle.dumps({"something": "else"}))
    _converts(build_registry(OURS))


def test_no_cache_folder_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("the cache folder cannot be made under a file")
    monkeypatch.setenv("SXSH_CACHE_DIR", str(blocker))
    _converts(build_registry(OURS))
    assert blocker.read_text().startswith("the cache folder")
