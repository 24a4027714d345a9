"""The pages of the workspace, in the order of the method: (module, class, tasks it covers).

Modules are imported when their page is first shown (keeps start-up fast). A page whose module is
missing or fails to import is skipped with a log line; its tasks show a placeholder page.
The `tasks` here only route the navigator before the import; the class's own `tasks` wins after.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageEntry:
    module: str
    cls: str
    tasks: tuple[int, ...]


PAGES: tuple[PageEntry, ...] = (
    PageEntry("sxsh_desktop.gui.pages.facility", "FacilityPage", (1,)),
    PageEntry("sxsh_desktop.gui.pages.process_steps", "ProcessStepsPage", (2, 3)),
    PageEntry("sxsh_desktop.gui.pages.flowchart", "FlowchartPage", (4,)),
    PageEntry("sxsh_desktop.gui.pages.balance", "BalancePage", (5,)),
    PageEntry("sxsh_desktop.gui.pages.waste", "WastePage", (6, 7)),
    PageEntry("sxsh_desktop.gui.pages.options", "OptionsPage", (8, 9, 10, 11, 12, 13)),
    PageEntry("sxsh_desktop.gui.pages.monitoring", "MonitoringPage", (14, 15, 16)),
    PageEntry("sxsh_desktop.gui.pages.maintaining", "MaintainingPage", (17, 18)),
)

_failed: set[str] = set()
failures: dict[str, str] = {}  # module -> why it could not be loaded, shown on its page


def entry_for_task(task: int) -> PageEntry | None:
    return next((e for e in PAGES if task in e.tasks), None)


def load(entry: PageEntry) -> type | None:
    """The page class of an entry, or None (logged once) when its module is not there yet."""
    try:
        module = importlib.import_module(entry.module)
        cls = getattr(module, entry.cls)
    except Exception as exc:  # a broken page must not take the app down: its page says why, the log has the rest
        if entry.module not in _failed:
            log.exception("page %s could not be loaded", entry.module)
            from ..error_report import report_text, write_report

            written = write_report(report_text(type(exc), exc, exc.__traceback__))
            failures[entry.module] = f"{type(exc).__name__}: {exc}" + (f" ({written})" if written else "")
        _failed.add(entry.module)
        return None
    return cls
