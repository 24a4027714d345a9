"""Page 6 — implementing the selected options and monitoring the results (tasks 14–16).

The implementation plan: each selected option with its status, the person responsible, the planned
and the actual date (kept in the option's extra fields). Monitoring: the baseline and reporting
periods with their production, the metered consumption per resource and period, and the savings
per unit product computed as the figures are entered, with specific consumption before and after,
and the facility's specific energy consumption against the norm of its sector template (capacity
class and period of each period, best practice where known, each with its source; the reason when
no comparison is possible; for a template with norms for several sub-processes, the one chosen).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.display import unit_label
from ...domain.methodology import OPTION_STATUS_LABELS, PERIOD_LABELS
from ...domain.model import OPTION_STATUSES, PERIOD_KEYS, Period
from ...domain.quantities import UnitError
from ...domain.reference import carriers
from ...domain.savings import compute_savings
from ...services import edits
from ...services.templates import benchmark
from ...store.operations import Operation
from ..forms import StoredLineEdit
from ..models.rows import Column, RowsModel
from ..widgets.canvas import ChartView
from ..widgets.choice import ChoiceDelegate
from ..widgets.common import (
    MUTED_STYLE,
    MessageLabel,
    delete_key,
    format_date,
    money,
    parse_date,
    percent,
    set_widths,
    setup_table,
    sig,
)
from ..widgets.fill_down import fill_down_key
from ..widgets.quantity import QuantityDelegate, QuantityEdit
from ..widgets.resources import resource_choices, resource_label
from .base import Page
from .monitoring_consumption import C_CARRIER, C_PERIOD, C_PRICE, C_QUANTITY, C_RESOURCE, ConsumptionEdits
from .monitoring_parts import plan_columns, refuse_period, show_benchmark_text, show_energy
from .mv_panel import MVPanel
from .readings_panel import ReadingsPanel

PLAN_STATUSES = ("selected", "implemented")


class MonitoringPage(ConsumptionEdits, Page):
    tasks = (14, 15, 16)

    def __init__(self, workspace: Any, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        self.summary: dict[str, Any] = {}
        lang = self._lang

        # -- implementation plan ------------------------------------------------------------
        self.plan_model = RowsModel(plan_columns(self), key=lambda o: o.id, parent=self)
        self.plan_table = setup_table(QTableView(self), self.tr("Implementation plan"))
        self.plan_table.setModel(self.plan_model)
        self.plan_status_delegate = ChoiceDelegate(
            lambda _i: [(s, OPTION_STATUS_LABELS[s](self._lang())) for s in OPTION_STATUSES],
            lambda _i: self.tr("Status"),
            self.plan_table,
        )
        self.plan_table.setItemDelegateForColumn(2, self.plan_status_delegate)
        self.plan_message = MessageLabel(self)
        self.plan_model.problem.connect(self.plan_message.show_message)
        self.plan_hint = QLabel(self)
        self.plan_hint.setWordWrap(True)
        self.plan_hint.setStyleSheet(MUTED_STYLE)
        plan = QWidget(self)
        pl = QVBoxLayout(plan)
        pl.addWidget(self.plan_hint)
        pl.addWidget(self.plan_table, 1)
        pl.addWidget(self.plan_message)

        # -- periods ----------------------------------------------------------------------------
        self.periods_box = QGroupBox(self)
        grid = QGridLayout(self.periods_box)
        self.period_heads = [QLabel(self) for _ in range(3)]
        for i, w in enumerate(self.period_heads):
            w.setStyleSheet("font-weight: 600;")
            grid.addWidget(w, 0, i + 1)
        self.period_names: dict[str, QLabel] = {}
        self.period_fields: dict[str, tuple[StoredLineEdit, StoredLineEdit, QuantityEdit]] = {}
        for row, key in enumerate(PERIOD_KEYS, start=1):
            name = QLabel(self)
            # Ctrl+Z in a date shown as stored is the window's Undo (forms.StoredLineEdit); Escape takes typing off
            start, end = StoredLineEdit(self), StoredLineEdit(self)
            for date_edit, part in ((start, "start"), (end, "end")):  # a whole date, 31/12/2024 or 2024-12-31
                date_edit.setMinimumWidth(date_edit.fontMetrics().horizontalAdvance("0000-00-00") + 16)
                date_edit.setMaximumWidth(date_edit.minimumWidth() + 30)
                date_edit.editingFinished.connect(lambda k=key, p=part: self._commit_period(k, p))
                date_edit.escaped.connect(lambda w=date_edit: w.setText(w.stored))
            production = QuantityEdit(lang, self.tr("Production"), placeholder="125.000 hL", parent=self)
            production.edit.setMinimumWidth(120)
            production.committed.connect(lambda _q, k=key: self._commit_period(k))
            grid.addWidget(name, row, 0)
            grid.addWidget(start, row, 1)
            grid.addWidget(end, row, 2)
            grid.addWidget(production, row, 3)
            self.period_names[key] = name
            self.period_fields[key] = (start, end, production)
        grid.setColumnStretch(3, 1)
        self.period_message = MessageLabel(self)
        grid.addWidget(self.period_message, 3, 0, 1, 4)

        # -- consumption ----------------------------------------------------------------------
        self.consumption_model = RowsModel(self._consumption_columns(), key=lambda r: r[0], parent=self)
        self.consumption_table = setup_table(QTableView(self), self.tr("Metered consumption"))
        self.consumption_table.setModel(self.consumption_model)
        self.consumption_table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)  # rows deleted at once
        self.c_period_delegate = ChoiceDelegate(
            lambda _i: [(k, PERIOD_LABELS[k](self._lang())) for k in PERIOD_KEYS],
            lambda _i: self.tr("Period"),
            self.consumption_table,
        )
        self.c_resource_delegate = ChoiceDelegate(
            lambda _i: resource_choices(self.workspace.assessment, self._lang(), blank=False),
            lambda _i: self.tr("Resource"),
            self.consumption_table,
            editable=True,
        )
        self.c_carrier_delegate = ChoiceDelegate(
            lambda _i: [(None, ""), *((k, c.name(self._lang())) for k, c in carriers().items())],
            lambda _i: self.tr("Energy carrier"),
            self.consumption_table,
        )
        self.c_quantity_delegate = QuantityDelegate(
            lang,
            self._consumption_field,
            kinds=self._consumption_kinds,
            placeholder="1.860.000 kWh",
            parent=self.consumption_table,
        )
        self.c_price_delegate = QuantityDelegate(
            lang,
            lambda i: self.tr("Unit price"),
            optional=True,
            placeholder="1.850 VND/kWh",
            parent=self.consumption_table,
        )
        for col, d in (
            (C_PERIOD, self.c_period_delegate),
            (C_RESOURCE, self.c_resource_delegate),
            (C_CARRIER, self.c_carrier_delegate),
            (C_QUANTITY, self.c_quantity_delegate),
            (C_PRICE, self.c_price_delegate),
        ):
            self.consumption_table.setItemDelegateForColumn(col, d)
        self.add_consumption_button = QPushButton(self)
        self.delete_consumption_button = QPushButton(self)
        self.consumption_message = MessageLabel(self)
        for source in (self.consumption_model.problem, self.c_quantity_delegate.problem, self.c_price_delegate.problem):
            source.connect(self.consumption_message.show_message)
        data = QWidget(self)
        dl = QVBoxLayout(data)
        dl.addWidget(self.periods_box)
        dl.addWidget(self.consumption_table, 1)
        cb = QHBoxLayout()
        cb.addWidget(self.add_consumption_button)
        cb.addWidget(self.delete_consumption_button)
        cb.addWidget(self.consumption_message, 1)
        dl.addLayout(cb)

        self.left_tabs = QTabWidget(self)
        self.left_tabs.addTab(data, "")
        self.left_tabs.addTab(plan, "")
        self.readings_panel = ReadingsPanel(self, self)
        self.left_tabs.addTab(self.readings_panel, "")

        # -- savings ----------------------------------------------------------------------------
        self.savings_box = QWidget(self)
        self.savings_model = RowsModel(self._savings_columns(), key=lambda r: r["resource"], parent=self)
        self.savings_table = setup_table(QTableView(self), self.tr("Savings per resource"))
        self.savings_table.setModel(self.savings_model)
        self.energy_label = QLabel(self)
        self.energy_label.setWordWrap(True)
        self.energy_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.targets_label = QLabel(self)
        self.targets_label.setWordWrap(True)
        self.warnings_label = QLabel(self)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #8a5a00;")
        self.warnings_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # twenty warnings would push the table and the chart out (and overlap the lines above): they scroll
        self.warnings_area = QScrollArea(self)
        self.warnings_area.setWidgetResizable(True)
        self.warnings_area.setFrameShape(QFrame.Shape.NoFrame)
        self.warnings_area.setWidget(self.warnings_label)
        self.warnings_area.setMaximumHeight(self.warnings_label.fontMetrics().lineSpacing() * 7)
        self.chart = ChartView(self.tr("Specific consumption before and after"), parent=self)
        sl = QVBoxLayout(self.savings_box)
        sl.addWidget(self.savings_table, 3)
        sl.addWidget(self.energy_label)
        sl.addWidget(self.targets_label)
        sl.addWidget(self.warnings_area)
        sl.addWidget(self.chart, 4)

        # -- against the norm -------------------------------------------------------------------
        self.benchmark: Any = None
        self.benchmark_box = QWidget(self)
        self.process_label = QLabel(self)
        self.process_combo = QComboBox(self)
        self.process_combo.activated.connect(self._choose_process)
        self.process_label.setBuddy(self.process_combo)
        self.benchmark_text = QTextBrowser(self)  # read-only, selectable, scrolls when long
        self.benchmark_text.setFrameShape(QFrame.Shape.NoFrame)
        self.benchmark_text.setOpenLinks(False)
        bl = QVBoxLayout(self.benchmark_box)
        process_row = QHBoxLayout()
        process_row.addWidget(self.process_label)
        process_row.addWidget(self.process_combo, 1)
        bl.addLayout(process_row)
        bl.addWidget(self.benchmark_text, 1)
        # the savings and the norm side by side would squeeze the chart at 1366×768: two tabs (the
        # results strip shows the norm's verdict on every page)
        self.right_tabs = QTabWidget(self)
        self.right_tabs.addTab(self.savings_box, "")
        self.right_tabs.addTab(self.benchmark_box, "")
        self.mv_panel = MVPanel(self, self)
        self.right_tabs.addTab(self.mv_panel, "")

        for tabs in (self.left_tabs, self.right_tabs):  # every tab in view: the page scrolls before they hide
            tabs.tabBar().setUsesScrollButtons(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.left_tabs)
        splitter.addWidget(self.right_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 700])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.add_consumption_button.clicked.connect(lambda: self.add_consumption())
        self.delete_consumption_button.clicked.connect(self.delete_consumption)
        self.delete_consumption_key = delete_key(
            self.consumption_table, self.tr("Delete the selected readings"), self.delete_consumption
        )
        self.fill_consumption_key = fill_down_key(
            self.consumption_table, self.tr("Fill the first selected value down"), self.fill_consumption
        )
        order: list[QWidget] = []  # from the first date on (a chain begun at the tab widget lost the dates)
        for key in PERIOD_KEYS:
            start, end, production = self.period_fields[key]
            order += [start, end, production.edit]
        order += [
            self.consumption_table,
            self.add_consumption_button,
            self.delete_consumption_button,
            self.plan_table,
            self.savings_table,
            self.process_combo,
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.retranslate()

    # -- page -----------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Implementation and monitoring")

    def guide(self) -> str:
        return self.tr(
            "Plan who implements each selected option and by when. Then record production and metered "
            "consumption for a baseline period before the changes and a reporting period after them: "
            "the savings per unit product follow, normalised to the reporting output."
        )

    def retranslate(self) -> None:
        self.left_tabs.setTabText(0, self.tr("Monitoring data"))
        self.left_tabs.setTabText(1, self.tr("Implementation plan"))
        self.left_tabs.setTabText(2, self.tr("Monthly readings"))
        self.right_tabs.setTabText(2, self.tr("Regression"))
        self.readings_panel.retranslate()
        self.mv_panel.retranslate()
        self.plan_hint.setText(self.tr("Options selected or implemented (select them on the options page)."))
        self.plan_table.setAccessibleName(self.tr("Implementation plan"))
        self.periods_box.setTitle(self.tr("Periods"))
        for w, text in zip(self.period_heads, (self.tr("Start"), self.tr("End"), self.tr("Production")), strict=True):
            w.setText(text)
        lang = self._lang()
        for key in PERIOD_KEYS:
            label = PERIOD_LABELS[key](lang)
            self.period_names[key].setText(label)
            start, end, production = self.period_fields[key]
            start.setAccessibleName(self.tr("{period}: start date").format(period=label))
            end.setAccessibleName(self.tr("{period}: end date").format(period=label))
            production.edit.setAccessibleName(self.tr("{period}: production").format(period=label))
            production.field = self.tr("Production ({period})").format(period=label)
            placeholder = "01/01/2024" if lang == "vi" else "2024-01-01"
            start.setPlaceholderText(placeholder)
            end.setPlaceholderText(placeholder.replace("01/01", "31/12").replace("01-01", "12-31"))
        self.consumption_table.setAccessibleName(self.tr("Metered consumption"))
        self.add_consumption_button.setText(self.tr("Add reading"))
        self.delete_consumption_button.setText(self.tr("Delete reading"))
        self.add_consumption_button.setAccessibleName(self.tr("Add consumption reading"))
        self.delete_consumption_button.setAccessibleName(self.tr("Delete selected consumption reading"))
        self.right_tabs.setTabText(0, self.tr("Savings per unit product"))
        self.savings_table.setAccessibleName(self.tr("Savings per resource"))
        self.chart.setAccessibleName(self.tr("Specific consumption before and after"))
        self.chart.set_empty_text(self.tr("The chart appears when a resource has data for both periods."))
        self.right_tabs.setTabText(1, self.tr("Against the energy norm"))
        self.process_label.setText(self.tr("Norm for the &sub-process:"))
        self.process_combo.setAccessibleName(self.tr("Sub-process of the norm"))
        self.benchmark_text.setAccessibleName(self.tr("Against the energy norm"))
        self.plan_model.set_columns(plan_columns(self))
        set_widths(self.plan_table, (40, 220, 110, 150, 95, 95), stretch=1)
        self.consumption_model.set_columns(self._consumption_columns())
        set_widths(self.consumption_table, (100, 120, 130, 120, 110), stretch=C_RESOURCE)
        self.savings_model.set_columns(self._savings_columns())
        set_widths(self.savings_table, (100, 75, 75, 70, 95, 65, 110), stretch=0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def _lang(self) -> str:
        return self.workspace.language

    # -- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        a = self.workspace.assessment
        lang = self._lang()
        self.plan_model.set_rows([o for o in a.options if o.status in PLAN_STATUSES])
        for key in PERIOD_KEYS:
            period = a.period(key)
            start, end, production = self.period_fields[key]
            for w, value in ((start, period.start if period else ""), (end, period.end if period else "")):
                w.show_stored(format_date(value, lang))
            production.setValue(period.production if period else None)
        self.consumption_model.set_rows(list(enumerate(a.consumption)))
        self.summary = compute_savings(a, lang)
        self.readings_panel.refresh()
        self.mv_panel.refresh(self.summary)
        self.savings_model.set_rows(self.summary["resources"])
        show_energy(self, self.summary, lang)
        summary = self.summary
        self.chart.redraw(lambda: self._sec_chart(summary, lang))
        self.benchmark = benchmark(a)
        show_benchmark_text(self, self.benchmark, lang)

    # -- against the norm -----------------------------------------------------------------------

    def show_benchmark(self) -> None:
        """Bring the comparison with the norm to the front."""
        self.right_tabs.setCurrentIndex(1)

    def _choose_process(self, index: int) -> None:
        key = self.process_combo.itemData(index)
        if key is None:
            return
        old = self.workspace.assessment.benchmark_process
        name = self.tr("Choose the sub-process of the norm")
        self.run(edits.set_benchmark_process(self.store, self.assessment_id, old, key, name))

    def _sec_chart(self, s: dict[str, Any], lang: str) -> Any:
        from ..widgets.charts import figure_rows, sec_index_figure

        names = {r["resource"]: resource_label(r["resource"], lang) for r in s.get("resources", [])}
        labels = (PERIOD_LABELS["baseline"](lang), PERIOD_LABELS["reporting"](lang))
        return sec_index_figure(figure_rows(s, names, self.tr("Energy"), lang), labels, lang)

    # -- columns --------------------------------------------------------------------------------

    def _savings_columns(self) -> list[Column]:
        lang = self._lang

        def spec(r: dict[str, Any], key: str) -> str:
            p = r.get(key)
            return sig(p["specific"], lang(), 4) if p and p.get("specific") is not None else ""

        def saving(r: dict[str, Any]) -> str:
            s = r.get("saving")
            return f"{sig(s['quantity'], lang(), 4)} {unit_label(r['unit'], lang())}" if s else ""

        def pct(r: dict[str, Any]) -> str:
            s = r.get("saving")
            return percent(s["percent"], lang()) if s and s.get("percent") is not None else ""

        return [
            Column(self.tr("Resource"), lambda r: resource_label(r["resource"], lang())),
            Column(self.tr("SEC before"), lambda r: spec(r, "baseline"), numeric=True),
            Column(self.tr("SEC after"), lambda r: spec(r, "reporting"), numeric=True),
            Column(self.tr("Unit"), lambda r: unit_label(r["specific_unit"], lang())),
            Column(self.tr("Saving"), saving, numeric=True),
            Column(
                self.tr("Saving %"),
                pct,
                numeric=True,
                alert=lambda r: bool(r.get("saving")) and (r["saving"].get("percent") or 0) < 0,
            ),
            Column(self.tr("VND saved"), lambda r: money(r.get("cost_saving_vnd"), lang()), numeric=True),
        ]

    # -- writing --------------------------------------------------------------------------------

    def _commit_period(self, key: str, edited: str = "production") -> None:
        a = self.workspace.assessment
        old = a.period(key)
        start_w, end_w, production_w = self.period_fields[key]
        label = PERIOD_LABELS[key](self._lang())
        dates = []
        for part, widget, name in (
            ("start", start_w, self.tr("{period}: start")),
            ("end", end_w, self.tr("{period}: end")),
        ):
            try:
                dates.append(parse_date(widget.text(), name.format(period=label)))
            except UnitError as exc:
                refuse_period(self, key, exc, part)
                return
        start, end = dates
        try:
            production = production_w.parsed()
        except UnitError:
            return  # the production field says why, beside itself, and shows what is stored
        if start is None or end is None or production is None:
            if old is not None:
                self.period_message.show_message(
                    self.tr("{period}: the start, the end and the production are all needed.").format(period=label)
                )
            else:
                self.period_message.show_message("")
            return
        new = Period(start, end, production, dict(old.extra) if old else {})
        if new == old:
            self.period_message.show_message("")
            return
        name = self.tr("Change the {period}").format(period=label)
        try:
            self.run(edits.operations(self.store, name, [Operation("set_period", (self.assessment_id, key, new))]))
        except (UnitError, ValueError) as exc:
            refuse_period(self, key, exc, edited)
            return
        self.period_message.show_message("")
        production_w.show_error("")
