"""Task 1: the facility, the reference product, the consultant and the CP team."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.methodology import ASSESSMENT_TYPE_LABELS
from ...domain.model import ASSESSMENT_TYPES, TeamMember
from ...domain.quantities import parse_number, parse_quantity
from ...services import edits
from ...store.operations import Operation
from ..forms import EDIT_ERRORS, ERROR_STYLE, Field, NotesEdit, not_saved
from ..i18n import format_quantity, format_value
from ..models.rows import Column, RowsModel
from ..widgets.common import delete_key, fit_columns
from ..widgets.province import ProvinceField
from ..workspace import Workspace, delete_rows_text
from .base import Page


class TeamModel(RowsModel):
    def __init__(self, page: FacilityPage):
        super().__init__([], parent=page, source=lambda: page.workspace.assessment.team)
        self.page = page
        headers = (lambda: self.tr("Name"), lambda: self.tr("Position"), lambda: self.tr("Role in the CP team"))
        self.set_columns(
            [
                Column(header, self._reader(field), commit=self._writer(field))
                for header, field in zip(headers, ("name", "position", "role"), strict=True)
            ]
        )

    @staticmethod
    def _reader(field: str) -> Callable[[TeamMember], Any]:
        return lambda member: getattr(member, field)

    def _writer(self, field: str) -> Callable[[TeamMember, Any], None]:
        return lambda member, value: self._set(member, field, value)

    def _set(self, old: TeamMember, field: str, value: Any) -> None:
        index = next(i for i, m in enumerate(self.rows) if m is old)
        changes: dict[str, Any] = {field: str(value).strip()}
        new = dataclasses.replace(old, **changes)
        if new != old:
            self.page.run(
                edits.operations(
                    self.page.store,
                    self.tr("Edit team member"),
                    [Operation("update_team_member", (self.page.assessment_id, index, new))],
                )
            )


class FacilityPage(Page):
    tasks = (1,)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.fields: dict[str, Field] = {}

        facility = QGroupBox(self.tr("Facility"), self)
        form = QFormLayout(facility)
        for key, label in (
            ("name", self.tr("&Name:")),
            ("tax_code", self.tr("&Tax code:")),
            ("province", self.tr("&Province:")),
            ("address", self.tr("Addr&ess:")),
            ("vsic", self.tr("&VSIC code:")),
            ("sector", self.tr("Sec&tor:")),
            ("employees", self.tr("E&mployees:")),
            ("design_capacity", self.tr("Design &capacity:")),
            ("products", self.tr("P&roducts:")),
        ):
            self._add(form, f"facility.{key}", label, self._facility_commit(key))
        self.fields["facility.tax_code"].edit.setPlaceholderText(self.tr("10 digits, e.g. 2901234567"))
        self.fields["facility.design_capacity"].edit.setPlaceholderText(self.tr("e.g. 150.000 hL/năm"))
        self.fields["facility.products"].edit.setPlaceholderText(self.tr("separated by ';'"))

        product = QGroupBox(self.tr("Reference product (for consumption per unit product)"), self)
        pform = QFormLayout(product)
        self._add(pform, "product.name", self.tr("Pro&duct:"), self._product_commit("name"))
        self._add(pform, "product.unit", self.tr("&Unit:"), self._product_commit("unit"))
        self.fields["product.unit"].edit.setPlaceholderText(self.tr("e.g. hL, t, tấn, pcs"))
        self.assessment_type = QComboBox(product)
        self.assessment_type.setAccessibleName(self.tr("Type of assessment"))
        for key in ASSESSMENT_TYPES:
            self.assessment_type.addItem(ASSESSMENT_TYPE_LABELS[key](self.language), key)
        self.assessment_type.activated.connect(self._type_chosen)
        type_label = QLabel(self.tr("T&ype of assessment:"), self)
        type_label.setBuddy(self.assessment_type)
        pform.addRow(type_label, self.assessment_type)
        self.template_choice = QComboBox(product)  # a sector template attached afterwards: its norms apply
        self.template_choice.setObjectName("template_choice")
        self.template_choice.setAccessibleName(self.tr("Sector template"))
        self.template_choice.setToolTip(
            self.tr("The sector's norms and best practice the monitoring page compares the facility with")
        )
        self.template_choice.activated.connect(self._template_chosen)
        template_label = QLabel(self.tr("&Sector template:"), self)
        template_label.setBuddy(self.template_choice)
        pform.addRow(template_label, self.template_choice)

        consultant = QGroupBox(self.tr("Consultant"), self)
        cform = QFormLayout(consultant)
        for key, label in (
            ("name", self.tr("Consultant's na&me:")),
            ("organisation", self.tr("Or&ganisation:")),
            ("email", self.tr("E-mai&l:")),
            ("phone", self.tr("P&hone:")),
        ):
            self._add(cform, f"consultant.{key}", label, self._consultant_commit(key))

        team = QGroupBox(self.tr("CP team"), self)
        self.team_model = TeamModel(self)
        self.team_table = QTableView(team)
        self.team_table.setModel(self.team_model)
        self.team_table.setAccessibleName(self.tr("CP team members"))
        self.team_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.team_table.setTabKeyNavigation(False)
        fit_columns(self.team_table, (120, 160, 160), None)
        self.team_table.setMinimumHeight(150)
        self.team_error = QLabel(team)
        self.team_error.setStyleSheet(ERROR_STYLE)
        self.team_error.setWordWrap(True)
        self.team_error.hide()
        self.team_model.problem.connect(self._team_refused)
        self.add_member_button = add = QPushButton(self.tr("&Add member"), team)
        self.remove_member_button = remove = QPushButton(self.tr("Remo&ve member"), team)
        add.clicked.connect(lambda: self.add_member())
        remove.clicked.connect(lambda: self.remove_member())
        self.remove_member_key = delete_key(self.team_table, self.tr("Remove the selected members"), self.remove_member)
        self.notes = NotesEdit(lambda text: self.set_task_notes(1, text), self.tr("Notes on the team"), team)
        self.notes.setPlaceholderText(self.tr("Decision forming the team (number, date), meeting schedule …"))
        self.notes.setMaximumHeight(60)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        tl = QVBoxLayout(team)
        tl.addWidget(self.team_table, 1)
        tl.addWidget(self.team_error)
        tl.addLayout(buttons)
        tl.addWidget(self.notes)

        right = QVBoxLayout()
        right.addWidget(product)
        right.addWidget(consultant)
        right.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(facility, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(team, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)

    def title(self) -> str:
        return self.tr("Facility and CP team")

    def guide(self) -> str:
        return self.tr(
            "Task 1. Record who the facility is and who does the assessment. Form the CP team: "
            "a leader from management, the people who know the process steps, energy and "
            "quality, and the consultant. Name the reference product and its unit: every "
            "consumption is compared per unit of it."
        )

    def focus_first_field(self) -> None:
        self.fields["facility.name"].edit.setFocus()
        self.fields["facility.name"].edit.selectAll()

    # -- fields --------------------------------------------------------------------------------

    def _add(self, form: QFormLayout, key: str, label: str, commit: Callable[[str], None]) -> None:
        kind = ProvinceField if key == "facility.province" else Field
        field = kind(commit, accessible_name=label.replace("&", "").rstrip(":"), parent=self)
        self.fields[key] = field
        lab = QLabel(label, self)
        lab.setBuddy(field.edit)
        form.addRow(lab, field)

    def _facility_commit(self, key: str) -> Callable[[str], None]:
        def commit(text: str) -> None:
            a, name = self.workspace.assessment, self.tr("Edit facility")
            value: object = text.strip()
            if key == "employees":
                number = parse_number(text, self.tr("employees"), self.language) if text.strip() else 0
                if number != int(number) or number < 0:
                    raise ValueError(self.tr("a whole number of people, 0 or more"))
                value = int(number)
            elif key == "design_capacity":
                value = parse_quantity(text, self.tr("design capacity"), self.language) if text.strip() else None
            elif key == "products":
                value = [p.strip() for p in text.split(";") if p.strip()]
            self.run(edits.update_header(self.store, self.assessment_id, "facility", a.facility, {key: value}, name))

        return commit

    def _product_commit(self, key: str) -> Callable[[str], None]:
        def commit(text: str) -> None:
            p = self.workspace.assessment.product
            name, unit = (text.strip(), p.unit) if key == "name" else (p.name, text.strip())
            self.run(edits.set_product(self.store, self.assessment_id, p, name, unit, self.tr("Edit product")))

        return commit

    def _consultant_commit(self, key: str) -> Callable[[str], None]:
        def commit(text: str) -> None:
            consultant = self.workspace.assessment.consultant
            name = self.tr("Edit consultant")
            self.run(
                edits.update_header(self.store, self.assessment_id, "consultant", consultant, {key: text.strip()}, name)
            )

        return commit

    def _type_chosen(self, index: int) -> None:
        a, text = self.workspace.assessment, self.tr("Change the type of assessment")
        type_ = self.assessment_type.itemData(index)
        self.run(edits.update_header(self.store, self.assessment_id, "assessment", a, {"assessment_type": type_}, text))

    def _template_chosen(self, index: int) -> None:
        new, old = self.template_choice.itemData(index), self.workspace.assessment.template
        text = self.tr("Attach the sector template") if new else self.tr("Take off the sector template")
        self.run(edits.attach_template(self.store, self.assessment_id, old, new, text))

    def _fill_templates(self) -> None:
        """The choices: none, then the templates (the facility's VSIC first); a key no template has is kept
        as it is, named so."""
        from ...services.templates import choices_for

        a = self.workspace.assessment
        combo = self.template_choice
        combo.clear()
        combo.addItem(self.tr("None"), None)
        for t in choices_for(a):
            codes = ", ".join(t.vsic)
            combo.addItem(f"{t.name(self.language)} (VSIC {codes})" if codes else t.name(self.language), t.key)
        if a.template and combo.findData(a.template) < 0:
            combo.addItem(self.tr("%1 (not found)").replace("%1", a.template), a.template)
        combo.setCurrentIndex(max(0, combo.findData(a.template)))

    # -- team ----------------------------------------------------------------------------------

    def _team_refused(self, message: str) -> None:
        """Why an entry in the team table was refused; "" (an entry went through) hides it."""
        self.team_error.setText(message)
        self.team_error.setVisible(bool(message))

    def add_member(self, member: TeamMember | None = None) -> int:
        member = member or TeamMember(name=self.tr("New member"))
        count = len(self.workspace.assessment.team)
        add = [Operation("add_team_member", (self.assessment_id, member))]
        try:
            self.run(edits.operations(self.store, self.tr("Add team member"), add))
        except EDIT_ERRORS as exc:
            self._team_refused(not_saved(exc))
            return -1
        index = self.team_model.index(count, 0)
        self.team_table.setCurrentIndex(index)
        self.team_table.setFocus()
        return count

    def remove_member(self) -> None:
        """Remove the selected members (or the current one): one undo step, one store transaction."""
        rows = {i.row() for i in self.team_table.selectionModel().selectedRows()}
        if not rows and self.team_table.currentIndex().isValid():
            rows = {self.team_table.currentIndex().row()}
        chosen = sorted(r for r in rows if 0 <= r < len(self.workspace.assessment.team))
        if not chosen:
            return
        name = self.tr("Remove team member") if len(chosen) == 1 else delete_rows_text(len(chosen))
        try:
            self.workspace.run(edits.delete_rows(self.store, self.assessment_id, "team_member", chosen, name))
        except EDIT_ERRORS as exc:
            self._team_refused(not_saved(exc))

    # -- refresh -------------------------------------------------------------------------------

    def refresh(self) -> None:
        a = self.workspace.assessment
        f = a.facility
        values = {
            "facility.name": f.name,
            "facility.tax_code": f.tax_code,
            "facility.province": f.province,
            "facility.address": f.address,
            "facility.vsic": f.vsic,
            "facility.sector": f.sector,
            "facility.employees": format_value(f.employees) if f.employees else "",
            "facility.design_capacity": format_quantity(f.design_capacity),
            "facility.products": "; ".join(f.products),
            "product.name": a.product.name,
            "product.unit": a.product.unit,
            "consultant.name": a.consultant.name,
            "consultant.organisation": a.consultant.organisation,
            "consultant.email": a.consultant.email,
            "consultant.phone": a.consultant.phone,
        }
        for key, value in values.items():
            self.fields[key].set_value(value)
        self.team_model.reload()
        self.notes.set_value(self.task_notes(1))
        self.assessment_type.setCurrentIndex(max(0, self.assessment_type.findData(a.assessment_type)))
        self._fill_templates()
