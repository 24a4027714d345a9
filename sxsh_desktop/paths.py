"""Where the shipped resources and sector templates are: an installed wheel, a source checkout, a frozen build.

The sources live in the repository's top-level `resources/` and `assessment_templates/`; the wheel carries them
inside the package (`sxsh_desktop/resources/`, `sxsh_desktop/assessment_templates/`, mapped at build time by
`package-dir` in pyproject.toml), found here with importlib.resources. A checkout or an editable install reads
the top-level folders; the frozen build reads its own copies under sys._MEIPASS. SXSH_RESOURCES names another
resources folder (tests, a distribution package that keeps data elsewhere).
"""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

RESOURCES = "resources"
TEMPLATES = "assessment_templates"


def _shipped(name: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / name
    inside = resources.files(__package__ or "sxsh_desktop").joinpath(name)
    if isinstance(inside, Path) and inside.is_dir():  # an installed wheel
        return inside
    return Path(__file__).resolve().parent.parent / name  # a checkout (or an editable install of one)


def resources_dir() -> Path:
    """Fonts, icons, reference data, the sample and the translations."""
    override = os.environ.get("SXSH_RESOURCES")
    if override:
        return Path(override)
    return _shipped(RESOURCES)


def templates_dir() -> Path:
    """The shipped sector templates (*.toml) and their schema."""
    return _shipped(TEMPLATES)
