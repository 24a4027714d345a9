"""Page 3 — material and energy balance of a process step (tasks 4–5).

The consultant picks a step, states the basis its flows are recorded for (a batch, a day, one unit
product: a quantity in product units with a free label) and enters the flows with their units as
written on the floor. The closure error of mass and of energy is shown against the tolerance,
flows left out of the balance are listed with the reason, and a Sankey diagram draws the step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.balance import FlowAmount, StepBalance, step_balance
from ...domain.display import unit_label
from ...domain.methodology import DIRECTION_LABELS, FLOW_KIND_LABELS
from ...domain.model import FLOW_DIRECTIONS, FLOW_KINDS, Assessment, Flow, ProcessStep
from ...domain.quantities import Quantity, UnitError
from ..models.rows import Column, RowsModel
from ..widgets.canvas import ChartView
from ..widgets.choice import ChoiceDelegate
from ..widgets.common import MUTED_STYLE, MessageLabel, delete_key, set_widths, setup_table, sig
from ..widgets.fill_down import fill_down_key
from ..widgets.quantity import QuantityDelegate, QuantityEdit, format_value
from ..widgets.resources import flow_kinds, resource_choices, resource_label
from .balance_closure import ClosureBox, basis_text, reason_text
from .balance_edits import (
    COL_DIRECTION,
    COL_KIND,
    COL_NAME,
    COL_PRICE,
    COL_QUANTITY,
    COL_RESOURCE,
    COL_TREATMENT,
    FlowEdits,
)
from .base import Page


def product_unit(a: Assessment) -> str:
    return a.product_unit  # the one rule (domain/model.py)


class BalancePage(FlowEdits, Page):
    tasks = (5,)

    def __init__(self, workspace: Any, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        self._step_id: str | None = None
        self._fitted_rows = -1
        self._balance: StepBalance | None = None
        self._amounts: dict[str, FlowAmount] = {}
        lang = self._lang

        # -- the step and its basis ---------------------------------------------------------
        self.step_label = QLabel(self)
        self.step_combo = QComboBox(self)
        self.step_combo.setMinimumContentsLength(28)
        self.step_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.step_label.setBuddy(self.step_combo)
        self.basis_title = QLabel(self)
        self.basis_edit = QuantityEdit(lang, self.tr("Basis"), placeholder="100 hL", parent=self)
        self.basis_edit.edit.setMaximumWidth(130)
        self.basis_title.setBuddy(self.basis_edit.edit)
        self.basis_label_edit = QLineEdit(self)
        self.basis_label_edit.setMinimumWidth(200)
        self.per_unit_check = QCheckBox(self)

        top = QGridLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.step_label, 0, 0)
        top.addWidget(self.step_combo, 0, 1)
        top.addWidget(self.per_unit_check, 0, 2, 1, 2)
        top.addWidget(self.basis_title, 1, 0)
        self.product_hint = QLabel(self)
        self.product_hint.setStyleSheet(MUTED_STYLE)
        basis_row = QHBoxLayout()
        basis_row.addWidget(self.basis_edit)
        basis_row.addWidget(self.basis_label_edit)
        basis_row.addWidget(self.product_hint)
        basis_row.addStretch(1)
        top.addLayout(basis_row, 1, 1, 1, 3)
        top.setColumnStretch(3, 1)

        # -- the flows ------------------------------------------------------------------------
        self.model = RowsModel(self._columns(), key=lambda f: f.id, parent=self)
        self.table = setup_table(QTableView(self), self.tr("Flows of the step"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)  # several flows deleted at once
        self.choice_direction = ChoiceDelegate(
            lambda _i: [(d, DIRECTION_LABELS[d](self._lang())) for d in FLOW_DIRECTIONS],
            lambda _i: self.tr("Direction"),
            self.table,
        )
        self.choice_kind = ChoiceDelegate(
            lambda _i: [(k, FLOW_KIND_LABELS[k](self._lang())) for k in FLOW_KINDS],
            lambda _i: self.tr("Kind"),
            self.table,
        )
        self.choice_resource = ChoiceDelegate(
            lambda _i: resource_choices(self.workspace.assessment, self._lang()),
            lambda _i: self.tr("Resource"),
            self.table,
            editable=True,
        )
        self.quantity_delegate = QuantityDelegate(
            lang, self._quantity_field, kinds=self._cell_kinds, placeholder="12,5 tấn", parent=self.table
        )
        self.price_delegate = QuantityDelegate(
            lang,
            lambda i: self._field(i, self.tr("Unit price")),
            optional=True,
            placeholder="1.850 VND/kWh",
            parent=self.table,
        )
        self.treatment_delegate = QuantityDelegate(
            lang,
            lambda i: self._field(i, self.tr("Treatment cost")),
            optional=True,
            placeholder="350.000 VND/t",
            parent=self.table,
        )
        self.table.setItemDelegateForColumn(COL_DIRECTION, self.choice_direction)
        self.table.setItemDelegateForColumn(COL_KIND, self.choice_kind)
        self.table.setItemDelegateForColumn(COL_RESOURCE, self.choice_resource)
        self.table.setItemDelegateForColumn(COL_QUANTITY, self.quantity_delegate)
        self.table.setItemDelegateForColumn(COL_PRICE, self.price_delegate)
        self.table.setItemDelegateForColumn(COL_TREATMENT, self.treatment_delegate)

        self.add_input_button = QPushButton(self)
        self.add_output_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.message = MessageLabel(self)
        for source in (
            self.model.problem,
            self.quantity_delegate.problem,
            self.price_delegate.problem,
            self.treatment_delegate.problem,
        ):
            source.connect(self.message.show_message)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_input_button)
        buttons.addWidget(self.add_output_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.message, 1)

        table_box = QWidget(self)
        tl = QVBoxLayout(table_box)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table, 1)
        tl.addLayout(buttons)

        # -- closure and the diagram ----------------------------------------------------------
        self.closure_box = ClosureBox(self)
        for name in ("mass_text", "mass_flag", "energy_text", "energy_flag", "excluded_text"):
            setattr(self, name, getattr(self.closure_box, name))

        self.chart = ChartView(self.tr("Sankey diagram of the step"), parent=self)

        bottom = QWidget(self)
        bl = QHBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.closure_box, 0)
        bl.addWidget(self.chart, 1)

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(table_box)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        # -- behaviour ------------------------------------------------------------------------
        self.step_combo.currentIndexChanged.connect(self._step_chosen)
        self.basis_edit.committed.connect(self._set_basis)
        self.basis_label_edit.editingFinished.connect(self._set_basis_label)
        self.per_unit_check.toggled.connect(self._toggle_per_unit)
        self.add_input_button.clicked.connect(lambda: self.add_flow("input"))
        self.add_output_button.clicked.connect(lambda: self.add_flow("output"))
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.delete_key = delete_key(self.table, self.tr("Delete the selected flows"), self.delete_selected)
        self.fill_key = fill_down_key(self.table, self.tr("Fill the first selected value down"), self.fill_down)
        QWidget.setTabOrder(self.step_combo, self.per_unit_check)
        QWidget.setTabOrder(self.per_unit_check, self.basis_edit.edit)
        QWidget.setTabOrder(self.basis_edit.edit, self.basis_label_edit)
        QWidget.setTabOrder(self.basis_label_edit, self.table)
        QWidget.setTabOrder(self.table, self.add_input_button)
        QWidget.setTabOrder(self.add_input_button, self.add_output_button)
        QWidget.setTabOrder(self.add_output_button, self.delete_button)
        self.retranslate()

    # -- page -----------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Material and energy balance")

    def guide(self) -> str:
        return self.tr(
            "Choose a process step and record every input and output for one basis: a batch, a day or "
            "an amount of product. Type quantities with their unit (12,5 tấn, 3.600 kWh). The balance should "
            "close within the tolerance; a large gap means a flow is missing or mis-measured."
        )

    def retranslate(self) -> None:
        self.step_label.setText(self.tr("Process step"))
        self.step_combo.setAccessibleName(self.tr("Process step"))
        self.basis_title.setText(self.tr("Basis"))
        self.basis_edit.field = self.tr("Basis")
        self.basis_edit.edit.setAccessibleName(self.tr("Basis (product units)"))
        self.basis_edit.edit.setToolTip(self.tr("The amount of product the flows are recorded for"))
        self.basis_label_edit.setPlaceholderText(self.tr("label, e.g. one brew"))
        self.basis_label_edit.setAccessibleName(self.tr("Basis label"))
        self.per_unit_check.setText(self.tr("Show per unit product"))
        self.per_unit_check.setAccessibleName(self.tr("Show per unit product"))
        self.add_input_button.setText(self.tr("Add input"))
        self.add_output_button.setText(self.tr("Add output"))
        self.delete_button.setText(self.tr("Delete flow"))
        self.add_input_button.setAccessibleName(self.tr("Add input flow"))
        self.add_output_button.setAccessibleName(self.tr("Add output flow"))
        self.delete_button.setAccessibleName(self.tr("Delete selected flow"))
        self.closure_box.retranslate()
        self.chart.setAccessibleName(self.tr("Sankey diagram of the step"))
        self.chart.set_empty_text(
            self.tr("The diagram appears when the step has inputs and outputs of mass or of energy.")
        )
        self.model.set_columns(self._columns())
        set_widths(self.table, (80, 125, 200, 120, 85, 60, 125, 125, 110), stretch=COL_NAME)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def _lang(self) -> str:
        return self.workspace.language

    # -- reading --------------------------------------------------------------------------------

    def current_step(self) -> ProcessStep | None:
        return self.workspace.assessment.step(self._step_id) if self._step_id else None

    def select_step(self, step_id: str) -> None:
        i = self.step_combo.findData(step_id)
        if i >= 0:
            self.step_combo.setCurrentIndex(i)

    def refresh(self) -> None:
        a = self.workspace.assessment
        lang = self._lang()
        steps = sorted(a.process_steps, key=lambda s: s.order)
        if self._step_id is None or a.step(self._step_id) is None:
            focus = next((s for s in steps if s.focus), steps[0] if steps else None)
            self._step_id = focus.id if focus else None
        self.step_combo.blockSignals(True)
        self.step_combo.clear()
        for s in steps:
            self.step_combo.addItem(f"{s.order}. {s.name}" + ("  ★" if s.focus else ""), s.id)
        self.step_combo.setCurrentIndex(max(self.step_combo.findData(self._step_id), 0))
        self.step_combo.blockSignals(False)

        step = self.current_step()
        unit = product_unit(a)
        enabled = step is not None
        for w in (
            self.basis_edit,
            self.basis_label_edit,
            self.add_input_button,
            self.add_output_button,
            self.delete_button,
            self.table,
        ):
            w.setEnabled(enabled)
        if step is None:
            self._balance, self._amounts = None, {}
            self.model.set_rows([])
            self.closure_box.show_empty(self.tr("There are no process steps yet."))
            self.chart.redraw(lambda: None)
            return
        self.basis_edit.setValue(step.basis)
        if not self.basis_label_edit.hasFocus():
            self.basis_label_edit.setText(step.basis_label)
        self.product_hint.setText(
            self.tr("Product: {name} ({unit})").format(name=a.product.name or "–", unit=unit or "–")
        )
        self._balance = step_balance(step, unit, a.settings.balance_tolerance_percent)
        self._amounts = {am.flow.id: am for am in self._balance.amounts}
        self.model.set_rows(step.flows)
        self._fit_table()
        self.closure_box.show_balance(self._balance, lang, unit, self.per_unit_check.isChecked())
        balance = self._balance
        self.chart.redraw(lambda: self._sankey(balance, lang))

    def _fit_table(self, force: bool = False) -> None:
        """Every flow of the step in view (up to 12) and the closure box whole: the table and the box ask
        for their heights, and the page scrolls when the screen is shorter (PageFrame), rather than
        squeezing either; done when the number of rows changed, so a splitter the user moved stays."""
        rows = self.model.rowCount()
        if rows == self._fitted_rows and not force:
            return
        self._fitted_rows = rows
        t = self.table
        table = (
            t.horizontalHeader().sizeHint().height()
            + max(3, min(rows, 12)) * t.verticalHeader().defaultSectionSize()
            + 2 * t.frameWidth()
            + t.horizontalScrollBar().sizeHint().height()
        )
        t.setMinimumHeight(table)
        box = self.closure_box
        layout = box.layout()
        width = max(box.width(), box.minimumWidth())
        if layout is not None and layout.hasHeightForWidth():
            box.setMinimumHeight(max(layout.totalHeightForWidth(width), 0))
        total = sum(self.splitter.sizes())
        top = table + self.add_input_button.sizeHint().height() + 12
        if total > top:
            self.splitter.setSizes([top, total - top])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_table(force=True)

    def _sankey(self, balance: StepBalance, lang: str) -> Any:
        from ...report.charts import sankey_figure

        label = basis_text(balance.step, lang)
        return sankey_figure(balance, lang, label)

    # -- columns --------------------------------------------------------------------------------

    def _per_unit(self) -> float | None:
        b = self._balance
        if self.per_unit_check.isChecked() and b is not None and b.basis_in_product_units:
            return b.basis_in_product_units
        return None

    def _columns(self) -> list[Column]:
        lang = self._lang

        def quantity_display(f: Flow) -> str:
            basis = self._per_unit()
            if basis:
                return format_value(float(f"{f.quantity.value / basis:.4g}"), lang(), 9)
            return format_value(f.quantity.value, lang())

        def unit_display(f: Flow) -> str:
            if self._per_unit():
                return unit_label(f"{f.quantity.unit}/{product_unit(self.workspace.assessment)}", lang())
            return unit_label(f.quantity.unit, lang())

        def balance_display(f: Flow) -> str:
            am = self._amounts.get(f.id)
            if am is None:
                return ""
            if am.side == "none" or am.amount is None:
                return "— " + reason_text(am.reason)
            basis = self._per_unit()
            parts = []
            for value, unit in ((am.mass_t, "t"), (am.energy_gj, "GJ")):
                if value is not None:
                    parts.append(f"{sig(value / basis if basis else value, lang(), 3)} {unit}")
            return " · ".join(parts)

        def unit_commit(f: Flow, text: Any) -> None:
            text = str(text or "").strip()
            if not text:
                raise UnitError(self.tr("Unit of “{name}”: a unit is required").format(name=f.name))
            self.update_flow(f, quantity=Quantity(f.quantity.value, text))

        def name_commit(f: Flow, text: Any) -> None:
            text = str(text or "").strip()
            if not text:
                raise UnitError(self.tr("A flow needs a name."))
            self.update_flow(f, name=text)

        def not_per_unit(_f: Flow) -> bool:
            return self._per_unit() is None

        return [
            Column(
                self.tr("Direction"),
                lambda f: DIRECTION_LABELS[f.direction](lang()),
                lambda f: f.direction,
                lambda f, v: self.update_flow(f, direction=v),
            ),
            Column(
                self.tr("Kind"),
                lambda f: FLOW_KIND_LABELS[f.kind](lang()),
                lambda f: f.kind,
                lambda f, v: self.update_flow(f, kind=v),
            ),
            Column(self.tr("Name"), lambda f: f.name, lambda f: f.name, name_commit),
            Column(
                self.tr("Resource"),
                lambda f: resource_label(f.resource, lang()),
                lambda f: f.resource,
                lambda f, v: self.update_flow(f, resource=v or None),
            ),
            Column(
                self.tr("Quantity"),
                quantity_display,
                lambda f: f.quantity,
                lambda f, q: self.update_flow(f, quantity=q),
                numeric=True,
                editable=not_per_unit,
                tooltip=lambda f: self.tr("Type a number and a unit, like 12,5 tấn or 3.600 kWh"),
            ),
            Column(self.tr("Unit"), unit_display, lambda f: f.quantity.unit, unit_commit, editable=not_per_unit),
            Column(
                self.tr("Unit price"),
                lambda f: self._money_q(f.unit_price),
                lambda f: f.unit_price,
                lambda f, q: self.update_flow(f, unit_price=q),
                numeric=True,
            ),
            Column(
                self.tr("Treatment cost"),
                lambda f: self._money_q(f.treatment_cost),
                lambda f: f.treatment_cost,
                lambda f, q: self.update_flow(f, treatment_cost=q),
                numeric=True,
            ),
            Column(
                self.tr("In the balance"),
                balance_display,
                numeric=False,
                alert=lambda f: (am := self._amounts.get(f.id)) is not None and am.side == "none",
            ),
        ]

    def _money_q(self, q: Quantity | None) -> str:
        return "" if q is None else f"{format_value(q.value, self._lang())} {unit_label(q.unit, self._lang())}"

    def _field(self, index: QModelIndex, what: str) -> str:
        f = self.model.rows[index.row()] if 0 <= index.row() < len(self.model.rows) else None
        return self.tr("{what} of “{name}”").format(what=what, name=f.name) if f else what

    def _quantity_field(self, index: QModelIndex) -> str:
        return self._field(index, self.tr("Quantity"))

    def _cell_kinds(self, index: QModelIndex) -> tuple[str, ...] | None:
        f = self.model.rows[index.row()] if 0 <= index.row() < len(self.model.rows) else None
        return flow_kinds(f.resource, f.kind) if f else None

    def _step_chosen(self, index: int) -> None:
        self._step_id = self.step_combo.itemData(index)
        self.message.show_message("")
        self.basis_edit.show_error("")
        self.refresh()

    def _toggle_per_unit(self, _on: bool) -> None:
        if self._balance is not None:
            unit = product_unit(self.workspace.assessment)
            self.closure_box.show_balance(self._balance, self._lang(), unit, self.per_unit_check.isChecked())
        self.model.set_rows(list(self.model.rows))
        header = self.tr("Quantity per unit product") if self._per_unit() else self.tr("Quantity")
        self.model.columns[COL_QUANTITY].header = header
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_QUANTITY, COL_QUANTITY)
