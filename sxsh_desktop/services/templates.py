"""The sector templates as the app uses them: read once per run (reading them is file I/O and a schema
check per file), and the benchmark of an assessment against them. The GUI and `sxsh templates` list them
from here.

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
