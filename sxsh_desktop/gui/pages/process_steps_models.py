"""The tables of tasks 2 and 3, on the GUI's one table model (gui/models/rows.py): the process steps in
their order, the focus criteria with their weights, and the steps scored against the criteria (the last
column their weighted total, the best step in bold)."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

from ...domain.model import MAX_FOCUS_SCORE, ProcessStep
from ...domain.quantities import parse_number, parse_quantity
from ...services import edits
from ..i18n import format_quantity, format_value
from ..models.rows import Column, RowsModel

if TYPE_CHECKING:  # pragma: no cover
    from .process_steps import ProcessStepsPage

MAX_SCORE = MAX_FOCUS_SCORE


def weighted_totals(matrix: dict[str, Any], step_ids: list[str]) -> dict[str, float]:
    criteria = matrix.get("criteria") or []
    scores = matrix.get("scores") or {}
    return {
        sid: sum(float(c.get("weight", 1)) * float((scores.get(sid) or {}).get(c["id"], 0)) for c in criteria)
        for sid in step_ids
    }


def _ordered_steps(page: ProcessStepsPage) -> list[ProcessStep]:
    return sorted(page.workspace.assessment.process_steps, key=lambda s: s.order)


class StepsModel(RowsModel):
    def __init__(self, page: ProcessStepsPage):
        super().__init__([], parent=page, source=lambda: _ordered_steps(page))
        self.page = page
        self.set_columns(self._columns())

    def _columns(self) -> list[Column]:
        def counts(s: ProcessStep) -> str:
            ins = sum(1 for f in s.flows if f.direction == "input")
            return f"{ins} / {len(s.flows) - ins}"

        return [
            Column(lambda: self.tr("Order"), lambda s: str(s.order)),
            Column(lambda: self.tr("Process step"), lambda s: s.name, commit=self._rename),
            Column(lambda: self.tr("Code"), lambda s: s.id, commit=self._recode),
            Column(
                lambda: self.tr("Flows recorded per"),
                lambda s: format_quantity(s.basis),
                commit=self._rebase,
                tooltip=lambda _s: self.tr(
                    "The amount of product the step's flows are recorded for, e.g. '100 hL' or '1 t'"
                ),
            ),
            Column(lambda: self.tr("Focus"), lambda _s: "", commit=self._refocus, checked=lambda s: s.focus),
            Column(lambda: self.tr("Inputs / outputs"), counts),
        ]

    def _update(self, step: ProcessStep, changes: dict[str, Any], text: str = "") -> None:
        page = self.page
        edit = edits.update_process_step(
            page.store, page.assessment_id, step, changes, text or self.tr("Edit process step")
        )
        if edit is not None:
            page.workspace.run(edit)

    def _rename(self, step: ProcessStep, value: Any) -> None:
        self._update(step, {"name": str(value).strip()})

    def _recode(self, step: ProcessStep, value: Any) -> None:
        new_id = str(value).strip()
        if not new_id:
            raise ValueError(self.tr("a code is required (letters, digits, '-')"))
        self._update(step, {"id": new_id}, self.tr("Change step code"))

    def _rebase(self, step: ProcessStep, value: Any) -> None:
        basis = parse_quantity(str(value), self.tr("basis"), self.page.language)
        self._update(step, {"basis": basis})

    def _refocus(self, step: ProcessStep, on: bool) -> None:
        self._update(step, {"focus": bool(on)})


class CriteriaModel(RowsModel):
    def __init__(self, page: ProcessStepsPage):
        super().__init__([], parent=page, source=lambda: page.matrix()["criteria"])
        self.page = page
        self.set_columns(
            [
                Column(
                    lambda: self.tr("Criterion"), lambda c: c["name"], commit=self._rename, tooltip=lambda c: c["name"]
                ),
                Column(
                    lambda: self.tr("Weight"), lambda c: format_value(float(c.get("weight", 1))), commit=self._reweigh
                ),
            ]
        )

    def _index(self, criterion: dict[str, Any]) -> int:
        return next(i for i, c in enumerate(self.rows) if c is criterion)

    def _rename(self, criterion: dict[str, Any], value: Any) -> None:
        matrix = self.page.matrix()
        matrix["criteria"][self._index(criterion)]["name"] = str(value).strip()
        self.page.save_matrix(matrix, self.tr("Edit focus criterion"))

    def _reweigh(self, criterion: dict[str, Any], value: Any) -> None:
        weight = parse_number(str(value), self.tr("weight"), self.page.language)
        if not 0 <= weight <= 10:
            raise ValueError(self.tr("a weight from 0 to 10"))
        matrix = self.page.matrix()
        matrix["criteria"][self._index(criterion)]["weight"] = weight
        self.page.save_matrix(matrix, self.tr("Edit focus criterion"))


class ScoresModel(RowsModel):
    """Steps × criteria: each cell a score 0–5; the last column the weighted total."""

    def __init__(self, page: ProcessStepsPage):
        super().__init__([], parent=page, source=lambda: _ordered_steps(page))
        self.page = page

    def criteria(self) -> list[dict[str, Any]]:
        return self.page.matrix()["criteria"]

    def refresh(self) -> None:
        """Columns that follow the criteria (their names and number), then the rows."""
        columns = self._columns()
        if [c.header for c in columns] != self.headers():
            self.set_columns(columns)
        self.reload()

    def _best(self, step: ProcessStep) -> bool:
        return step.id == self.page.best_step()

    def _columns(self) -> list[Column]:
        criteria = self.criteria()
        score_tip = self.tr("Score from 0 (not at all) to 5 (very much)")

        def score(criterion_id: str) -> Column:
            def text(step: ProcessStep) -> str:
                value = (self.page.matrix()["scores"].get(step.id) or {}).get(criterion_id)
                return "" if value is None else format_value(float(value))

            return Column(
                "",
                text,
                commit=lambda step, v: self._score(step, criterion_id, v),
                tooltip=lambda _s: score_tip,
                bold=self._best,
                centred=True,
            )

        columns = [Column(lambda: self.tr("Process step"), lambda s: s.name, tooltip=lambda s: s.name, bold=self._best)]
        for c in criteria:
            column = score(c["id"])
            column.header = textwrap.fill(c["name"], 16)
            columns.append(column)
        columns.append(
            Column(
                lambda: textwrap.fill(self.tr("Weighted total"), 10),
                lambda s: format_value(weighted_totals(self.page.matrix(), [s.id])[s.id]),
                bold=self._best,
                centred=True,
            )
        )
        return columns

    def _score(self, step: ProcessStep, criterion_id: str, value: Any) -> None:
        text = str(value).strip()
        matrix = self.page.matrix()
        scores = matrix["scores"].setdefault(step.id, {})
        if not text:
            scores.pop(criterion_id, None)
        else:
            score = parse_number(text, self.tr("score"), self.page.language)
            if score != int(score) or not 0 <= score <= MAX_SCORE:
                raise ValueError(self.tr("a whole number from 0 to 5"))
            scores[criterion_id] = int(score)
        self.page.save_matrix(matrix, self.tr("Score a process step"))
