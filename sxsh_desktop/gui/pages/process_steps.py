"""Tasks 2 and 3: the process steps in their order (with the basis their flows are recorded for)
and the focus-selection matrix: each step scored against weighted criteria; the highest total
suggests the audit focus. The matrix is kept in assessment.extra["focus_matrix"]."""

from __future__ import annotations

import copy
import re
import textwrap
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import ProcessStep
from ...domain.quantities import Quantity, parse_number, parse_quantity
from ..forms import EDIT_ERRORS, ERROR_STYLE, NotesEdit, not_saved
from ..i18n import format_quantity, format_value
from ..table_model import RowsModel
from ..task_state import FOCUS_MATRIX_KEY
from .base import Page

MAX_SCORE = 5


def step_id_for(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:20] or "step"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def weighted_totals(matrix: dict[str, Any], step_ids: list[str]) -> dict[str, float]:
    criteria = matrix.get("criteria") or []
    scores = matrix.get("scores") or {}
    return {
        sid: sum(float(c.get("weight", 1)) * float((scores.get(sid) or {}).get(c["id"], 0)) for c in criteria)
        for sid in step_ids
    }


class StepsModel(RowsModel):
    editable_columns = (1, 2, 3)
    check_columns = (4,)

    def __init__(self, page: ProcessStepsPage):
        super().__init__(page)
        self.page = page

    def headers(self) -> list[str]:
        return [
            self.tr("Order"),
            self.tr("Process step"),
            self.tr("Code"),
            self.tr("Flows recorded per"),
            self.tr("Focus"),
            self.tr("Inputs / outputs"),
        ]

    def rows(self) -> list[ProcessStep]:
        return sorted(self.page.workspace.assessment.process_steps, key=lambda s: s.order)

    def display(self, row: ProcessStep, column: int) -> str:
        if column == 0:
            return str(row.order)
        if column == 1:
            return row.name
        if column == 2:
            return row.id
        if column == 3:
            return format_quantity(row.basis)
        ins = sum(1 for f in row.flows if f.direction == "input")
        return f"{ins} / {len(row.flows) - ins}"

    def checked(self, row: ProcessStep, column: int) -> bool:
        return row.focus

    def tooltip(self, row: ProcessStep, column: int) -> str | None:
        if column == 3:
            return self.tr("The amount of product the step's flows are recorded for, e.g. '100 hL' or '1 t'")
        return None

    def commit(self, index: int, column: int, value: Any) -> None:
        step = self.row(index)
        if column == 1:
            fields_new, fields_old = {"name": str(value).strip()}, {"name": step.name}
        elif column == 2:
            new_id = str(value).strip()
            if not new_id:
                raise ValueError(self.tr("a code is required (letters, digits, '-')"))
            self.page.edit(
                self.tr("Change step code"),
                lambda: self.page.store.update_process_step(self.page.assessment_id, step.id, id=new_id),
                lambda: self.page.store.update_process_step(self.page.assessment_id, new_id, id=step.id),
            )
            return
        elif column == 3:
            basis = parse_quantity(str(value), self.tr("basis"), self.page.language)
            fields_new, fields_old = {"basis": basis}, {"basis": step.basis}
        else:
            fields_new, fields_old = {"focus": bool(value)}, {"focus": step.focus}
        store, aid = self.page.store, self.page.assessment_id
        self.page.edit(
            self.tr("Edit process step"),
            lambda: store.update_process_step(aid, step.id, **fields_new),
            lambda: store.update_process_step(aid, step.id, **fields_old),
        )


class CriteriaModel(RowsModel):
    editable_columns = (0, 1)

    def __init__(self, page: ProcessStepsPage):
        super().__init__(page)
        self.page = page

    def headers(self) -> list[str]:
        return [self.tr("Criterion"), self.tr("Weight")]

    def rows(self) -> list[dict[str, Any]]:
        return self.page.matrix()["criteria"]

    def display(self, row: dict[str, Any], column: int) -> str:
        return row["name"] if column == 0 else format_value(float(row.get("weight", 1)))

    def tooltip(self, row: dict[str, Any], column: int) -> str | None:
        return row["name"] if column == 0 else None

    def commit(self, index: int, column: int, value: Any) -> None:
        matrix = self.page.matrix()
        if column == 0:
            matrix["criteria"][index]["name"] = str(value).strip()
        else:
            weight = parse_number(str(value), self.tr("weight"), self.page.language)
            if not 0 <= weight <= 10:
                raise ValueError(self.tr("a weight from 0 to 10"))
            matrix["criteria"][index]["weight"] = weight
        self.page.save_matrix(matrix, self.tr("Edit focus criterion"))


class ScoresModel(RowsModel):
    """Steps × criteria: each cell a score 0–5; the last column the weighted total."""

    def __init__(self, page: ProcessStepsPage):
        super().__init__(page)
        self.page = page

    def criteria(self) -> list[dict[str, Any]]:
        return self.page.matrix()["criteria"]

    @property
    def editable_columns(self) -> tuple[int, ...]:  # type: ignore[override]
        return tuple(range(1, len(self.criteria()) + 1))

    def headers(self) -> list[str]:
        return (
            [self.tr("Process step")]
            + [textwrap.fill(c["name"], 16) for c in self.criteria()]
            + [textwrap.fill(self.tr("Weighted total"), 10)]
        )

    def rows(self) -> list[ProcessStep]:
        return sorted(self.page.workspace.assessment.process_steps, key=lambda s: s.order)

    def display(self, row: ProcessStep, column: int) -> str:
        crit = self.criteria()
        matrix = self.page.matrix()
        if column == 0:
            return row.name
        if column == len(crit) + 1:
            return format_value(weighted_totals(matrix, [row.id])[row.id])
        score = (matrix["scores"].get(row.id) or {}).get(crit[column - 1]["id"])
        return "" if score is None else format_value(float(score))

    def tooltip(self, row: ProcessStep, column: int) -> str | None:
        if column == 0:
            return row.name
        if 1 <= column <= len(self.criteria()):
            return self.tr("Score from 0 (not at all) to 5 (very much)")
        return None

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            best = self.page.best_step()
            if best is not None and self.row(index.row()).id == best:
                from PySide6.QtGui import QFont

                f = QFont()
                f.setBold(True)
                return f
        return super().data(index, role)

    def commit(self, index: int, column: int, value: Any) -> None:
        text = str(value).strip()
        matrix = self.page.matrix()
        step = self.row(index)
        crit = self.criteria()[column - 1]
        scores = matrix["scores"].setdefault(step.id, {})
        if not text:
            scores.pop(crit["id"], None)
        else:
            score = parse_number(text, self.tr("score"), self.page.language)
            if score != int(score) or not 0 <= score <= MAX_SCORE:
                raise ValueError(self.tr("a whole number from 0 to 5"))
            scores[crit["id"]] = int(score)
        self.page.save_matrix(matrix, self.tr("Score a process step"))


class ProcessStepsPage(Page):
    tasks = (2, 3)

    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        steps = QGroupBox(self.tr("Process steps, in the order of production"), self)
        self.steps_model = StepsModel(self)
        self.steps_table = self._table(self.steps_model, self.tr("Process steps"), steps)
        h = self.steps_table.horizontalHeader()
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.steps_error = self._error(steps)
        self.steps_model.refused.connect(lambda m: self._show(self.steps_error, m))
        self.steps_model.accepted.connect(self.steps_error.hide)
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
        self.criteria_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.scores_model = ScoresModel(self)
        self.scores_table = self._table(self.scores_model, self.tr("Scores of the process steps"), focus)
        self.scores_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.focus_error = self._error(focus)
        for model in (self.criteria_model, self.scores_model):
            model.refused.connect(lambda m: self._show(self.focus_error, m))
            model.accepted.connect(self.focus_error.hide)
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

    def _table(self, model, name: str, parent) -> QTableView:
        t = QTableView(parent)
        t.setModel(model)
        t.setAccessibleName(name)
        t.setTabKeyNavigation(False)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.verticalHeader().hide()
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.setMinimumHeight(140)
        return t

    @staticmethod
    def _error(parent) -> QLabel:
        label = QLabel(parent)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    @staticmethod
    def _show(label: QLabel, message: str) -> None:
        label.setText(message)
        label.show()

    def default_criteria(self) -> list[dict[str, Any]]:
        return [
            {"id": "waste_cost", "name": self.tr("Cost of waste"), "weight": 3},
            {"id": "consumption", "name": self.tr("Use of materials and energy"), "weight": 3},
            {"id": "potential", "name": self.tr("Potential to improve"), "weight": 2},
            {"id": "environment", "name": self.tr("Environmental impact"), "weight": 2},
            {"id": "interest", "name": self.tr("Interest of management and staff"), "weight": 1},
        ]

    def matrix(self) -> dict[str, Any]:
        """The stored matrix (a copy), or the default criteria with no scores."""
        stored = self.workspace.assessment.extra.get(FOCUS_MATRIX_KEY)
        if isinstance(stored, dict) and isinstance(stored.get("criteria"), list):
            m = copy.deepcopy(stored)
            m.setdefault("scores", {})
            return m
        return {"criteria": self.default_criteria(), "scores": {}}

    def save_matrix(self, matrix: dict[str, Any], text: str) -> None:
        self.set_extra(FOCUS_MATRIX_KEY, matrix, text)

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
        aid = self.assessment_id
        try:
            self.edit(
                self.tr("Add process step"),
                lambda: self.store.add_process_step(aid, step),
                lambda: self.store.delete_process_step(aid, step.id),
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
        aid, place = self.assessment_id, step.order

        def undo() -> None:
            self.store.add_process_step(aid, step)
            self.store.move_process_step(aid, step.id, place)

        try:
            self.edit(self.tr("Delete process step"), lambda: self.store.delete_process_step(aid, step.id), undo)
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
        aid = self.assessment_id
        self.edit(
            self.tr("Move process step"),
            lambda: self.store.move_process_step(aid, step.id, target + 1),
            lambda: self.store.move_process_step(aid, step.id, row + 1),
        )
        self.steps_table.setCurrentIndex(self.steps_model.index(target, self.steps_table.currentIndex().column()))

    def apply_suggestion(self) -> None:
        best = self.best_step()
        if best is None:
            return
        step = self.workspace.assessment.step(best)
        if step is None or step.focus:
            return
        aid = self.assessment_id
        self.edit(
            self.tr("Make the suggested step the focus"),
            lambda: self.store.update_process_step(aid, best, focus=True),
            lambda: self.store.update_process_step(aid, best, focus=False),
        )

    # -- refresh -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.steps_model.reload()
        self.criteria_model.reload()
        columns = len(self.scores_model.headers())
        if columns != getattr(self, "_score_columns", None):  # its columns follow the criteria
            self._score_columns = columns
            self.scores_model.beginResetModel()
            self.scores_model._rows = self.scores_model.rows()
            self.scores_model.endResetModel()
        else:
            self.scores_model.reload()
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
