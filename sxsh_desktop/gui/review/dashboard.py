"""The Sở's figures across received assessments (newest revisions): totals — facilities, savings in
TOE, GJ, water, VND and tCO2, how many met the target band in force in their reporting year — and the same by province,
sector (VSIC), sector name or year, as a table and as bar charts; filtered by province and year.
Everything comes from review.service.dashboard (the same figures as `sxsh summary`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...store.review_ops import ReviewStore
from ..forms import current_language
from ..i18n import format_number
from ..widgets.canvas import ChartView
from .rows_model import TextRowsModel, read_only_table

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

GROUPS = ("province", "vsic", "sector", "year")
TOTALS = (
    "facilities",
    "assessments",
    "energy_saving_toe",
    "saving_gj",
    "water_saving_m3",
    "cost_saving_vnd",
    "co2_saving_t",
    "met_target",
    "by_method",
    "approved",
)


def _share(met: int, of: int) -> str:
    return f"{format_number(100.0 * met / of, 0)} %" if of else "–"


def dashboard_figure(
    names: Sequence[str],
    toe: Sequence[float],
    met: Sequence[int],
    counts: Sequence[int],
    titles: tuple[str, str, str],
    language: str = "vi",
    width: float = 6.0,
) -> Figure | None:
    """Two bar charts side by side, one bar per group: energy saved (TOE), and assessments that met the
    band against those that did not. None when there is no group."""
    import matplotlib
    from matplotlib.figure import Figure

    from ...domain.numbers import format_number as fmt
    from ..widgets.charts import BASELINE, GOOD, GRID, INK, MUTED, REPORTING, _font

    if not names:
        return None
    n = len(names)
    shown = [s if len(s) <= 22 else s[:21] + "…" for s in names]
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
        fig = Figure(figsize=(width, max(2.4, 0.38 * n + 1.2)), layout="constrained")
        left, right = fig.subplots(1, 2, sharey=True, width_ratios=(3, 2))
        ys = list(range(n))
        left.barh(ys, toe, color=REPORTING, height=0.6)
        top = max([*toe, 0.0]) or 1.0
        for y, v in zip(ys, toe, strict=True):
            left.text(v + top * 0.02, y, fmt(v, 1, language), va="center", fontsize=7, color=INK)
        left.set_xlim(0, top * 1.25)
        left.set_yticks(ys, shown)
        left.set_ylim(max(n, 3) - 0.5, -0.5)  # first group on top; a few groups do not make slabs
        left.set_title(titles[0], fontsize=9, loc="left", color=INK)
        left.grid(axis="x", color=GRID, linewidth=0.6)
        left.set_axisbelow(True)
        not_met = [c - m for c, m in zip(counts, met, strict=True)]
        right.barh(ys, met, color=GOOD, height=0.6, label=titles[2])
        right.barh(ys, not_met, left=met, color=BASELINE, height=0.6)
        for y, m, c in zip(ys, met, counts, strict=True):
            right.text(c + 0.05, y, f"{m}/{c}", va="center", fontsize=7, color=INK)
        right.set_xlim(0, max([*counts, 1]) * 1.3)
        right.xaxis.get_major_locator().set_params(integer=True)
        right.set_title(titles[1], fontsize=9, loc="left", color=INK)
        right.tick_params(axis="y", length=0)
        right.grid(axis="x", color=GRID, linewidth=0.6)
        right.set_axisbelow(True)
    return fig


class DashboardView(QWidget):
    def __init__(self, review: ReviewStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.review = review
        self.figures: dict[str, Any] = {}
        self.groups: list[dict[str, Any]] = []

        self.province = QComboBox(self)
        self.province.setAccessibleName(self.tr("Province"))
        self.year = QComboBox(self)
        self.year.setAccessibleName(self.tr("Year"))
        self.group_by = QComboBox(self)
        self.group_by.setAccessibleName(self.tr("Group by"))
        for key, text in zip(
            GROUPS,
            (self.tr("Province"), self.tr("Sector (VSIC code)"), self.tr("Sector"), self.tr("Year")),
            strict=True,
        ):
            self.group_by.addItem(text, key)
        for combo in (self.province, self.year, self.group_by):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("&Province:"), self.province),
            (self.tr("&Year:"), self.year),
            (self.tr("&Group by:"), self.group_by),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(12)
        filters.addStretch(1)
        self.province.setMinimumWidth(160)

        self.cards: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        captions = {
            "facilities": self.tr("Facilities"),
            "assessments": self.tr("Assessments"),
            "energy_saving_toe": self.tr("Energy saved, TOE/year"),
            "saving_gj": self.tr("Energy saved, GJ/year"),
            "water_saving_m3": self.tr("Water saved, m³/year"),
            "cost_saving_vnd": self.tr("Cost saved, million VND/year"),
            "co2_saving_t": self.tr("CO₂ avoided, t/year"),
            "met_target": self.tr("Met the target in force"),
            # each assessment's own method: a regression on monthly readings for any resource, or the ratio
            "by_method": self.tr("By method: regression / ratio"),
            "approved": self.tr("Approved"),
        }
        for i, key in enumerate(TOTALS):
            card = QFrame(self)
            card.setObjectName("card")
            card.setStyleSheet("#card { background: #f7f9fa; border: 1px solid #d0d7de; border-radius: 4px; }")
            value = QLabel("–", card)
            value.setObjectName(f"total_{key}")
            value.setStyleSheet("font-size: 15pt; font-weight: bold; color: #1f2d3a;")
            value.setAccessibleName(captions[key])
            caption = QLabel(captions[key], card)
            caption.setWordWrap(True)
            caption.setStyleSheet("color: #5f6b77;")
            box = QVBoxLayout(card)
            box.setContentsMargins(8, 6, 8, 6)
            box.setSpacing(2)
            box.addWidget(value)
            box.addWidget(caption)
            grid.addWidget(card, 0, i)
            self.cards[key] = value

        self.model = TextRowsModel(self)
        self.table = read_only_table(self, self.model, self.tr("Figures by group"), stretch=0)
        self.chart = ChartView(
            self.tr("Charts of the figures"), self.tr("No received assessments for these filters."), self
        )
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        split.setSizes([170, 300])
        self.split = split
        self.note = QLabel(
            self.tr(
                "Newest revision of each received assessment, whatever its review state; savings "
                "per year after the changes, normalised to the reporting period's output."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6b77;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(filters)
        layout.addLayout(grid)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        self.reload()

    # -- data ------------------------------------------------------------------------------------

    def reload(self) -> None:
        """The filter choices from the store again (new provinces and years after an import), then the figures."""
        for combo, values, everything in (
            (self.province, self.review.provinces(), self.tr("All provinces")),
            (self.year, self.review.years(), self.tr("All years")),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for v in values:
                combo.addItem(str(v) if v != "" else self.tr("(none)"), v)
            i = combo.findData(keep) if keep is not None else 0
            combo.setCurrentIndex(max(0, i))
            combo.blockSignals(False)
        self.refresh()

    def set_filters(self, province: str | None = None, year: int | None = None, group_by: str | None = None) -> None:
        for combo, value in ((self.province, province), (self.year, year)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
            combo.blockSignals(False)
        if group_by is not None:
            self.group_by.blockSignals(True)
            self.group_by.setCurrentIndex(max(0, self.group_by.findData(group_by)))
            self.group_by.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        from ...review.service import dashboard

        by = self.group_by.currentData() or "province"
        board = dashboard(self.review, province=self.province.currentData(), year=self.year.currentData())
        self.figures = board
        self.groups = board["by_province"] if by == "province" else board[f"by_{by}"]
        n = board["assessments"]
        values = {
            "facilities": format_number(board["facilities"]),
            "assessments": format_number(n),
            "energy_saving_toe": format_number(board["energy_saving_toe"], 1),
            "saving_gj": format_number(board["saving_gj"]),
            "water_saving_m3": format_number(board["water_saving_m3"]),
            "cost_saving_vnd": format_number(board["cost_saving_vnd"] / 1e6, 1),
            "co2_saving_t": format_number(board["co2_saving_t"], 1),
            "met_target": f"{board['met_target']} ({_share(board['met_target'], n)})",
            "by_method": self._methods(board["by_method"]),
            "approved": format_number(board["by_review_state"].get("approved", 0)),
        }
        for key, text in values.items():
            self.cards[key].setText(text)
        self._table(by)
        self._chart(by)

    @staticmethod
    def _methods(counts: dict[str, int]) -> str:
        return f"{format_number(counts['regression'])} / {format_number(counts['ratio'])}"

    def group_name(self, by: str, value: Any) -> str:
        if value is None or value == "":
            return self.tr("(none)")
        return str(value)

    def _table(self, by: str) -> None:
        heading = {
            "province": self.tr("Province"),
            "vsic": self.tr("VSIC"),
            "sector": self.tr("Sector"),
            "year": self.tr("Year"),
        }[by]
        headers = [
            heading,
            self.tr("Facilities"),
            self.tr("Assessments"),
            self.tr("TOE"),
            self.tr("GJ"),
            self.tr("Water, m³"),
            self.tr("tCO₂"),
            self.tr("Million VND"),
            self.tr("Met band"),
            self.tr("Regression / ratio"),
        ]
        rows = [
            [
                self.group_name(by, g[by]),
                format_number(g["facilities"]),
                format_number(g["assessments"]),
                format_number(g["energy_saving_toe"], 1),
                format_number(g["saving_gj"]),
                format_number(g["water_saving_m3"]),
                format_number(g["co2_saving_t"], 1),
                format_number(g["cost_saving_vnd"] / 1e6, 1),
                f"{g['met_target']} ({_share(g['met_target'], g['assessments'])})",
                self._methods(g["by_method"]),
            ]
            for g in self.groups
        ]
        self.model.set_rows(headers, rows, right=range(1, 10), keys=[g[by] for g in self.groups])

    def _chart(self, by: str) -> None:
        groups = list(self.groups)
        names = [self.group_name(by, g[by]) for g in groups]
        toe = [float(g["energy_saving_toe"]) for g in groups]
        met = [int(g["met_target"]) for g in groups]
        counts = [int(g["assessments"]) for g in groups]
        titles = (self.tr("Energy saved, TOE/year"), self.tr("Met the target in force (of all)"), self.tr("met"))
        language = current_language()
        self.chart.redraw(lambda: dashboard_figure(names, toe, met, counts, titles, language))
