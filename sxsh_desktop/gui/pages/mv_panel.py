"""The monitoring page's regression view (measurement and verification): for one resource, the baseline
model and its statistics with a plain verdict ("mô hình đạt / chưa đạt: R² 0,62 < 0,75"), the method its
saving is reckoned by and why, the choice between the methods when both are possible, the scatter of
consumption against production with the model's line and the reporting months, and the CUSUM."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ...domain.display import unit_label
from ...domain.mv import scatter_points
from ...domain.readings import product_unit
from ...domain.regression import thresholds
from ...services import edits
from ..widgets.canvas import ChartView
from ..widgets.common import ERROR_STYLE, MUTED_STYLE, OK_STYLE, percent, sig
from ..widgets.resources import resource_label


def _n(value: float, lang: str, decimals: int = 2) -> str:
    from ...domain.numbers import format_number

    return format_number(value, decimals, lang)


class MVPanel(QWidget):
    def __init__(self, page: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = page
        self.summary: dict[str, Any] = {}
        self.resource_label = QLabel(self)
        self.resource_combo = QComboBox(self)
        self.resource_label.setBuddy(self.resource_combo)
        self.resource_combo.activated.connect(lambda _i: self.show_resource())
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.statistics = QLabel(self)
        self.statistics.setWordWrap(True)
        self.statistics.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.method = QLabel(self)
        self.method.setWordWrap(True)
        self.use_regression = QCheckBox(self)
        self.use_regression.toggled.connect(self._choose_method)
        self.scatter = ChartView("", parent=self)
        self.cusum = ChartView("", parent=self)
        top = QHBoxLayout()
        top.addWidget(self.resource_label)
        top.addWidget(self.resource_combo, 1)
        charts = QSplitter(Qt.Orientation.Horizontal, self)
        charts.addWidget(self.scatter)
        charts.addWidget(self.cusum)
        charts.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(self.statistics)
        layout.addWidget(self.method)
        layout.addWidget(self.use_regression)
        layout.addWidget(charts, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.resource_label.setText(self.tr("&Resource:"))
        self.resource_combo.setAccessibleName(self.tr("Resource of the regression"))
        self.use_regression.setText(self.tr("Reckon this resource's saving by the regression model"))
        self.scatter.setAccessibleName(self.tr("Consumption against production"))
        self.cusum.setAccessibleName(self.tr("Cumulative saving (CUSUM)"))
        self.scatter.set_empty_text(self.tr("The chart appears when the resource has monthly readings."))
        self.cusum.set_empty_text(self.tr("The CUSUM appears when the reporting period has readings."))

    # -- reading ---------------------------------------------------------------------------------

    def refresh(self, summary: dict[str, Any]) -> None:
        self.summary = summary
        lang = self.page.language
        read = {e.resource for r in self.page.workspace.assessment.readings for e in r.consumption}
        rows = [r for r in summary.get("resources", []) if r["resource"] in read]
        current = self.resource_combo.currentData()
        self.resource_combo.clear()
        for r in rows:
            self.resource_combo.addItem(resource_label(r.get("carrier") or r["resource"], lang), r["resource"])
        if rows:
            self.resource_combo.setCurrentIndex(max(0, self.resource_combo.findData(current)))
        self.show_resource()

    def row(self) -> dict[str, Any] | None:
        key = self.resource_combo.currentData()
        return next((r for r in self.summary.get("resources", []) if r["resource"] == key), None)

    def verdict_text(self, row: dict[str, Any]) -> tuple[str, bool]:
        """'mô hình đạt / chưa đạt: R² 0,62 < 0,75' and whether the model may be used."""
        lang = self.page.language
        m = row.get("model")
        min_r2, max_p = thresholds(self.page.workspace.assessment.settings)
        if m is None:
            reason = row.get("method_reason") or self.tr("no monthly readings of the baseline")
            return self.tr("No model: {reason}").format(reason=reason), False
        checks = []
        fails = []
        r2 = self.tr("R² {value} {sign} {limit}")
        if m["r2"] >= min_r2:
            checks.append(r2.format(value=_n(m["r2"], lang), sign="≥", limit=_n(min_r2, lang)))
        else:
            fails.append(r2.format(value=_n(m["r2"], lang), sign="<", limit=_n(min_r2, lang)))
        p = self.tr("p of the slope {value} {sign} {limit}")
        if m["p_slope"] <= max_p:
            checks.append(p.format(value=_n(m["p_slope"], lang, 3), sign="≤", limit=_n(max_p, lang)))
        else:
            fails.append(p.format(value=_n(m["p_slope"], lang, 3), sign=">", limit=_n(max_p, lang)))
        if m["slope"] <= 0:
            fails.append(self.tr("the slope is not positive"))
        if fails:
            return self.tr("The model is not valid: {why}").format(why="; ".join(fails)), False
        return self.tr("The model is valid: {why}").format(why="; ".join(checks)), True

    def show_resource(self) -> None:
        row = self.row()
        lang = self.page.language
        if row is None:
            self.verdict.setText(self.tr("Enter monthly readings to fit a baseline model (ISO 50006)."))
            self.verdict.setStyleSheet(MUTED_STYLE)
            for w in (self.statistics, self.method):
                w.clear()
            self.use_regression.setEnabled(False)
            self.scatter.redraw(lambda: None)
            self.cusum.redraw(lambda: None)
            return
        text, ok = self.verdict_text(row)
        self.verdict.setText(text)
        self.verdict.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        m = row.get("model")
        unit, p_unit = unit_label(row["unit"], lang), unit_label(product_unit(self.page.workspace.assessment), lang)
        if m:
            terms = [sig(m["intercept"], lang, 4), f"{sig(m['slope'], lang, 4)}·P"]
            terms += [f"{sig(v, lang, 4)}·{k}" for k, v in m["coefficients"].items()]
            self.statistics.setText(
                self.tr(
                    "E = {formula} ({unit}; P in {p_unit})\nR² {r2}, adjusted R² {adj}, CV(RMSE) {cv}, NMBE {nmbe}, "
                    "p of the slope {p}, {n} readings"
                ).format(
                    formula=" + ".join(terms),
                    unit=unit,
                    p_unit=p_unit,
                    r2=_n(m["r2"], lang, 3),
                    adj=_n(m["adj_r2"], lang, 3),
                    cv=percent(m["cv_rmse_percent"], lang),
                    nmbe=percent(m["nmbe_percent"], lang, 2),
                    p=_n(m["p_slope"], lang, 4),
                    n=m["n"],
                )
            )
        else:
            self.statistics.clear()
        if row["method"] == "regression":
            method = self.tr("Method: regression. Adjusted baseline {adjusted} {unit}, saving {saving} {unit} ({pct}).")
            s = row.get("saving") or {}
            self.method.setText(
                method.format(
                    adjusted=sig(row["adjusted_baseline"], lang, 5),
                    unit=unit,
                    saving=sig(s.get("quantity"), lang, 4),
                    pct=percent(s.get("percent"), lang),
                )
            )
        else:
            reason = row.get("method_reason") or self.tr("the data are for whole periods")
            self.method.setText(
                self.tr("Method: ratio of specific consumption, because {reason}.").format(reason=reason)
            )
        self.use_regression.blockSignals(True)
        self.use_regression.setChecked(row["method"] == "regression")
        self.use_regression.setEnabled(bool(row.get("regression_possible")))
        self.use_regression.blockSignals(False)
        self._draw(row, lang)

    def _draw(self, row: dict[str, Any], lang: str) -> None:
        from ...report import mv_charts

        a = self.page.workspace.assessment
        name = resource_label(row.get("carrier") or row["resource"], lang)
        base, rep = scatter_points(a, row["resource"], row["unit"], row.get("carrier"))
        model, cusum = row.get("model"), row.get("cusum") or []
        unit, p_unit = unit_label(row["unit"], lang), unit_label(product_unit(a), lang)
        self.scatter.redraw(lambda: mv_charts.scatter_figure(base, rep, model, name, unit, p_unit, lang, 4.2, 3.0))
        self.cusum.redraw(lambda: mv_charts.cusum_figure(cusum, name, unit, lang, 4.2, 3.0))

    # -- writing ---------------------------------------------------------------------------------

    def _choose_method(self, regression: bool) -> None:
        row = self.row()
        if row is None:
            return
        settings = self.page.workspace.assessment.settings
        methods = dict(settings.savings_methods)
        if regression:
            methods.pop(row["resource"], None)
        else:
            methods[row["resource"]] = "ratio"
        name = self.tr("Choose the method of {resource}").format(
            resource=resource_label(row.get("carrier") or row["resource"], self.page.language)
        )
        self.page.run(
            edits.update_settings(
                self.page.store, self.page.assessment_id, settings, {"savings_methods": methods}, name
            )
        )
