"""Chart functions: pure matplotlib Figures (no pyplot), and a cheap `import sxsh_desktop.report`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sxsh_desktop.domain.balance import assessment_balances
from sxsh_desktop.domain.waste import waste_costs
from sxsh_desktop.interchange.document import read_document
from sxsh_desktop.services.documents import sample_path


@pytest.fixture(scope="module")
def sample():
    return read_document(sample_path())


def test_importing_report_and_sync_loads_no_heavy_library() -> None:
    code = (
        "import sys, sxsh_desktop.report, sxsh_desktop.report.charts, sxsh_desktop.report.flow_chart, sxsh_desktop.report.signing, "
        "sxsh_desktop.services.reports, sxsh_desktop.signing.identity, sxsh_desktop.signing.cms\n"
        "heavy = [m for m in ('matplotlib', 'reportlab', 'pyhanko', 'PySide6', 'cryptography') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_charts_are_figures_without_pyplot(sample) -> None:
    from matplotlib.figure import Figure

    from sxsh_desktop.report import charts, flow_chart

    balances = assessment_balances(sample)
    focus = [b for b in balances if b.step.focus]
    figures = [
        flow_chart.flow_chart_figure(sample.process_steps, "vi"),
        charts.sankey_figure(focus[0], "vi", "100 hL"),
        charts.pareto_figure(waste_costs(sample), "en", "VND/hL"),
        charts.options_figure(sample.options, "vi"),
        charts.sec_figure([("Điện", "kWh/hL", 15.5, 14.32), ("Nước", "m³/hL", 0.7, 0.61)], ("2022", "2024"), "vi"),
    ]
    for fig in figures:
        assert isinstance(fig, Figure)
        png = charts.figure_png(fig, dpi=50)
        assert png.startswith(b"\x89PNG")
    assert "matplotlib.pyplot" not in sys.modules


def test_charts_say_none_without_data(sample) -> None:
    from sxsh_desktop.report import charts

    assert charts.options_figure([], "vi") is None
    assert charts.pareto_figure([], "vi") is None
    assert charts.sec_figure([], ("a", "b"), "vi") is None
