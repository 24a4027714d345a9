"""Tasks 2 and 3: the process steps in their order (with the basis their flows are recorded for)
and the focus-selection matrix: each step scored against weighted criteria; the highest total
suggests the audit focus. The matrix is the assessment's `focus_matrix` (domain/model.py: FocusMatrix);
the page edits a plain copy of it (criteria as dicts, scores by step then criterion)."""

from __future__ import annotations

import copy
import re
from typing import Any

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import FocusCriterion, FocusMatrix, ProcessStep
from ...domain.quantities import Quantity
from ...services import edits
from ..forms import EDIT_ERRORS, ERROR_STYLE, NotesEdit, not_saved
from ..widgets.common import fit_columns
from ..workspace import Workspace
from .base import Page
from .process_steps_models import CriteriaModel, ScoresModel, StepsModel, weighted_totals


def step_id_for(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:20] or "step"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


class ProcessStepsPage(Page):
    tasks = (2, 3)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        steps = QGroupBox(self.tr("Process steps, in the order of production"), self)
        self.steps_model = StepsModel(self)
        self.steps_table = self._table(self.steps_model, self.tr("Process steps"), steps)
        fit_columns(self.steps_table, (), 1)
        self.steps_error = self._error(steps)
        self.steps_model.problem.connect(lambda m: self._show(self.steps_error, m))
        self.add_step_button = add = QPushButton(self.tr("&Add step"), steps)
        self.delete_step_button = delete = QPushButton(self.tr("&Delete step"), steps)
        self.up_button = up = QPushButton(self.tr("Move &up"), steps)
        self.down_button = down = QPushButton(self.tr("Move do&wn"), steps)
        add.clicked.connect(lambda: self.add_step())
        delete.clicked.connect(lambda: self.delete_step())
        up.clicked.connect(lambda: self.move_step(-1))
        down.clicked.connect(lambda: self.move_step(+1))
        self.norms = NotesEdit(lambda text: self.set_task_notes(2, text), self.tr("Norms and notes"), steps)
        self.norms.setPlaceholderText(self.tr("Norms (định mức) of consumption per unit product, their source …"))
        self.norms.setMaximumHeight(52)
        row = QHBoxLayout()
        for b in (add, delete, up, down):
            row.addWidget(b)
        row.addStretch(1)
        sl = QVBoxLayout(steps)
        sl.addWidget(self.steps_table, 1)
        sl.addWidget(self.steps_error)
        sl.addLayout(row)
        sl.addWidget(self.norms)

        focus = QGroupBox(self.tr("Selecting the audit focus"), self)
        self.criteria_model = CriteriaModel(self)
        self.criteria_table = self._table(self.criteria_model, self.tr("Focus criteria and weights"), focus)
        fit_columns(self.criteria_table, (), 0)
        self.scores_model = ScoresModel(self)
        self.scores_table = self._table(self.scores_model, self.tr("Scores of the process steps"), focus)
        fit_columns(self.scores_table, (), 0)
        self.focus_error = self._error(focus)
        for model in (self.criteria_model, self.scores_model):
            model.problem.connect(lambda m: self._show(self.focus_error, m))
        self.suggestion = QLabel(focus)
        self.suggestion.setWordWrap(True)
        self.make_focus = QPushButton(self.tr("Make it the &focus"), focus)
        self.make_focus.clicked.connect(lambda: self.apply_suggestion())
        self.focus_notes = NotesEdit(lambda text: self.set_task_notes(3, text), self.tr("Why this focus"), focus)
        self.focus_notes.setPlaceholderText(self.tr("Why this focus: waste, cost, potential, what the team agreed …"))
        self.focus_notes.setMaximumHeight(52)
        tables = QHBoxLayout()
        tables.addWidget(self.criteria_table, 2)
        tables.addWidget(self.scores_table, 5)
        suggest = QHBoxLayout()
        suggest.addWidget(self.suggestion, 1)
        suggest.addWidget(self.make_focus)
        fl = QVBoxLayout(focus)
        fl.addLayout(tables, 1)
        fl.addWidget(self.focus_error)
        fl.addLayout(suggest)
        fl.addWidget(self.focus_notes)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(steps, 1)
        layout.addWidget(focus, 1)

    def title(self) -> str:
        return self.tr("Process steps and the audit focus")

    def guide(self) -> str:
        return self.tr(
            "Tasks 2–3. List the steps of production in order, each with the amount of product its "
            "inputs and outputs will be recorded for. Note the norms of consumption. Then score each "
            "step against the criteria (0–5; the weights say what counts most): the step with the "
            "highest total is the suggested audit focus. Tick Focus for the step(s) you audit."
        )

    def focus_task(self, task: int) -> None:
        (self.scores_table if task == 3 else self.steps_table).setFocus()

    # -- helpers -----------------------------------------------------------------------------------

    def _table(self, model: QAbstractItemModel, name: str, parent: QWidget) -> QTableView:
        t = QTableView(parent)
        t.setModel(model)
        t.setAccessibleName(name)
        t.setTabKeyNavigation(False)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.verticalHeader().hide()
        fit_columns(t)
        t.setMinimumHeight(140)
        return t

    @staticmethod
    def _error(parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    @staticmethod
    def _show(label: QLabel, message: str) -> None:
        """A refusal under its table; "" (an edit went through) hides it."""
        label.setText(message)
        label.setVisible(bool(message))

    def default_criteria(self) -> list[dict[str, Any]]:
        return [
            {"id": "waste_cost", "name": self.tr("Cost of waste"), "weight": 3},
            {"id": "consumption", "name": self.tr("Use of materials and energy"), "weight": 3},
            {"id": "potential", "name": self.tr("Potential to improve"), "weight": 2},
            {"id": "environment", "name": self.tr("Environmental impact"), "weight": 2},
            {"id": "interest", "name": self.tr("Interest of management and staff"), "weight": 1},
        ]

    def matrix(self) -> dict[str, Any]:
        """The stored matrix as a plain copy, or the default criteria with no scores."""
        stored = self.workspace.assessment.focus_matrix
        if stored is not None and stored.criteria:
            return {
                "criteria": [{"id": c.id, "name": c.name, "weight": c.weight} for c in stored.criteria],
                "scores": copy.deepcopy(stored.scores),
            }
        return {"criteria": self.default_criteria(), "scores": {}}

    def save_matrix(self, matrix: dict[str, Any], text: str) -> None:
        old = self.workspace.assessment.focus_matrix
        kept = {c.id: c.extra for c in old.criteria} if old is not None else {}
        new = FocusMatrix(
            criteria=[
                FocusCriterion(c["id"], c["name"], c.get("weight", 1), copy.deepcopy(kept.get(c["id"], {})))
                for c in matrix["criteria"]
            ],
            scores={step: dict(marks) for step, marks in matrix["scores"].items() if marks},
            extra=copy.deepcopy(old.extra) if old is not None else {},
        )
        edit = edits.set_focus_matrix(self.store, self.assessment_id, copy.deepcopy(old), new, text)
        if edit is not None:
            self.workspace.run(edit)

    def best_step(self) -> str | None:
        steps = [s.id for s in self.workspace.assessment.process_steps]
        totals = weighted_totals(self.matrix(), steps)
        if not totals or max(totals.values()) <= 0:
            return None
        return max(steps, key=lambda sid: totals[sid])

    def selected_step(self) -> ProcessStep | None:
        row = self.steps_table.currentIndex().row()
        return self.steps_model.row(row) if 0 <= row < self.steps_model.rowCount() else None

    # -- operations --------------------------------------------------------------------------------

    def add_step(self, name: str | None = None) -> str | None:
        a = self.workspace.assessment
        name = name or self.tr("New step")
        step = ProcessStep(
            id=step_id_for(name, {s.id for s in a.process_steps}),
            name=name,
            order=len(a.process_steps) + 1,
            basis=Quantity(1.0, a.product.unit or "t"),
        )
        try:
            self.workspace.run(
                edits.add_process_step(self.store, self.assessment_id, step, self.tr("Add process step"))
            )
        except EDIT_ERRORS as exc:
            self._show(self.steps_error, not_saved(exc))
            return None
        self.steps_table.setCurrentIndex(self.steps_model.index(self.steps_model.rowCount() - 1, 1))
        self.steps_table.setFocus()
        return step.id

    def delete_step(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        try:
            self.workspace.run(
                edits.delete_process_step(self.store, self.assessment_id, step.id, self.tr("Delete process step"))
            )
        except EDIT_ERRORS as exc:
            self._show(self.steps_error, not_saved(exc))

    def move_step(self, delta: int) -> None:
        step = self.selected_step()
        if step is None:
            return
        count = self.steps_model.rowCount()
        row = self.steps_table.currentIndex().row()
        target = row + delta
        if not 0 <= target < count:
            return
        self.workspace.run(
            edits.move_process_step(self.store, self.assessment_id, step.id, target + 1, self.tr("Move process step"))
        )
        self.steps_table.setCurrentIndex(self.steps_model.index(target, self.steps_table.currentIndex().column()))

    def apply_suggestion(self) -> None:
        best = self.best_step()
        if best is None:
            return
        step = self.workspace.assessment.step(best)
        if step is None or step.focus:
            return
        edit = edits.update_process_step(
            self.store, self.assessment_id, step, {"focus": True}, self.tr("Make the suggested step the focus")
        )
        if edit is not None:
            self.workspace.run(edit)

    # -- refresh -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.steps_model.reload()
        self.criteria_model.reload()
        self.scores_model.refresh()
        self.norms.set_value(self.task_notes(2))
        self.focus_notes.set_value(self.task_notes(3))
        best = self.best_step()
        a = self.workspace.assessment
        if best is None:
            self.suggestion.setText(self.tr("Score the steps to see which one to audit first."))
            self.make_focus.setEnabled(False)
        else:
            step = a.step(best)
            assert step is not None
            self.suggestion.setText(
                self.tr("Suggested audit focus: <b>%1</b>%2")
                .replace("%1", step.name)
                .replace("%2", self.tr(" (already a focus)") if step.focus else "")
            )
            self.make_focus.setEnabled(not step.focus)
