"""The assessment report: charts (matplotlib), the PDF (reportlab) and its signature (pyHanko).

Importing this package is cheap: the heavy libraries load inside the functions that use them.
Entry point for callers: `sxsh_desktop.services.reports.build_report`.
"""

from __future__ import annotations


class ReportError(Exception):
    """A report that cannot be made or written; the message is one line for the user."""


__all__ = ["ReportError"]
