"""paths.py: where the shipped resources and templates are found — an override, a frozen build, a checkout.
(An installed wheel is tests/integration/test_wheel_install.py.)"""

from __future__ import annotations

import sys
from pathlib import Path

from sxsh_desktop import paths

ROOT = Path(__file__).resolve().parents[2]


def test_a_checkout_reads_the_top_level_folders(monkeypatch):
    monkeypatch.delenv("SXSH_RESOURCES", raising=False)
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.templates_dir() == ROOT / "assessment_templates"
    assert (paths.resources_dir() / "samples" / "brewery-sample.json").is_file()
    assert (paths.templates_dir() / "template.schema.json").is_file()


def test_sxsh_resources_names_another_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("SXSH_RESOURCES", str(tmp_path))
    assert paths.resources_dir() == tmp_path
    assert paths.templates_dir() == ROOT / "assessment_templates"  # the override is for resources only


def test_a_frozen_build_reads_its_own_copies(monkeypatch, tmp_path):
    monkeypatch.delenv("SXSH_RESOURCES", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.templates_dir() == tmp_path / "assessment_templates"
