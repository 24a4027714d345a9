"""The process flow chart (sơ đồ công nghệ) as a matplotlib Figure: each step a box in order, its inputs
and outputs as labelled arrows, the audit focus marked. Drawn with the palette and text rules of
report/charts.py, for the report's chapter 3.

matplotlib is imported inside the function: importing this module is cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..domain.model import ProcessStep
from .charts import (
    ACCENT,
    FOCUS_FILL,
    INK,
    MUTED,
    PAGE_WIDTH_IN,
    REPORTING,
    STEP_FILL,
    _figure,
    _qty,
    _rc,
    _short,
    _t,
    _wrap,
)

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure


def _linked(a: ProcessStep, b: ProcessStep) -> bool:
    """Whether b takes a's product: a has a product output and b a raw-material or product input."""
    return any(f.direction == "output" and f.kind == "product" for f in a.flows) and any(
        f.direction == "input" and f.kind in ("raw_material", "product") for f in b.flows
    )


def flow_chart_figure(steps: Sequence[ProcessStep], language: str = "vi") -> Figure:
    """The process as boxes in order, each with its inputs (left) and outputs (right) as labelled
    arrows; the audit focus is marked. Drawn from the data, sized to what it holds. A typical flow a
    sector template laid out and nobody has measured yet is labelled "not measured", not "0"."""
    import matplotlib
    from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

    from ..domain.benchmark import flow_is_placeholder

    ordered = sorted(steps, key=lambda s: s.order)
    line_h = 0.145  # inches per text line
    wrap_at = 30

    def label(flow: Any) -> str:
        if flow_is_placeholder(flow):  # a template's typical flow, still 0: not a measured zero
            return _wrap(f"{_short(flow.name, 70)} ({_t(language, 'not_measured')})", wrap_at)
        return _wrap(f"{_short(flow.name, 70)} ({_qty(flow.quantity.value, flow.quantity.unit, language)})", wrap_at)

    rows = []
    for step in ordered:
        ins = [label(f) for f in step.flows if f.direction == "input"]
        outs = [label(f) for f in step.flows if f.direction == "output"]
        n_in = sum(t.count("\n") + 1 for t in ins) + 0.35 * max(len(ins) - 1, 0)
        n_out = sum(t.count("\n") + 1 for t in outs) + 0.35 * max(len(outs) - 1, 0)
        name_lines = _wrap(step.name, 24).count("\n") + 2
        height = max(n_in, n_out, name_lines + 0.6) * line_h + 0.2
        rows.append((step, ins, outs, height))
    gap = 0.32
    total_h = sum(r[3] for r in rows) + gap * max(len(rows) - 1, 0) + 0.3
    width = PAGE_WIDTH_IN
    with matplotlib.rc_context(_rc()):
        fig = _figure(width, max(total_h, 1.5))
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, width)
        ax.set_ylim(total_h, 0)
        ax.axis("off")
        box_l, box_r = 2.42, 4.28
        arrow_len = 0.34
        y = 0.15
        previous = None
        for step, ins, outs, height in rows:
            top, bottom = y, y + height
            focus = step.focus
            box = FancyBboxPatch(
                (box_l, top + 0.06),
                box_r - box_l,
                height - 0.12,
                boxstyle="round,pad=0,rounding_size=0.06",
                facecolor=FOCUS_FILL if focus else STEP_FILL,
                edgecolor=ACCENT if focus else REPORTING,
                linewidth=1.3 if focus else 0.9,
            )
            ax.add_patch(box)
            centre_x = (box_l + box_r) / 2
            centre_y = (top + bottom) / 2
            ax.text(
                centre_x,
                centre_y,
                f"{step.order}. {_wrap(step.name, 24)}",
                ha="center",
                va="center",
                fontsize=8,
                fontweight="bold",
                color=INK,
                linespacing=1.25,
            )
            if focus:
                ax.text(
                    box_r - 0.06,
                    top + 0.1,
                    _t(language, "focus"),
                    ha="right",
                    va="top",
                    fontsize=5.5,
                    color=ACCENT,
                    fontweight="bold",
                )
            for side, items in (("in", ins), ("out", outs)):
                if not items:
                    continue
                heights = [(t.count("\n") + 1) * line_h for t in items]
                span = sum(heights) + 0.35 * line_h * (len(items) - 1)
                cy = centre_y - span / 2
                for text, h in zip(items, heights, strict=True):
                    mid = cy + h / 2
                    if side == "in":
                        start, end = (box_l - arrow_len, mid), (box_l, mid)
                        ax.text(
                            box_l - arrow_len - 0.05,
                            mid,
                            text,
                            ha="right",
                            va="center",
                            fontsize=6.6,
                            color=INK,
                            linespacing=1.15,
                        )
                    else:
                        start, end = (box_r, mid), (box_r + arrow_len, mid)
                        ax.text(
                            box_r + arrow_len + 0.05,
                            mid,
                            text,
                            ha="left",
                            va="center",
                            fontsize=6.6,
                            color=INK,
                            linespacing=1.15,
                        )
                    ax.add_patch(
                        FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=7, color=MUTED, linewidth=0.8)
                    )
                    cy += h + 0.35 * line_h
            if previous is not None and _linked(previous[0], step):
                ax.add_patch(
                    FancyArrowPatch(
                        (centre_x, previous[1] - 0.06),
                        (centre_x, top + 0.06),
                        arrowstyle="-|>",
                        mutation_scale=9,
                        color=REPORTING,
                        linewidth=1.2,
                    )
                )
            previous = (step, bottom)
            y = bottom + gap
    return fig
