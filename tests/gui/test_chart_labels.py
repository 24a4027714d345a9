"""The monitoring page's chart of specific consumption (before = 100): however many resources and however
small the panel, no two of its labels overlap — the figures inside the bars are left out when the bars are
thinner than their text, the rows' names and changes get smaller, and then only every other row is named."""

from __future__ import annotations

import itertools

import pytest

pytest.importorskip("matplotlib")

from sxsh_desktop.gui.widgets.charts import sec_index_figure


def _drawn(rows: int, width_px: int, height_px: int):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    data = [(f"Tài nguyên {i}", "kWh/hL", 10.0 + i, 9.0 + i * 0.95) for i in range(rows)]
    fig = sec_index_figure(data, ("Kỳ cơ sở", "Kỳ báo cáo"))
    canvas = FigureCanvasAgg(fig)
    fig.set_size_inches(width_px / fig.dpi, height_px / fig.dpi)
    canvas.draw()
    canvas.draw()  # the labels are fitted after the first drawing at a size
    return fig, canvas.get_renderer()


def _labels(fig, renderer):
    ax = fig.axes[0]
    texts = [t for t in [*ax.texts, *ax.get_yticklabels()] if t.get_visible() and t.get_text()]
    return [(t.get_text(), t.get_window_extent(renderer)) for t in texts]


@pytest.mark.parametrize("rows, height", [(3, 400), (7, 200), (7, 400), (12, 220), (20, 200), (30, 160)])
def test_no_two_labels_overlap(rows, height):
    fig, renderer = _drawn(rows, 530, height)
    labels = _labels(fig, renderer)
    clashes = [(a, b) for (a, ba), (b, bb) in itertools.combinations(labels, 2) if ba.overlaps(bb)]
    assert not clashes, clashes[:3]
    names = [t for t in fig.axes[0].get_yticklabels() if t.get_visible()]
    assert len(names) >= min(rows, 6)  # thinned, never all gone


def test_a_roomy_panel_shows_every_figure():
    fig, renderer = _drawn(3, 530, 400)
    ax = fig.axes[0]
    assert sum(t.get_visible() for t in ax.texts) == 3 * 3  # a change and two figures a row
    assert all(t.get_visible() for t in ax.get_yticklabels())
