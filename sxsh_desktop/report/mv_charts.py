"""Measurement-and-verification charts, shared by the monitoring page and the report: consumption against
production with the baseline model's line and the reporting months, and the CUSUM of savings.

Drawn to read in greyscale: the periods differ by marker shape and fill, not by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain.numbers import format_number
from .charts import INK, MUTED, PAGE_WIDTH_IN, _axis_formatter, _figure, _rc

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

_TEXT = {
    "vi": {
        "baseline": "Kỳ cơ sở",
        "reporting": "Kỳ báo cáo",
        "model": "Mô hình kỳ cơ sở",
        "production": "Sản lượng",
        "consumption": "Tiêu thụ",
        "cusum": "Tiết kiệm cộng dồn (CUSUM)",
        "per_reading": "mỗi kỳ đọc",
    },
    "en": {
        "baseline": "Baseline",
        "reporting": "Reporting",
        "model": "Baseline model",
        "production": "Production",
        "consumption": "Consumption",
        "cusum": "Cumulative saving (CUSUM)",
        "per_reading": "per reading",
    },
}


def _t(language: str, key: str) -> str:
    return _TEXT["vi" if language == "vi" else "en"][key]


def scatter_figure(
    base: Sequence[tuple[float, float]],
    reporting: Sequence[tuple[float, float]],
    model: dict[str, Any] | None,
    title: str,
    unit: str,
    product_unit: str,
    language: str = "vi",
    width: float = PAGE_WIDTH_IN / 2,
    height: float = 2.6,
) -> Figure | None:
    """Consumption against production per reading: baseline (open circles), reporting (filled triangles),
    the model's line E = intercept + slope·P (further drivers at their baseline mean)."""
    import matplotlib

    if not base and not reporting:
        return None
    with matplotlib.rc_context(_rc()):
        fig = _figure(width, height)
        _draw_scatter(fig.add_subplot(1, 1, 1), base, reporting, model, title, unit, product_unit, language)
        fig.tight_layout(pad=0.5)
    return fig


def _draw_scatter(
    ax: Any,
    base: Sequence[tuple[float, float]],
    reporting: Sequence[tuple[float, float]],
    model: dict[str, Any] | None,
    title: str,
    unit: str,
    product_unit: str,
    language: str,
) -> None:
    if base:
        ax.scatter(
            [p for p, _ in base],
            [e for _, e in base],
            s=22,
            facecolors="white",
            edgecolors=INK,
            linewidths=0.9,
            label=_t(language, "baseline"),
            zorder=3,
        )
    if reporting:
        ax.scatter(
            [p for p, _ in reporting],
            [e for _, e in reporting],
            s=24,
            marker="^",
            color=MUTED,
            edgecolors=INK,
            linewidths=0.5,
            label=_t(language, "reporting"),
            zorder=3,
        )
    if model:
        xs = [p for p, _ in [*base, *reporting]]
        lo, hi = min(xs), max(xs)
        pad = (hi - lo) * 0.05 or abs(hi) * 0.05 or 1.0
        offset = model["intercept"] + sum(
            coefficient * model.get("driver_means", {}).get(name, 0.0)
            for name, coefficient in model["coefficients"].items()
        )
        x0, x1 = lo - pad, hi + pad
        ax.plot(
            [x0, x1],
            [offset + model["slope"] * x0, offset + model["slope"] * x1],
            color=INK,
            linewidth=1.1,
            label=_t(language, "model"),
            zorder=2,
        )
    ax.set_xlabel(f"{_t(language, 'production')} ({product_unit}, {_t(language, 'per_reading')})", fontsize=7)
    ax.set_ylabel(f"{_t(language, 'consumption')} ({unit})", fontsize=7)
    ax.xaxis.set_major_formatter(_axis_formatter(language))
    ax.yaxis.set_major_formatter(_axis_formatter(language))
    ax.tick_params(labelsize=6.5)
    ax.set_title(title, fontsize=8)
    ax.grid(color="#d9dee3", linewidth=0.5)
    ax.set_axisbelow(True)
    ax.legend(fontsize=6.5, loc="upper left")


def _month_label(start: str) -> str:
    d = date.fromisoformat(start)
    return f"{d.month:02d}/{d.year % 100:02d}"


def cusum_figure(
    cusum: Sequence[dict[str, Any]],
    title: str,
    unit: str,
    language: str = "vi",
    width: float = PAGE_WIDTH_IN / 2,
    height: float = 2.6,
) -> Figure | None:
    """The cumulative saving (expected − actual) over the reporting readings; rising means saving."""
    import matplotlib

    if not cusum:
        return None
    with matplotlib.rc_context(_rc()):
        fig = _figure(width, height)
        _draw_cusum(fig.add_subplot(1, 1, 1), cusum, title, unit, language)
        fig.tight_layout(pad=0.5)
    return fig


def _draw_cusum(ax: Any, cusum: Sequence[dict[str, Any]], title: str, unit: str, language: str) -> None:
    xs = list(range(len(cusum)))
    ys = [c["cumulative_saving"] for c in cusum]
    ax.axhline(0, color=MUTED, linewidth=0.8)
    ax.plot(xs, ys, color=INK, linewidth=1.2, marker="o", markersize=3.2, markerfacecolor="white", zorder=3)
    ax.fill_between(xs, ys, 0, color="#c9ced4", alpha=0.6, linewidth=0)
    step = max(1, -(-len(xs) // 7))
    ax.set_xticks(xs[::step], [_month_label(c["start"]) for c in cusum][::step], fontsize=6.5)
    ax.yaxis.set_major_formatter(_axis_formatter(language))
    ax.tick_params(labelsize=6.5)
    ax.set_ylabel(f"{_t(language, 'cusum')} ({unit})", fontsize=7)
    ax.set_title(title, fontsize=8)
    last = ys[-1]
    # the saving so far, in the corner away from a rising (or falling) line
    ax.text(
        0.03,
        0.93 if last >= 0 else 0.07,
        f"{format_number(last, 0, language)} {unit}",
        transform=ax.transAxes,
        ha="left",
        va="top" if last >= 0 else "bottom",
        fontsize=7,
        fontweight="bold",
        color=INK,
    )
    ax.grid(axis="y", color="#d9dee3", linewidth=0.5)
    ax.set_axisbelow(True)


def mv_figure(
    base: Sequence[tuple[float, float]],
    reporting: Sequence[tuple[float, float]],
    model: dict[str, Any] | None,
    cusum: Sequence[dict[str, Any]],
    title: str,
    unit: str,
    product_unit: str,
    language: str = "vi",
) -> Figure | None:
    """The report's pair for one resource: the scatter with the model's line, and the CUSUM beside it."""
    import matplotlib

    if not base and not reporting:
        return None
    with matplotlib.rc_context(_rc()):
        fig = _figure(PAGE_WIDTH_IN, 2.5)
        left, right = fig.subplots(1, 2)
        _draw_scatter(left, base, reporting, model, title, unit, product_unit, language)
        if cusum:
            _draw_cusum(right, cusum, f"{title}: {_t(language, 'cusum')}", unit, language)
        else:
            right.set_visible(False)
        fig.tight_layout(pad=0.5, w_pad=1.5)
    return fig
