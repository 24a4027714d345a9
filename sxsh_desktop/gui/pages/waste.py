"""Page 4 — cost of the waste streams and their causes (tasks 6–7).

Every output flow of a waste kind, in every step, with the value of the material it carries away
and its treatment or disposal cost: per the step's basis and per unit product, ranked for the
Pareto chart. The causes of the selected stream are a list the team fills in (task 7).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.display import unit_label
from ...domain.methodology import FLOW_KIND_LABELS
from ...domain.quantities import Quantity, UnitError
from ...domain.waste import WasteCost, pareto, waste_costs
from ..models.edits import edit_flow
from ..models.rows import Column, RowsModel
from ..widgets.canvas import ChartView
from ..widgets.common import MUTED_STYLE, MessageLabel, money, percent, set_widths, setup_table
from ..widgets.quantity import QuantityDelegate, format_value
from .balance import product_unit
from .base import Page

(
    COL_STEP,
    COL_NAME,
    COL_KIND,
    COL_QUANTITY,
    COL_PRICE,
    COL_TREATMENT,
    COL_LOST,
    COL_TREAT_VND,
    COL_TOTAL,
    COL_PER_UNIT,
    COL_CUMULATIVE,
) = range(11)


class WastePage(Page):
    tasks = (6, 7)

    def __init__(self, workspace: Any, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        self._cumulative: dict[tuple[str, str], float] = {}
        self._selected: tuple[str, str] | None = None
        lang = self._lang

        self.model = RowsModel(self._columns(), key=lambda c: (c.step.id, c.flow.id), parent=self)
        self.table = setup_table(QTableView(self), self.tr("Waste streams"))
        self.table.setModel(self.model)
        self.price_delegate = QuantityDelegate(
            lang,
            lambda i: self._field(i, self.tr("Value of the lost material")),
            optional=True,
            placeholder="14.500 VND/kg",
            parent=self.table,
        )
        self.treatment_delegate = QuantityDelegate(
            lang,
            lambda i: self._field(i, self.tr("Treatment cost")),
            optional=True,
            placeholder="350.000 VND/t",
            parent=self.table,
        )
        self.table.setItemDelegateForColumn(COL_PRICE, self.price_delegate)
        self.table.setItemDelegateForColumn(COL_TREATMENT, self.treatment_delegate)
        self.message = MessageLabel(self)
        for source in (self.model.problem, self.price_delegate.problem, self.treatment_delegate.problem):
            source.connect(self.message.show_message)
        self.total_label = QLabel(self)
        self.total_label.setStyleSheet("font-weight: 600;")

        # causes of the selected stream
        self.causes_box = QGroupBox(self)
        self.causes_for = QLabel(self)
        self.causes_for.setWordWrap(True)
        self.causes_for.setStyleSheet(MUTED_STYLE)
        self.causes_model = RowsModel(
            [Column("", lambda r: r[1], lambda r: r[1], self._edit_cause)], key=lambda r: r[0], parent=self
        )
        self.causes_view = QListView(self)
        self.causes_view.setModel(self.causes_model)
        self.causes_view.setWordWrap(True)
        self.causes_view.setEditTriggers(
            QListView.EditTrigger.DoubleClicked
            | QListView.EditTrigger.EditKeyPressed
            | QListView.EditTrigger.AnyKeyPressed
        )
        self.add_cause_button = QPushButton(self)
        self.delete_cause_button = QPushButton(self)
        self.causes_message = MessageLabel(self)
        self.causes_model.problem.connect(self.causes_message.show_message)
        cb = QHBoxLayout()
        cb.addWidget(self.add_cause_button)
        cb.addWidget(self.delete_cause_button)
        cb.addStretch(1)
        cl = QVBoxLayout(self.causes_box)
        cl.addWidget(self.causes_for)
        cl.addWidget(self.causes_view, 1)
        cl.addLayout(cb)
        cl.addWidget(self.causes_message)
        self.causes_box.setMinimumWidth(320)
        self.causes_box.setMaximumWidth(440)

        self.chart = ChartView(self.tr("Pareto chart of waste costs"), parent=self)

        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.total_label)
        row.addWidget(self.message, 1)
        tl.addLayout(row)
        bottom = QWidget(self)
        bl = QHBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.causes_box)
        bl.addWidget(self.chart, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_cause_button.clicked.connect(lambda: self.add_cause())
        self.delete_cause_button.clicked.connect(lambda: self.delete_cause())
        QWidget.setTabOrder(self.table, self.causes_view)
        QWidget.setTabOrder(self.causes_view, self.add_cause_button)
        QWidget.setTabOrder(self.add_cause_button, self.delete_cause_button)
        self.retranslate()

    # -- page -----------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Waste costs and causes")

    def guide(self) -> str:
        return self.tr(
            "Each waste stream costs the value of the material it carries away plus its treatment or "
            "disposal. Enter both as prices per unit of the stream. The largest streams per unit product "
            "come first; list the causes of each, starting from the top of the Pareto chart."
        )

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Waste streams"))
        self.causes_box.setTitle(self.tr("Causes"))
        self.causes_view.setAccessibleName(self.tr("Causes of the selected waste stream"))
        self.add_cause_button.setText(self.tr("Add cause"))
        self.delete_cause_button.setText(self.tr("Delete cause"))
        self.add_cause_button.setAccessibleName(self.tr("Add cause"))
        self.delete_cause_button.setAccessibleName(self.tr("Delete selected cause"))
        self.chart.setAccessibleName(self.tr("Pareto chart of waste costs"))
        self.chart.set_empty_text(self.tr("The chart appears when a waste stream has a cost."))
        self.model.set_columns(self._columns())
        set_widths(self.table, (150, 190, 105, 80, 120, 120, 105, 105, 105, 105, 80), stretch=COL_NAME)

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
        unit = product_unit(a)
        costs = waste_costs(a)
        values = [c.per_unit_product_vnd if c.per_unit_product_vnd is not None else c.total_vnd for c in costs]
        shares = pareto([max(v, 0.0) for v in values])
        self._cumulative = {(c.step.id, c.flow.id): s for c, s in zip(costs, shares, strict=True)}
        self.model.set_rows(costs)
        per_unit_total = sum(c.per_unit_product_vnd or 0.0 for c in costs)
        self.total_label.setText(
            self.tr("{n} waste streams · total {total} VND per {unit} of product").format(
                n=len(costs),
                total=money(per_unit_total, lang)
                if per_unit_total >= 100
                else format_value(round(per_unit_total, 2), lang),
                unit=unit or "–",
            )
        )
        if self._selected is None and costs:
            self._selected = (costs[0].step.id, costs[0].flow.id)
        row = self.model.row_of(self._selected)
        if row >= 0 and self.table.currentIndex().row() != row:
            self.table.selectRow(row)
        self._show_causes()
        self.chart.redraw(lambda: self._pareto(costs, lang, unit))

    def _pareto(self, costs: list[WasteCost], lang: str, unit: str) -> Any:
        from ...report.charts import pareto_figure

        return pareto_figure(costs, lang, f"VND/{unit}" if unit else "VND")

    def selected_cost(self) -> WasteCost | None:
        row = self.model.row_of(self._selected)
        return self.model.rows[row] if row >= 0 else None

    def _show_causes(self) -> None:
        c = self.selected_cost()
        enabled = c is not None
        self.add_cause_button.setEnabled(enabled)
        self.delete_cause_button.setEnabled(enabled)
        if c is None:
            self.causes_for.setText(self.tr("Choose a waste stream above."))
            self.causes_model.set_rows([])
            return
        self.causes_for.setText(self.tr("Why does “{name}” ({step}) arise?").format(name=c.flow.name, step=c.step.name))
        self.causes_model.set_rows(list(enumerate(c.flow.causes)))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = [i.row() for i in selected.indexes()]
        if rows:
            key = self.model.key_at(rows[0])
            if key != self._selected:
                self._selected = key
                self.causes_message.show_message("")
                self._show_causes()

    # -- columns --------------------------------------------------------------------------------

    def _field(self, index: QModelIndex, what: str) -> str:
        c = self.model.rows[index.row()] if 0 <= index.row() < len(self.model.rows) else None
        return self.tr("{what} of “{name}”").format(what=what, name=c.flow.name) if c else what

    def _columns(self) -> list[Column]:
        lang = self._lang

        def q(value: Quantity | None) -> str:
            return "" if value is None else f"{format_value(value.value, lang())} {unit_label(value.unit, lang())}"

        def vnd(value: float | None) -> str:
            return money(value, lang())

        return [
            Column(self.tr("Process step"), lambda c: c.step.name, tooltip=lambda c: c.step.name),
            Column(self.tr("Waste stream"), lambda c: c.flow.name, tooltip=lambda c: c.flow.name),
            Column(self.tr("Kind"), lambda c: FLOW_KIND_LABELS[c.flow.kind](lang())),
            Column(
                self.tr("Quantity"),
                lambda c: q(c.flow.quantity),
                numeric=True,
                tooltip=lambda c: self.tr("Per {basis} (change it on the balance page)").format(basis=q(c.step.basis)),
            ),
            Column(
                self.tr("Material value"),
                lambda c: q(c.flow.unit_price),
                lambda c: c.flow.unit_price,
                lambda c, v: self._edit(c, unit_price=v),
                numeric=True,
                tooltip=lambda c: self.tr("Value of the lost material per unit of the stream"),
            ),
            Column(
                self.tr("Treatment cost"),
                lambda c: q(c.flow.treatment_cost),
                lambda c: c.flow.treatment_cost,
                lambda c, v: self._edit(c, treatment_cost=v),
                numeric=True,
                tooltip=lambda c: self.tr("Treatment or disposal cost per unit of the stream"),
            ),
            Column(
                self.tr("Lost value, VND"),
                lambda c: vnd(c.lost_value_vnd),
                numeric=True,
                sort=lambda c: c.lost_value_vnd or 0.0,
            ),
            Column(
                self.tr("Treatment, VND"),
                lambda c: vnd(c.treatment_vnd),
                numeric=True,
                sort=lambda c: c.treatment_vnd or 0.0,
            ),
            Column(
                self.tr("Cost per basis"),
                lambda c: vnd(c.total_vnd),
                numeric=True,
                tooltip=lambda c: self.tr("VND per {basis}").format(basis=q(c.step.basis)),
            ),
            Column(
                self.tr("Per unit product"),
                lambda c: (
                    "" if c.per_unit_product_vnd is None else format_value(round(c.per_unit_product_vnd, 1), lang())
                ),
                numeric=True,
                tooltip=lambda c: self.tr("VND per {unit} of product").format(
                    unit=product_unit(self.workspace.assessment)
                ),
            ),
            Column(
                self.tr("Cumulative"),
                lambda c: percent(self._cumulative.get((c.step.id, c.flow.id)), lang(), 0) if c.total_vnd > 0 else "",
                numeric=True,
            ),
        ]

    # -- writing --------------------------------------------------------------------------------

    def _edit(self, c: WasteCost, **changes: Any) -> None:
        edit_flow(
            self.workspace, c.step.id, c.flow, self.tr("Edit waste stream “{name}”").format(name=c.flow.name), **changes
        )

    def _edit_cause(self, row: tuple[int, str], text: Any) -> None:
        c = self.selected_cost()
        if c is None:
            return
        text = str(text or "").strip()
        if not text:
            raise UnitError(self.tr("A cause cannot be empty; delete it instead."))
        causes = list(c.flow.causes)
        causes[row[0]] = text
        edit_flow(self.workspace, c.step.id, c.flow, self.tr("Edit cause"), causes=causes)

    def add_cause(self, text: str | None = None) -> None:
        c = self.selected_cost()
        if c is None:
            return
        causes = [*c.flow.causes, text or self.tr("New cause")]
        edit_flow(self.workspace, c.step.id, c.flow, self.tr("Add cause"), causes=causes)
        index = self.causes_model.index(len(causes) - 1, 0)
        self.causes_view.setCurrentIndex(index)
        if text is None:
            self.causes_view.setFocus()
            self.causes_view.edit(index)

    def delete_cause(self) -> None:
        c = self.selected_cost()
        index = self.causes_view.currentIndex()
        if c is None or not index.isValid():
            return
        causes = [x for i, x in enumerate(c.flow.causes) if i != index.row()]
        edit_flow(self.workspace, c.step.id, c.flow, self.tr("Delete cause"), causes=causes)
