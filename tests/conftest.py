"""Shared test set-up: no test touches the user's real data folder; Qt can be blocked for core tiers."""

from __future__ import annotations

import importlib.abc
import os
import sys

import pytest


class _BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt is blocked: the core must run without it")
        return None


# pytest-qt makes the QApplication before any fixture runs: the platform must be set on import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if os.environ.get("SXSH_BLOCK_QT"):
    sys.meta_path.insert(0, _BlockQt())


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    data = tmp_path_factory.mktemp("sxsh-data")
    monkeypatch.setenv("SXSH_DATA_DIR", str(data))
    monkeypatch.setenv("SXSH_CONFIG_DIR", str(data / "config"))  # the data folder chosen (config.py)
    monkeypatch.setenv("SXSH_CACHE_DIR", str(data / "cache"))  # the unit registry's cache (config.py)
    monkeypatch.setenv("QT_QPA_PLATFORM", os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    yield data
