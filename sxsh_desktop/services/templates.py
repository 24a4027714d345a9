"""The sector templates as the app uses them: read once per run (reading them is file I/O and a schema
check per file), the benchmark of an assessment against them, and a template attached to an assessment
afterwards (one imported or made without one). The GUI and `sxsh templates` list them from here.

The cache is keyed by the user's template folder (`<data dir>/templates/`), which is fixed for an
app run; the "new assessment" dialog reads the folders again, so that a template file dropped in
while the app runs is listed. No Qt here: the GUI's results strip warms this up in a pool thread.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from ..interchange.templates import (
    AssessmentTemplate,
    TemplateError,
    benchmark_assessment,
    load_templates,
    user_templates_dir,
)

log = logging.getLogger(__name__)
_lock = threading.Lock()
_cache: dict[str, tuple[list[AssessmentTemplate], list[TemplateError]]] = {}


def loaded(reload: bool = False) -> tuple[list[AssessmentTemplate], list[TemplateError]]:
    """The shipped and the user's templates, and an error entry for each file that cannot be taken."""
    folder = str(user_templates_dir())
    with _lock:
        if reload or folder not in _cache:
            _cache[folder] = load_templates()
            for error in _cache[folder][1]:
                log.warning("template not used: %s", error)
        return _cache[folder]


def benchmark(assessment: Any) -> Any:
    """`benchmark_assessment` against the cached templates; None when it cannot be computed
    (a half-entered assessment must not break the view that shows it)."""
    templates, _ = loaded()
    try:
        return benchmark_assessment(assessment, templates)
    except Exception:  # a half-entered assessment may fail anywhere in the benchmark: logged, shown as none
        log.exception("the benchmark of %s could not be computed", getattr(assessment, "id", "?"))
        return None


class UnknownTemplate(ValueError):
    """A template key that no shipped or user template has."""


def choices_for(assessment: Any) -> list[AssessmentTemplate]:
    """The templates to offer an assessment: those whose VSIC codes match the facility's first (a code
    or its 4-digit class), then the others, each group by key."""
    templates, _ = loaded()
    vsic = str(getattr(getattr(assessment, "facility", None), "vsic", "") or "").strip()

    def matches(t: AssessmentTemplate) -> bool:
        return bool(vsic) and any(vsic.startswith(code) or code.startswith(vsic[:4]) for code in t.vsic)

    return sorted(templates, key=lambda t: (not matches(t), t.key))


def require_template(key: str | None) -> None:
    """Refuse (UnknownTemplate) a key no template has; None (no template) is always accepted."""
    if key is not None:
        templates, _ = loaded()
        if not any(t.key == key for t in templates):
            known = ", ".join(sorted(t.key for t in templates)) or "none"
            raise UnknownTemplate(f"template: no template '{key}' (known: {known})")


def attach_template(store: Any, assessment_id: str, key: str | None) -> str | None:
    """Attach the sector template `key` to an assessment made without one (or change or, with None, take
    off the one it has): its norms and best practice apply from now on, so the benchmark follows. Only the
    key is stored; the steps and options already entered stay as they are. Returns the key it had before.
    Raises UnknownTemplate for a key no template has; nothing is stored then."""
    require_template(key)
    before = store.get_assessment(assessment_id).template
    if before != key:
        store.update_assessment(assessment_id, template=key)
    return before
