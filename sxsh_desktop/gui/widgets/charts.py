"""Charts drawn for the screen where the report's charts (report/charts.py) are sized for A4.

`sec_index_figure`: specific consumption of every resource after the changes as a percent of
before (before = 100), one horizontal pair of bars per resource, readable in a small panel.
Pure function: data in, a matplotlib Figure out (no pyplot); matplotlib is imported lazily.
"""

from __future__ import annotations

import math
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
        changes: list[Any] = []  # one a row: the change in percent, at the right
        values: list[Any] = []  # two a row: the figures before and after, inside their bars
        value_style: dict[str, Any] = {"va": "center", "fontsize": 6.5, "clip_on": True}
        for y, r, a in zip(ys, rows, after, strict=True):
            change = 100.0 - a
            colour = GOOD if change >= 0 else BAD
            sign = "-" if change >= 0 else "+"
            label = ax.text(
                top * 1.02,
                y,
                f"{sign}{format_number(abs(change), 1, language)} %",
                va="center",
                fontsize=8,
                color=colour,
                fontweight="bold",
            )
            changes.append(label)
            values.append(ax.text(1.5, y - 0.19, format_significant(r[2], 3, language), **value_style, color=INK))
            values.append(ax.text(1.5, y + 0.19, format_significant(r[3], 3, language), **value_style, color="white"))
        ax.set_yticks(ys, [f"{r[0]} ({r[1]})" for r in rows], fontsize=7.5)
        ax.invert_yaxis()
        ax.set_xlim(0, top * 1.16)
        ax.axvline(100.0, color=MUTED, linewidth=0.6, linestyle=(0, (3, 3)))
        ax.tick_params(axis="x", labelsize=7)
        ax.grid(axis="x", color=GRID, linewidth=0.5)
        ax.set_axisbelow(True)
        ax.set_xlabel("%  (" + period_labels[0] + " = 100)", fontsize=7.5)
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, fontsize=7.5, frameon=False)
        fig.canvas.mpl_connect("draw_event", _LabelFit(fig, ax, changes, values))
    return fig


LINE = 1.4  # a line of text is this many times its size tall, ascent to descent, with a little air


class _LabelFit:
    """Labels that never run into each other however small the panel draws the chart: the figures inside
    the bars are shown only when a bar is as tall as their text; the rows' names and changes get smaller
    with the rows (down to 5 pt), and below that only every second (third …) row is named. Fitted after
    each drawing at a new size (the axes' height is known then), drawn again when that changed anything."""

    def __init__(self, fig: Any, ax: Any, changes: list[Any], values: list[Any]):
        self.fig, self.ax, self.changes, self.values = fig, ax, changes, values
        self._fitted_to: tuple[float, float] | None = None

    def __call__(self, _event: Any = None) -> None:
        size = (round(self.fig.bbox.width), round(self.fig.bbox.height))
        if size == self._fitted_to:
            return
        self._fitted_to = size
        if self.fit():
            self.fig.canvas.draw_idle()

    def fit(self) -> bool:
        """Set the labels for the axes' height now; True when any label changed."""
        before = self._state()
        (_, y0), (_, y1) = self.ax.transData.transform([(0, 0), (0, 1)])
        row_pt = abs(y1 - y0) * 72 / self.fig.dpi  # one row: its two bars and the gap
        for v in self.values:  # a bar is 0.36 of its row
            v.set_visible(row_pt * 0.36 >= 6.5 * 1.15)
        size_pt = max(5.0, min(7.5, row_pt / LINE))
        step = max(1, math.ceil(size_pt * LINE / row_pt - 1e-9))  # rows per label once 5 pt is still too tall
        for i, (tick, change) in enumerate(zip(self.ax.get_yticklabels(), self.changes, strict=False)):
            tick.set_fontsize(size_pt)
            change.set_fontsize(min(8.0, size_pt + 0.5) if step == 1 and row_pt >= 8.5 * LINE else size_pt)
            tick.set_visible(i % step == 0)
            change.set_visible(i % step == 0)
        return self._state() != before

    def _state(self) -> list[Any]:
        labels = [*self.ax.get_yticklabels(), *self.changes, *self.values]
        return [(t.get_visible(), t.get_fontsize()) for t in labels]


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
