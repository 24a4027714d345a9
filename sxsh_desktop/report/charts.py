"""Charts of an assessment as matplotlib Figures (Figure + Agg canvas, never pyplot).

Pure functions: data in, a `matplotlib.figure.Figure` out, no reportlab and no Qt, so the report
and the GUI draw the same pictures. Text is set in the shipped Noto Sans (its charts' cut,
report/fonts.py), which has every Vietnamese letter. `figure_png(fig, dpi)` renders one to PNG
bytes; the report draws them as vector (report/pdf/figures.py).

matplotlib is imported inside the functions: importing this module is cheap.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..domain.methodology import FLOW_KIND_LABELS, OPTION_CATEGORY_LABELS, OPTION_STATUS_LABELS
from ..domain.model import OPTION_CATEGORIES, OPTION_STATUSES
from ..domain.numbers import format_number, format_significant
from .fonts import CHART_FONT_FILES, FONT_FILES
from .text import printable

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

    from ..domain.balance import StepBalance
    from ..domain.model import Option
    from ..domain.waste import WasteCost

# A sober palette that prints well in colour and in grey.
INK = "#1f2d3a"
MUTED = "#6b7785"
GRID = "#d9dee3"
BASELINE = "#9aa7b4"
REPORTING = "#1f6f8b"
GOOD = "#2e7d4f"
BAD = "#b23b3b"
ACCENT = "#d9822b"
FOCUS_FILL = "#fff3e0"
STEP_FILL = "#eaf2f6"
STATUS_COLOURS = {"implemented": "#2e7d4f", "selected": "#1f6f8b", "proposed": "#9aa7b4", "rejected": "#d7a9a9"}
# and a hatch each, so that the statuses are told apart in black-and-white print too
STATUS_HATCHES = {"implemented": "", "selected": "////", "proposed": "....", "rejected": "xxxx"}
PARETO_LABEL = "#7a3e0a"  # the cumulative share's labels: dark enough to read in grey, on a white ground

PAGE_WIDTH_IN = 6.7  # the text width of the A4 report

_TEXT = {
    "vi": {
        "in": "Vào",
        "out": "Ra",
        "unaccounted": "Chênh lệch chưa xác định",
        "surplus": "Chênh lệch cân bằng",
        "focus": "TRỌNG TÂM",
        "per": "cho",
        "cumulative": "Tích lũy (%)",
        "cost": "Chi phí",
        "count": "Số cơ hội",
        "saving": "tiết kiệm",
        "increase": "tăng",
        "mass": "Cân bằng vật liệu",
        "energy": "Cân bằng năng lượng",
        "others": "Khác",
        "not_measured": "chưa đo",
    },
    "en": {
        "in": "In",
        "out": "Out",
        "unaccounted": "Unaccounted difference",
        "surplus": "Balance difference",
        "focus": "AUDIT FOCUS",
        "per": "per",
        "cumulative": "Cumulative (%)",
        "cost": "Cost",
        "count": "Number of options",
        "saving": "saving",
        "increase": "increase",
        "mass": "Material balance",
        "energy": "Energy balance",
        "others": "Other",
        "not_measured": "not measured",
    },
}


def _t(language: str, key: str) -> str:
    return _TEXT["vi" if language == "vi" else "en"][key]


@lru_cache(maxsize=1)
def _font_family() -> str:
    from matplotlib import font_manager

    literal_text()
    for style, path in CHART_FONT_FILES.items():
        face = path if path.exists() else FONT_FILES[style]
        if face.exists():
            font_manager.fontManager.addfont(str(face))
    return "Noto Sans"


def literal_text() -> None:
    """Every text matplotlib draws in this app is taken literally: never mathtext (a step named
    "Nghiền $x^2$" is drawn as typed, and "$\\undefined{x}$" cannot crash a report), never TeX. Set
    for the whole process (tick labels are made at draw time, outside any rc_context) and again in
    each chart's rc. Called by the first chart of the report and of the screen."""
    import matplotlib

    matplotlib.rcParams["text.parse_math"] = False
    matplotlib.rcParams["text.usetex"] = False


def _rc() -> dict[Any, Any]:  # matplotlib types its keys as a Literal of every rc name
    return {
        "font.family": [_font_family(), "DejaVu Sans"],  # DejaVu (shipped with matplotlib) for symbols
        "font.size": 8,
        "axes.edgecolor": MUTED,
        "axes.labelcolor": INK,
        "axes.titlesize": 8.5,
        "axes.titleweight": "bold",
        "axes.titlecolor": INK,
        "xtick.color": INK,
        "ytick.color": INK,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "legend.frameon": False,
        "svg.fonttype": "none",
        "text.parse_math": False,
        "text.usetex": False,
        "axes.unicode_minus": True,
    }


def _figure(width: float, height: float) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    return fig


def figure_png(fig: Figure, dpi: int = 200) -> bytes:
    """The figure as PNG bytes (Agg)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    if not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
    return buf.getvalue()


def _wrap(text: str, width: int, lines: int = 4) -> str:
    """User text for a chart: printable (report/text.py), wrapped at `width` characters with long
    words broken, and cut after `lines` lines with "…" (a chart is a summary; the tables hold the
    whole text)."""
    text = printable(text)
    return "\n".join(textwrap.wrap(text, width=width, max_lines=lines, placeholder=" …")) or text[:width]


def _short(text: str, limit: int) -> str:
    """At most `limit` characters, cut with "…"."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _qty(value: float, unit: str, language: str) -> str:
    return f"{format_significant(value, 3, language)} {unit}".strip()


# -- Sankey of a step's balance --------------------------------------------------------------


def sankey_figure(balance: StepBalance, language: str = "vi", basis_label: str = "") -> Figure | None:
    """A Sankey diagram (matplotlib.sankey) of one step's mass balance (energy when it has no mass
    balance), inputs from the left and top, outputs to the right and bottom, with the closure
    difference drawn as its own flow. None when the step has neither balance."""
    import matplotlib
    from matplotlib.sankey import Sankey

    side_name = "mass" if balance.mass.input_count and balance.mass.output_count else "energy"
    side = balance.mass if side_name == "mass" else balance.energy
    if not (side.input_count and side.output_count) or side.inputs <= 0:
        return None
    unit = "t" if side_name == "mass" else "GJ"
    ins = [
        (a.flow.name, a.on(side_name) or 0.0)
        for a in balance.amounts
        if a.on(side_name) is not None and a.flow.direction == "input"
    ]
    outs = [
        (a.flow.name, a.on(side_name) or 0.0)
        for a in balance.amounts
        if a.on(side_name) is not None and a.flow.direction == "output"
    ]
    diff = side.inputs - side.outputs
    if abs(diff) > 1e-9 * max(side.inputs, 1.0):
        if diff > 0:
            outs.append((_t(language, "unaccounted"), diff))
        else:
            ins.append((_t(language, "surplus"), -diff))
    total = max(side.inputs, side.outputs)
    ins.sort(key=lambda x: -x[1])
    outs.sort(key=lambda x: -x[1])

    flows: list[float] = []
    labels: list[str] = []
    orientations: list[int] = []
    pathlengths: list[float] = []
    legend: list[tuple[str, str, str]] = []  # (number, name, value)
    for i, (_name, value) in enumerate(ins):
        flows.append(value / total)
        orientations.append(0 if i == 0 else 1)
        pathlengths.append(0.45 if i == 0 else 0.4)
    for i, (_name, value) in enumerate(outs):
        flows.append(-value / total)
        orientations.append(0 if i == 0 else -1)
        pathlengths.append(0.45 if i == 0 else 0.4)
    for number, (name, value) in enumerate([*ins, *outs], start=1):
        labels.append(str(number))
        share = value / total * 100.0
        legend.append((str(number), name, f"{_qty(value, unit, language)} · {format_number(share, 1, language)} %"))

    gap = 0.3
    n_top, n_bottom = max(len(ins) - 1, 0), max(len(outs) - 1, 0)
    side_width = max(
        sum(v for _, v in ins[1:]) / total + gap * n_top,
        sum(v for _, v in outs[1:]) / total + gap * n_bottom,
    )
    key_rows = [(_wrap(name, 36, 3), value) for _, name, value in legend]
    line_in = 0.155
    key_height = 2 * 0.26 + sum((w.count("\n") + 1) * line_in + 0.05 for w, _ in key_rows) + 0.1
    height = max(2.5, 0.42 + key_height)
    with matplotlib.rc_context(_rc()):
        fig = _figure(PAGE_WIDTH_IN, height)
        title = f"{_t(language, side_name)} — {balance.step.name}"
        if basis_label:
            title += f" ({_t(language, 'per')} {basis_label})"
        fig.text(
            0.5,
            1 - 0.08 / height,
            _wrap(title, 95, 2),
            ha="center",
            va="top",
            fontsize=8.5,
            fontweight="bold",
            color=INK,
        )
        ax = fig.add_axes((0.0, 0.03, 0.55, 1 - 0.45 / height))
        ax.axis("off")
        sankey = Sankey(
            ax=ax, scale=1.0, offset=0.07, head_angle=110, unit=None, format="%s", gap=gap, margin=0.2, shoulder=0.02
        )
        sankey.add(
            flows=flows,
            labels=labels,
            orientations=orientations,
            pathlengths=pathlengths,
            facecolor="#cfe3ec",
            edgecolor=REPORTING,
            linewidth=0.8,
            trunklength=max(1.0, side_width + 0.5),
        )
        diagrams = sankey.finish()
        for text in diagrams[0].texts:
            text.set_fontsize(7.5)
            text.set_fontweight("bold")
            text.set_color(REPORTING)
        diagrams[0].text.set_text("")
        ax.set_adjustable("box")  # keep the limits Sankey chose; the axes box takes the aspect
        # the key: number, name, amount and share, inputs then outputs (positions in inches from the top)
        y_in = 0.42
        x0 = 0.585

        def at(inches: float) -> float:
            return 1 - inches / height

        for heading, start, count in ((_t(language, "in"), 0, len(ins)), (_t(language, "out"), len(ins), len(outs))):
            fig.text(x0, at(y_in), heading, fontsize=7.6, fontweight="bold", color=INK, va="top")
            y_in += 0.22
            for (wrapped, shown), (label, _, _) in zip(
                key_rows[start : start + count], legend[start : start + count], strict=True
            ):
                fig.text(x0, at(y_in), label, fontsize=7, fontweight="bold", color=REPORTING, va="top")
                fig.text(x0 + 0.03, at(y_in), wrapped, fontsize=7, color=INK, va="top", linespacing=1.15)
                fig.text(0.995, at(y_in), shown, fontsize=7, color=INK, va="top", ha="right")
                y_in += (wrapped.count("\n") + 1) * line_in + 0.05
            y_in += 0.06
    return fig


# -- specific consumption before / after ---------------------------------------------------


def sec_figure(
    rows: Sequence[tuple[str, str, float, float]],
    period_labels: tuple[str, str],
    language: str = "vi",
) -> Figure | None:
    """Small multiples, one per resource: (name, specific unit, SEC baseline, SEC reporting)."""
    import matplotlib

    rows = [r for r in rows if r[2] is not None and r[3] is not None]
    if not rows:
        return None
    ncols = 3 if len(rows) > 4 else max(len(rows), 1)
    nrows = math.ceil(len(rows) / ncols)
    with matplotlib.rc_context(_rc()):
        height = 1.95 * nrows + 0.35
        fig = _figure(PAGE_WIDTH_IN, height)
        axes = fig.subplots(nrows, ncols, squeeze=False)
        for ax in axes.flat[len(rows) :]:
            ax.set_visible(False)
        for ax, (name, unit, before, after) in zip(axes.flat, rows, strict=False):
            bars = ax.bar(
                [0, 1], [before, after], color=[BASELINE, REPORTING], hatch=["////", ""], edgecolor="white", width=0.62
            )
            top = max(before, after) or 1.0
            ax.set_ylim(0, top * 1.28)
            for bar, value in zip(bars, (before, after), strict=True):
                ax.text(
                    bar.get_x() + bar.get_width() / 2,
                    value + top * 0.03,
                    format_significant(value, 3, language),
                    ha="center",
                    va="bottom",
                    fontsize=7,
                    color=INK,
                )
            ax.set_xticks([0, 1], [_wrap(period_labels[0], 12), _wrap(period_labels[1], 12)], fontsize=6.5)
            ax.tick_params(axis="y", labelsize=6.5)
            ax.yaxis.set_major_formatter(_axis_formatter(language))
            ax.set_title(_wrap(f"{_short(name, 40)} ({unit})", 30, 2), fontsize=7.5, pad=14)
            change = (1.0 - after / before) * 100.0 if before else None
            if change is not None:
                word = _t(language, "saving") if change >= 0 else _t(language, "increase")
                ax.text(
                    0.5,
                    1.02,
                    f"{word} {format_number(abs(change), 1, language)} %",
                    transform=ax.transAxes,
                    ha="center",
                    va="bottom",
                    fontsize=6.8,
                    color=GOOD if change >= 0 else BAD,
                    fontweight="bold",
                )
            ax.grid(axis="y", color=GRID, linewidth=0.5)
            ax.set_axisbelow(True)
        fig.subplots_adjust(
            left=0.08,
            right=0.98,
            top=1 - 0.42 / height,
            bottom=0.38 / height,
            wspace=0.4,
            hspace=0.72 if nrows > 1 else 0.2,
        )
    return fig


def _axis_formatter(language: str) -> Any:
    from matplotlib.ticker import FuncFormatter

    def fmt(value: float, _pos: int) -> str:
        if value == 0:
            return "0"
        return format_significant(value, 3, language)

    return FuncFormatter(fmt)


# -- waste cost Pareto -----------------------------------------------------------------------


def pareto_figure(costs: Sequence[WasteCost], language: str = "vi", unit_label: str = "VND") -> Figure | None:
    """Waste streams by cost (largest first) with the cumulative share; streams without a cost are
    left out. None when no stream has a cost."""
    import matplotlib

    from ..domain.waste import pareto

    items = [
        (c.flow.name, c.per_unit_product_vnd if c.per_unit_product_vnd is not None else c.total_vnd) for c in costs
    ]
    items = [(n, v) for n, v in items if v and v > 0][:10]
    if not items:
        return None
    cumulative = pareto([v for _, v in items])
    with matplotlib.rc_context(_rc()):
        fig = _figure(PAGE_WIDTH_IN, 3.5)
        ax = fig.add_axes((0.1, 0.3, 0.8, 0.64))
        xs = range(len(items))
        ax.bar(xs, [v for _, v in items], color=REPORTING, width=0.62)
        ax.set_xticks(list(xs), [_wrap(n, 16, 3) for n, _ in items], fontsize=6.2)
        ax.set_ylabel(f"{_t(language, 'cost')} ({unit_label})", fontsize=7)
        ax.yaxis.set_major_formatter(_axis_formatter(language))
        ax.tick_params(axis="y", labelsize=6.5)
        ax.grid(axis="y", color=GRID, linewidth=0.5)
        ax.set_axisbelow(True)
        ax2 = ax.twinx()
        ax2.plot(list(xs), cumulative, color=ACCENT, marker="o", markersize=3.5, linewidth=1.2)
        ax2.set_ylim(0, 105)
        ax2.axhline(80, color=ACCENT, linewidth=0.6, linestyle=(0, (4, 3)))
        ax2.set_ylabel(_t(language, "cumulative"), fontsize=7, color=ACCENT)
        ax2.tick_params(axis="y", labelsize=6.5, colors=ACCENT)
        ax2.spines["right"].set_visible(True)
        ax2.spines["right"].set_color(ACCENT)
        ax2.spines["top"].set_visible(False)
        for x, c in zip(xs, cumulative, strict=True):
            ax2.text(
                x,
                c + 3,
                f"{format_number(c, 0, language)} %",
                ha="center",
                va="bottom",
                fontsize=6.2,
                fontweight="bold",
                color=PARETO_LABEL,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.8, "alpha": 0.9},
            )
    return fig


# -- options by category ---------------------------------------------------------------------


def options_figure(options: Sequence[Option], language: str = "vi") -> Figure | None:
    """Number of options per category, stacked by status. None when there are no options."""
    import matplotlib

    if not options:
        return None
    categories = [c for c in OPTION_CATEGORIES if any(o.category == c for o in options)]
    counts = {
        s: [sum(1 for o in options if o.category == c and o.status == s) for c in categories] for s in OPTION_STATUSES
    }
    with matplotlib.rc_context(_rc()):
        height = 0.36 * len(categories) + 0.9
        fig = _figure(PAGE_WIDTH_IN, height)
        ax = fig.add_axes((0.36, 0.5 / height, 0.58, 1 - 0.85 / height))
        ys = list(range(len(categories)))
        left = [0] * len(categories)
        for status in ("implemented", "selected", "proposed", "rejected"):
            values = counts[status]
            if not any(values):
                continue
            ax.barh(
                ys,
                values,
                left=left,
                color=STATUS_COLOURS[status],
                hatch=STATUS_HATCHES[status],
                edgecolor="white" if status in ("implemented", "selected") else INK,
                linewidth=0.4,
                height=0.6,
                label=OPTION_STATUS_LABELS[status](language),
            )
            left = [a + b for a, b in zip(left, values, strict=True)]
        for y, total in zip(ys, left, strict=True):
            ax.text(total + 0.08, y, str(total), va="center", fontsize=7, color=INK)
        ax.set_yticks(ys, [_wrap(OPTION_CATEGORY_LABELS[c](language), 34) for c in categories], fontsize=7)
        ax.invert_yaxis()
        ax.set_xlim(0, max(left) + 0.8)
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        ax.set_xlabel(_t(language, "count"), fontsize=7)
        ax.tick_params(axis="x", labelsize=6.5)
        ax.grid(axis="x", color=GRID, linewidth=0.5)
        ax.set_axisbelow(True)
        ax.legend(
            loc="lower center", bbox_to_anchor=(0.4, 1.0), ncol=4, fontsize=6.8, handlelength=1.2, columnspacing=1.0
        )
    return fig


def flow_kind_label(kind: str, language: str) -> str:
    label = FLOW_KIND_LABELS.get(kind)
    return label(language) if label else kind
