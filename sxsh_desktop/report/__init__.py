"""The assessment report: charts (matplotlib), the PDF (reportlab) and its signature (pyHanko).

Importing this package is cheap: the heavy libraries load inside the functions that use them.
Entry point for callers: `sxsh_desktop.services.reports.build_report`.
"""

from __future__ import annotations

from ..domain.message import Message, free_text


class ReportError(Exception):
    """A report that cannot be made or written; `str()` is one line for the user (English). Given a
    message of the catalogue, `said` keeps it, for a screen to say in its language."""

    def __init__(self, said: Message | str) -> None:
        self.said = said if isinstance(said, Message) else free_text(said)
        super().__init__(self.said.text("en"))


__all__ = ["ReportError"]
