"""Charts drawn for the screen where the report's charts (report/charts.py) are sized for A4.

`sec_index_figure`: specific consumption of every resource after the changes as a percent of
before (before = 100), one horizontal pair of bars per resource, readable in a small panel.
Pure function: data in, a matplotlib Figure out (no pyplot); matplotlib is imported lazily.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ...domain.display import unit_label
from ...domain.numbers import format_number, format_significant
from ...domain.reference import resource_name

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

INK, MUTED, GRID = "#1f2d3a", "#6b7785", "#d9dee3"
BASELINE, REPORTING, GOOD, BAD = "#9aa7b4", "#1f6f8b", "#2e7d4f", "#b23b3b"


@lru_cache(maxsize=1)
def _font() -> str:
    from matplotlib import font_manager

    from ...report.charts import literal_text
    from ...report.fonts import FONT_FILES

    literal_text()  # never mathtext on the screen either
    for path in FONT_FILES.values():
        if path.exists():
            font_manager.fontManager.addfont(str(path))
    return "Noto Sans"


def sec_index_figure(
    rows: Sequence[tuple[str, str, float, float]],
    period_labels: tuple[str, str],
    language: str = "vi",
    width: float = 5.5,
) -> Figure | None:
    """rows: (name, specific unit, SEC before, SEC after). None when no row has both values."""
    import matplotlib
    from matplotlib.figure import Figure

    rows = [r for r in rows if r[2] and r[3] is not None]
    if not rows:
        return None
    n = len(rows)
    height = 0.42 * n + 0.9
    rc = {
        "font.family": _font(),
        "font.size": 8,
        "axes.edgecolor": MUTED,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.unicode_minus": False,
        "xtick.color": INK,
        "ytick.color": INK,
    }
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=(width, height), layout="constrained")
        ax = fig.add_subplot()
        ys = list(range(n))
        after = [r[3] / r[2] * 100.0 for r in rows]
        ax.barh([y - 0.19 for y in ys], [100.0] * n, height=0.36, color=BASELINE, label=period_labels[0])
        ax.barh([y + 0.19 for y in ys], after, height=0.36, color=REPORTING, label=period_labels[1])
        top = max(100.0, *after)
        for y, r, a in zip(ys, rows, after, strict=True):
            change = 100.0 - a
            colour = GOOD if change >= 0 else BAD
            sign = "-" if change >= 0 else "+"
            ax.text(
                top * 1.02,
                y,
                f"{sign}{format_number(abs(change), 1, language)} %",
                va="center",
                fontsize=8,
                color=colour,
                fontweight="bold",
            )
            ax.text(1.5, y - 0.19, format_significant(r[2], 3, language), va="center", fontsize=6.5, color=INK)
            ax.text(1.5, y + 0.19, format_significant(r[3], 3, language), va="center", fontsize=6.5, color="white")
        ax.set_yticks(ys, [f"{r[0]} ({r[1]})" for r in rows], fontsize=7.5)
        ax.invert_yaxis()
        ax.set_xlim(0, top * 1.16)
        ax.axvline(100.0, color=MUTED, linewidth=0.6, linestyle=(0, (3, 3)))
        ax.tick_params(axis="x", labelsize=7)
        ax.grid(axis="x", color=GRID, linewidth=0.5)
        ax.set_axisbelow(True)
        ax.set_xlabel("%  (" + period_labels[0] + " = 100)", fontsize=7.5)
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, fontsize=7.5, frameon=False)
    return fig


def figure_rows(
    summary: dict[str, Any], names: dict[str, str], energy_name: str, language: str = "vi"
) -> list[tuple[str, str, float, float]]:
    """The (name, unit, before, after) rows of a savings summary: energy in TOE first, then resources."""
    rows = []
    e = summary.get("energy")
    if e:
        unit = (summary["production"]["baseline"] or {}).get("unit", "")
        rows.append(
            (energy_name, unit_label(f"TOE/{unit}", language), e["specific_baseline_toe"], e["specific_reporting_toe"])
        )
    for r in summary.get("resources", []):
        b, p = r.get("baseline"), r.get("reporting")
        if b and p and b.get("specific") is not None and p.get("specific") is not None:
            name = names.get(r["resource"]) or resource_name(r["resource"], language, r.get("carrier"))
            rows.append((name, unit_label(r["specific_unit"], language), b["specific"], p["specific"]))
    return rows
