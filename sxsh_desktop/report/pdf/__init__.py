"""The assessment report as a PDF (reportlab), laid out as a Vietnamese cleaner-production report.

Cover, contents, introduction, production and inputs, the process and the focus with its flow
chart, balances per step, waste costs, causes, options (screening, feasibility, economics),
results (SEC before/after, savings, TOE, GJ, VND, tCO2, strategy bands, factors and sources),
implementation and maintenance, and an appendix of data. Vietnamese and English come from the same
template (report/strings.py); numbers are written the language's way (vi: 1.234,5).

Charts are drawn by report/charts.py and report/flow_chart.py (matplotlib): the same Figures the GUI
shows, placed in the PDF as vector drawings whose Vietnamese text (Noto Sans) is text (pdf/figures.py).
Where data are missing, the report says what is missing instead of printing empty tables or zeros.

An assessment made from a sector template carries placeholders until the consultant enters data: a
baseline of 1 product unit (`domain.benchmark.is_placeholder`) and typical flows of 0
(`flow_is_placeholder`). The report never prints them as data: the placeholder baseline counts as
missing (draft, "no baseline data entered yet") and placeholder flows are left out of the balance
tables with a sentence naming them. The results chapter holds the facility's specific energy
consumption against the norm of its sector template (`interchange.templates.benchmark_assessment`),
with the source of the norm; when no comparison can be made it says why in one sentence.

`render_report(...)` returns the PDF bytes; signing is a separate incremental update
(report/signing.py) into the box `SIGNATURE_BOX` on the cover.

The package: content (what is missing, the printed view), format (dates, numbers, safe text),
layout (page, styles), document (the building blocks and the order of the chapters), chapters/ (one
module per chapter), builder (page furniture and `render_report`).
"""

from .builder import render_report
from .content import BLOCKING, RenderedReport, missing_items, report_view
from .layout import SIGNATURE_BOX, SIGNATURE_PAGE

__all__ = [
    "BLOCKING",
    "SIGNATURE_BOX",
    "SIGNATURE_PAGE",
    "RenderedReport",
    "missing_items",
    "render_report",
    "report_view",
]
