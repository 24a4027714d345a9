"""What the options page writes: an option's fields, its money figures, lifetime and the assessment's
discount rate (each refused entry said beside its field), options added and deleted (a deleted one comes
back in its place on undo), and an option's resource savings. A mixin of OptionsPage."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QTableView

from ...domain.model import Option, ResourceSaving
from ...domain.quantities import Quantity, UnitError, parse_number
from ...domain.validation import resource_kinds
from ...services import edits
from ..forms import StoredLineEdit, refused
from ..models.edits import edit_option
from ..widgets.common import MessageLabel, new_id
from ..widgets.quantity import QuantityEdit, error_text, format_value
from ..widgets.resources import resource_label


class OptionEdits:
    """Needs of the page: workspace, current_option(), rate(), _lang(), _select_current(), its editors."""

    workspace: Any
    _option_id: str | None
    investment_edit: QuantityEdit
    saving_edit: QuantityEdit
    operating_edit: QuantityEdit
    lifetime_edit: StoredLineEdit
    lifetime_message: MessageLabel
    rate_edit: StoredLineEdit
    rate_message: MessageLabel
    savings_model: Any
    savings_table: QTableView
    table: QTableView
    proxy: Any  # QSortFilterProxyModel over `model`, the table's order
    model: Any

    # given by the page (annotations, not stub methods: pyside6-lupdate loses the class's context at a def
    # inside an `if`, and its strings fall out of the catalogue)
    tr: Callable[..., str]
    rate: Callable[[], float]
    _lang: Callable[[], str]
    current_option: Callable[[], Option | None]
    _select_current: Callable[[], None]

    def _edit(self, o: Option, **changes: Any) -> None:
        edit_option(self.workspace, o, self.tr("Edit option {id}").format(id=o.id), **changes)

    def _edit_text(self, field: str, text: str) -> None:
        o = self.current_option()
        if o is not None and getattr(o, field) != text:
            self._edit(o, **{field: text})

    def _edit_money(self, field: str, q: Quantity | None) -> None:
        o = self.current_option()
        if o is None:
            return
        widget = {
            "investment": self.investment_edit,
            "annual_saving": self.saving_edit,
            "annual_operating_cost": self.operating_edit,
        }[field]
        try:
            self._edit(o, **{field: q})
        except (UnitError, ValueError) as exc:
            widget.refuse(exc)

    def _edit_lifetime(self) -> None:
        o = self.current_option()
        if o is None:
            return
        text = self.lifetime_edit.text().strip()
        try:
            years = parse_number(text, self.tr("Lifetime"), self._lang()) if text else None
            if years is not None and years <= 0:
                raise UnitError(self.tr("Lifetime: must be more than 0 years"))
            self._edit(o, lifetime_years=years)
        except (UnitError, ValueError) as exc:  # the stored lifetime back in the field, the typed one quoted
            self.lifetime_message.show_message(refused(text, exc) if text else error_text(exc))
            self.lifetime_edit.setText(format_value(o.lifetime_years, self._lang()))
            return
        self.lifetime_message.show_message("")
        self.lifetime_edit.setText(self.lifetime_edit.stored)  # in the stored words, so Ctrl+Z is the window's Undo

    def _edit_rate(self) -> None:
        text = self.rate_edit.text().replace("%", "").strip()
        try:
            value = parse_number(text, self.tr("Discount rate"), self._lang()) / 100.0
            if value < 0 or value > 1:
                raise UnitError(self.tr("Discount rate: give a percent between 0 and 100"))
        except UnitError as exc:  # the stored rate back in the field, the typed one quoted
            self.rate_message.show_message(refused(self.rate_edit.text(), exc))
            self.rate_edit.setText(format_value(round(self.rate() * 100, 4), self._lang()) + " %")
            return
        self.rate_message.show_message("")
        if abs(value - self.rate()) >= 1e-12:
            settings = self.workspace.assessment.settings
            self.workspace.run(
                edits.update_settings(
                    self.workspace.store,
                    self.workspace.assessment_id,
                    settings,
                    {"discount_rate": value},
                    self.tr("Change the discount rate"),
                )
            )
        self.rate_edit.setText(self.rate_edit.stored)  # "12 %" for "12", so Ctrl+Z is the window's Undo

    def add_option(self) -> Option:
        a = self.workspace.assessment
        option = Option(
            id=new_id("O", [o.id for o in a.options]),
            title=self.tr("New option"),
            category="good_housekeeping",
            cost_class="no_low_cost",
        )
        self._option_id = option.id
        self.workspace.run(
            edits.add_option(
                self.workspace.store,
                self.workspace.assessment_id,
                option,
                self.tr("Add option {id}").format(id=option.id),
            )
        )
        self._select_current()
        return option

    def delete_selected(self) -> None:
        o = self.current_option()
        if o is None:
            return
        self._option_id = self._neighbour_id()  # the next one in the table's order is selected, as in a list
        self.workspace.run(
            edits.delete_options(
                self.workspace.store,
                self.workspace.assessment_id,
                [o.id],
                self.tr("Delete option {id}").format(id=o.id),
            )
        )

    def _neighbour_id(self) -> str | None:
        """The option after the current one in the table's order (before it, when it is the last)."""
        row = self.table.currentIndex().row()
        for r in (row + 1, row - 1):
            if 0 <= r < self.proxy.rowCount():
                return self.model.key_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
        return None

    def _edit_saving(self, index: int, **changes: Any) -> None:
        o = self.current_option()
        if o is None:
            return
        savings = list(o.resource_savings)
        old = savings[index]
        new = ResourceSaving(
            changes.get("resource", old.resource) or old.resource,
            changes.get("quantity", old.quantity) or old.quantity,
            old.extra,
        )
        from ...domain.quantities import require_kind

        require_kind(
            new.quantity.unit,
            resource_kinds(new.resource),
            self.tr("Saving of {resource}").format(resource=resource_label(new.resource, self._lang())),
        )
        savings[index] = new
        self._edit(o, resource_savings=savings)

    def add_saving(self) -> None:
        o = self.current_option()
        if o is None:
            return
        self._edit(o, resource_savings=[*o.resource_savings, ResourceSaving("electricity", Quantity(0.0, "kWh"))])
        self.savings_table.setCurrentIndex(self.savings_model.index(len(o.resource_savings), 0))

    def delete_saving(self) -> None:
        o = self.current_option()
        index = self.savings_table.currentIndex()
        if o is None or not index.isValid():
            return
        self._edit(o, resource_savings=[s for i, s in enumerate(o.resource_savings) if i != index.row()])
