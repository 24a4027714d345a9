"""Page 5 — cleaner-production options (tasks 8–13).

The options the team found (task 8), their screening (9), technical, economic and environmental
feasibility (10–12) and the selection (13). Payback, NPV and IRR are computed as the figures are
typed, with the assessment's discount rate (editable here); where a figure cannot be computed the
page says why in words.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.economics import Economics, note_text, option_economics
from ...domain.model import Option
from ..forms import StoredLineEdit
from ..models.rows import SORT_ROLE, RowsModel
from ..widgets.choice import ChoiceDelegate
from ..widgets.common import MUTED_STYLE, MessageLabel, money, percent, set_widths, setup_table
from ..widgets.quantity import QuantityDelegate, QuantityEdit, format_value
from ..widgets.resources import resource_choices
from .base import Page
from .options_columns import (
    COL_CATEGORY,
    COL_COST,
    COL_ID,
    COL_IRR,
    COL_NPV,
    COL_PAYBACK,
    COL_SCREENING,
    COL_STATUS,
    COL_STEP,
    COL_TITLE,
    OptionColumns,
)
from .options_edits import OptionEdits

log = logging.getLogger(__name__)

RANKINGS = ("entered", "npv", "payback", "irr")
__all__ = ["COL_CATEGORY", "COL_COST", "COL_SCREENING", "COL_STATUS", "COL_STEP", "COL_TITLE", "OptionsPage"]


class CommitTextEdit(QPlainTextEdit):
    """A text box that says when the user leaves it (the text is then saved)."""

    committed = Signal(str)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.committed.emit(self.toPlainText())

    def set_text(self, text: str) -> None:
        if not self.hasFocus() and self.toPlainText() != text:
            self.setPlainText(text)


class OptionsPage(OptionColumns, OptionEdits, Page):
    tasks = (8, 9, 10, 11, 12, 13)

    def __init__(self, workspace: Any, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        self._option_id: str | None = None
        self._economics: dict[str, Economics] = {}
        lang = self._lang

        # -- tool bar -------------------------------------------------------------------------
        self.add_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.rank_label = QLabel(self)
        self.rank_combo = QComboBox(self)
        self.rank_label.setBuddy(self.rank_combo)
        self.rate_label = QLabel(self)
        self.rate_edit = StoredLineEdit(self)  # Ctrl+Z with the stored rate shown: the window's Undo
        self.rate_edit.setMaximumWidth(80)
        self.rate_label.setBuddy(self.rate_edit)
        self.rate_message = MessageLabel(self)
        bar = QHBoxLayout()
        for w in (self.add_button, self.delete_button):
            bar.addWidget(w)
        bar.addSpacing(16)
        bar.addWidget(self.rank_label)
        bar.addWidget(self.rank_combo)
        bar.addSpacing(16)
        bar.addWidget(self.rate_label)
        bar.addWidget(self.rate_edit)
        bar.addWidget(self.rate_message, 1)
        bar.addStretch(1)

        # -- the table ------------------------------------------------------------------------
        self.model = RowsModel(self._columns(), key=lambda o: o.id, parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setDynamicSortFilter(True)
        self.table = setup_table(QTableView(self), self.tr("Options"))
        self.table.setModel(self.proxy)
        a_choices = self._choice_lists()
        self.delegates = {
            COL_CATEGORY: ChoiceDelegate(lambda _i: a_choices("category"), lambda _i: self.tr("Category"), self.table),
            COL_STEP: ChoiceDelegate(lambda _i: a_choices("step"), lambda _i: self.tr("Process step"), self.table),
            COL_COST: ChoiceDelegate(lambda _i: a_choices("cost"), lambda _i: self.tr("Cost class"), self.table),
            COL_SCREENING: ChoiceDelegate(
                lambda _i: a_choices("screening"), lambda _i: self.tr("Screening"), self.table
            ),
            COL_STATUS: ChoiceDelegate(lambda _i: a_choices("status"), lambda _i: self.tr("Status"), self.table),
        }
        for col, delegate in self.delegates.items():
            self.table.setItemDelegateForColumn(col, delegate)
        self.message = MessageLabel(self)
        self.model.problem.connect(self.message.show_message)

        # -- details --------------------------------------------------------------------------
        self.detail_title = QLabel(self)
        self.detail_title.setStyleSheet("font-weight: 600;")
        self.detail_title.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.technical_edit = CommitTextEdit(self)
        self.environmental_edit = CommitTextEdit(self)
        self.technical_edit.committed.connect(lambda t: self._edit_text("technical", t))
        self.environmental_edit.committed.connect(lambda t: self._edit_text("environmental", t))

        econ = QGroupBox(self)
        self.econ_box = econ
        self.investment_edit = QuantityEdit(lang, self.tr("Investment"), optional=True, placeholder="185.000.000 VND")
        self.saving_edit = QuantityEdit(
            lang, self.tr("Annual saving"), optional=True, placeholder="210.000.000 VND/year"
        )
        self.operating_edit = QuantityEdit(
            lang, self.tr("Annual operating cost"), optional=True, placeholder="15.000.000 VND/year"
        )
        self.lifetime_edit = StoredLineEdit(self)
        self.lifetime_edit.setPlaceholderText("8")
        self.lifetime_edit.setMaximumWidth(80)
        self.lifetime_message = MessageLabel(self)
        life_row = QHBoxLayout()
        life_row.addWidget(self.lifetime_edit)
        life_row.addWidget(self.lifetime_message, 1)
        for money_edit in (self.investment_edit, self.saving_edit, self.operating_edit):
            money_edit.edit.setMinimumWidth(210)
        self.investment_edit.committed.connect(lambda q: self._edit_money("investment", q))
        self.saving_edit.committed.connect(lambda q: self._edit_money("annual_saving", q))
        self.operating_edit.committed.connect(lambda q: self._edit_money("annual_operating_cost", q))
        self.lifetime_edit.editingFinished.connect(self._edit_lifetime)
        self.lifetime_edit.escaped.connect(lambda: self.lifetime_edit.setText(self.lifetime_edit.stored))
        self.benefit_value, self.payback_value, self.npv_value, self.irr_value = (QLabel(self) for _ in range(4))
        for figure in (self.payback_value, self.npv_value, self.irr_value):
            figure.setStyleSheet("font-weight: 600;")
            figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet(MUTED_STYLE)
        self.econ_form = QFormLayout()
        self.econ_labels = [QLabel(self) for _ in range(8)]
        inputs = QWidget(econ)
        outputs = QWidget(econ)
        fi = QFormLayout(inputs)
        fo = QFormLayout(outputs)
        fi.setContentsMargins(0, 0, 0, 0)
        fo.setContentsMargins(0, 0, 0, 0)
        for label, money_edit in zip(
            self.econ_labels[:3], (self.investment_edit, self.saving_edit, self.operating_edit), strict=True
        ):
            fi.addRow(label, money_edit)
        fi.addRow(self.econ_labels[3], life_row)
        for label, field in zip(
            self.econ_labels[4:], (self.benefit_value, self.payback_value, self.npv_value, self.irr_value), strict=True
        ):
            fo.addRow(label, field)
        el = QVBoxLayout(econ)
        el.addWidget(inputs)
        line = QFrame(econ)
        line.setFrameShape(QFrame.Shape.HLine)
        el.addWidget(line)
        el.addWidget(outputs)
        el.addWidget(self.notes_label)
        el.addStretch(1)

        savings = QWidget(self)
        self.savings_model = RowsModel(self._saving_columns(), key=lambda r: r[0], parent=self)
        self.savings_table = setup_table(QTableView(self), self.tr("Resource savings"))
        self.savings_table.setModel(self.savings_model)
        self.saving_resource_delegate = ChoiceDelegate(
            lambda _i: resource_choices(self.workspace.assessment, self._lang(), blank=False),
            lambda _i: self.tr("Resource"),
            self.savings_table,
            editable=True,
        )
        self.saving_quantity_delegate = QuantityDelegate(
            lang,
            lambda i: self.tr("Saving per year"),
            kinds=self._saving_kinds,
            placeholder="52 t",
            parent=self.savings_table,
        )
        self.savings_table.setItemDelegateForColumn(0, self.saving_resource_delegate)
        self.savings_table.setItemDelegateForColumn(1, self.saving_quantity_delegate)
        self.add_saving_button = QPushButton(self)
        self.delete_saving_button = QPushButton(self)
        self.savings_message = MessageLabel(self)
        self.savings_model.problem.connect(self.savings_message.show_message)
        self.saving_quantity_delegate.problem.connect(self.savings_message.show_message)
        self.savings_figures = QLabel(savings)
        self.savings_figures.setWordWrap(True)
        self.savings_figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sl = QVBoxLayout(savings)
        sl.addWidget(self.savings_table, 1)
        sl.addWidget(self.savings_figures)
        sb = QHBoxLayout()
        sb.addWidget(self.add_saving_button)
        sb.addWidget(self.delete_saving_button)
        sb.addWidget(self.savings_message, 1)
        sl.addLayout(sb)
        self.add_saving_button.clicked.connect(lambda: self.add_saving())
        self.delete_saving_button.clicked.connect(lambda: self.delete_saving())

        self.tabs.addTab(self.technical_edit, "")
        self.tabs.addTab(self.environmental_edit, "")
        self.tabs.addTab(savings, "")
        self.detail = QWidget(self)
        dl = QVBoxLayout(self.detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.detail_title)
        row = QHBoxLayout()
        row.addWidget(econ, 1)
        row.addWidget(self.tabs, 1)
        dl.addLayout(row, 1)

        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table, 1)
        tl.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(lambda: self.add_option())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.rank_combo.currentIndexChanged.connect(self._rank)
        self.rate_edit.editingFinished.connect(self._edit_rate)
        self.rate_edit.escaped.connect(lambda: self.rate_edit.setText(self.rate_edit.stored))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        order = [
            self.add_button,
            self.delete_button,
            self.rank_combo,
            self.rate_edit,
            self.table,
            self.investment_edit.edit,
            self.saving_edit.edit,
            self.operating_edit.edit,
            self.lifetime_edit,
            self.tabs,
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)
        self.retranslate()

    # -- page -----------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Cleaner-production options")

    def guide(self) -> str:
        return self.tr(
            "List every option the team finds for the causes of waste, with its category and cost class. "
            "Screen them (implement now, study further, reject), then judge the technical, economic and "
            "environmental feasibility and select what to implement. Payback, NPV and IRR follow the figures."
        )

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add option"))
        self.delete_button.setText(self.tr("Delete option"))
        self.add_button.setAccessibleName(self.tr("Add option"))
        self.delete_button.setAccessibleName(self.tr("Delete selected option"))
        self.rank_label.setText(self.tr("Rank by"))
        self.rank_combo.setAccessibleName(self.tr("Rank options by"))
        current = self.rank_combo.currentIndex()
        self.rank_combo.blockSignals(True)
        self.rank_combo.clear()
        for key, text in zip(
            RANKINGS,
            (
                self.tr("order entered"),
                self.tr("NPV, highest first"),
                self.tr("payback, shortest first"),
                self.tr("IRR, highest first"),
            ),
            strict=True,
        ):
            self.rank_combo.addItem(text, key)
        self.rank_combo.setCurrentIndex(max(current, 0))
        self.rank_combo.blockSignals(False)
        self.rate_label.setText(self.tr("Discount rate"))
        self.rate_edit.setAccessibleName(self.tr("Discount rate, percent per year"))
        self.rate_edit.setToolTip(self.tr("Used for the NPV of every option (percent per year)"))
        self.table.setAccessibleName(self.tr("Options"))
        self.econ_box.setTitle(self.tr("Economic feasibility"))
        self.tabs.setTabText(0, self.tr("Technical"))
        self.tabs.setTabText(1, self.tr("Environmental"))
        self.tabs.setTabText(2, self.tr("Resource savings"))
        self.technical_edit.setAccessibleName(self.tr("Technical feasibility"))
        self.environmental_edit.setAccessibleName(self.tr("Environmental feasibility"))
        self.technical_edit.setPlaceholderText(self.tr("Equipment, space, skills, effect on production and quality …"))
        self.environmental_edit.setPlaceholderText(self.tr("Less waste, emissions, water; any new impact …"))
        self.investment_edit.field = self.tr("Investment")
        self.saving_edit.field = self.tr("Annual saving")
        self.operating_edit.field = self.tr("Annual operating cost")
        self.lifetime_edit.setAccessibleName(self.tr("Lifetime in years"))
        for label, text in zip(
            self.econ_labels,
            (
                self.tr("Investment"),
                self.tr("Annual saving"),
                self.tr("Annual operating cost"),
                self.tr("Lifetime (years)"),
                self.tr("Net annual benefit"),
                self.tr("Payback"),
                self.tr("NPV"),
                self.tr("IRR"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.investment_edit.edit.setAccessibleName(self.tr("Investment"))
        self.saving_edit.edit.setAccessibleName(self.tr("Annual saving"))
        self.operating_edit.edit.setAccessibleName(self.tr("Annual operating cost"))
        self.savings_table.setAccessibleName(self.tr("Resource savings"))
        self.add_saving_button.setText(self.tr("Add saving"))
        self.delete_saving_button.setText(self.tr("Delete saving"))
        self.add_saving_button.setAccessibleName(self.tr("Add resource saving"))
        self.delete_saving_button.setAccessibleName(self.tr("Delete selected resource saving"))
        self.model.set_columns(self._columns())
        set_widths(self.table, (45, 300, 170, 150, 110, 130, 105, 95, 120, 65), stretch=COL_TITLE)
        self.savings_model.set_columns(self._saving_columns())
        set_widths(self.savings_table, (260, 160), stretch=1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def _lang(self) -> str:
        return self.workspace.language

    # -- reading --------------------------------------------------------------------------------

    def rate(self) -> float:
        return self.workspace.assessment.settings.discount_fraction

    def refresh(self) -> None:
        a = self.workspace.assessment
        lang = self._lang()
        rate = a.settings.discount_fraction
        self._economics = {o.id: option_economics(o, rate) for o in a.options}
        self.model.set_rows(a.options)
        self.rate_edit.show_stored(format_value(round(rate * 100, 4), lang) + " %")
        if self._option_id is None or a.options and self.model.row_of(self._option_id) < 0:
            self._option_id = a.options[0].id if a.options else None
        self._select_current()
        self._show_detail()

    def current_option(self) -> Option | None:
        row = self.model.row_of(self._option_id)
        return self.model.rows[row] if row >= 0 else None

    def select_option(self, option_id: str) -> None:
        self._option_id = option_id
        self._select_current()
        self._show_detail()

    def _select_current(self) -> None:
        row = self.model.row_of(self._option_id)
        if row < 0:
            return
        proxy_row = self.proxy.mapFromSource(self.model.index(row, 0)).row()
        if self.table.currentIndex().row() != proxy_row or not self.table.selectionModel().hasSelection():
            self.table.selectRow(proxy_row)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            key = self.model.key_at(self.proxy.mapToSource(indexes[0]).row())
            if key != self._option_id:
                self._option_id = key
                for w in (self.investment_edit, self.saving_edit, self.operating_edit):
                    w.show_error("")
                self.lifetime_message.show_message("")
                self.savings_message.show_message("")
                self._show_detail()

    def _show_detail(self) -> None:
        o = self.current_option()
        lang = self._lang()
        self.detail.setEnabled(o is not None)
        self.delete_button.setEnabled(o is not None)
        if o is None:
            self.detail_title.setText(self.tr("No option yet: add one."))
            self.savings_model.set_rows([])
            for w in (
                self.benefit_value,
                self.payback_value,
                self.npv_value,
                self.irr_value,
                self.notes_label,
                self.savings_figures,
            ):
                w.clear()
            return
        self.detail_title.setText(f"{o.id} — {o.title}")
        self.technical_edit.set_text(o.technical)
        self.environmental_edit.set_text(o.environmental)
        self.investment_edit.setValue(o.investment)
        self.saving_edit.setValue(o.annual_saving)
        self.operating_edit.setValue(o.annual_operating_cost)
        self.lifetime_edit.show_stored(format_value(o.lifetime_years, lang))
        e = self._economics.get(o.id) or option_economics(o, self.rate())
        dash = "–"
        self.benefit_value.setText(
            dash
            if e.net_annual_benefit_vnd is None
            else self.tr("{v} VND/year").format(v=money(e.net_annual_benefit_vnd, lang))
        )
        self.payback_value.setText(
            dash
            if e.payback_years is None
            else self.tr("{v} years").format(v=format_value(round(e.payback_years, 2), lang))
        )
        self.npv_value.setText(
            dash
            if e.npv_vnd is None
            else self.tr("{v} VND at {r}").format(v=money(e.npv_vnd, lang), r=percent(self.rate() * 100, lang, 1))
        )
        self.irr_value.setText(dash if e.irr is None else percent(e.irr * 100, lang, 1))
        self.notes_label.setText("\n".join(note_text(n, lang) for n in e.notes))
        self.savings_model.set_rows(list(enumerate(o.resource_savings)))
        self.savings_figures.setText(self._savings_figures(o.id, lang))

    def _savings_figures(self, option_id: str, lang: str) -> str:
        """The option's resource savings as TOE, GJ, tCO2 and VND, with the savings summary's factors."""
        from ...domain.savings import compute_savings

        try:
            figures = next(
                x for x in compute_savings(self.workspace.assessment, lang)["options"] if x["id"] == option_id
            )
        except Exception:  # a half-entered assessment: no figures rather than a broken page
            log.info("no savings figures for option %s yet", option_id, exc_info=True)
            return ""
        parts = []
        if figures["saving_toe"] is not None:
            parts.append(self.tr("{v} TOE").format(v=format_value(round(figures["saving_toe"], 2), lang)))
        if figures["saving_gj"] is not None:
            parts.append(self.tr("{v} GJ").format(v=format_value(round(figures["saving_gj"], 1), lang)))
        if figures["co2_saving_t"] is not None:
            parts.append(self.tr("{v} t CO₂").format(v=format_value(round(figures["co2_saving_t"], 2), lang)))
        if figures["cost_saving_vnd"] is not None:
            parts.append(self.tr("{v} VND/year").format(v=money(figures["cost_saving_vnd"], lang)))
        if not parts:
            return ""
        return self.tr("These savings come to: %1 (the factors and prices of the savings summary)").replace(
            "%1", " · ".join(parts)
        )

    def _rank(self, _index: int) -> None:
        key = self.rank_combo.currentData()
        column = {"npv": COL_NPV, "payback": COL_PAYBACK, "irr": COL_IRR}.get(key, COL_ID)
        self.proxy.sort(column, Qt.SortOrder.AscendingOrder)
        self._select_current()

    def ranked_ids(self) -> list[str]:
        return [self.proxy.index(r, COL_ID).data() for r in range(self.proxy.rowCount())]
