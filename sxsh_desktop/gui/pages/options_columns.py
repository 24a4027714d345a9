"""The columns of the options page: the options table (id, title, category, step, cost class, screening,
status, and the payback, NPV and IRR computed from the figures, each sortable) and the resource savings of
the option chosen. A mixin of OptionsPage: it reads the page's workspace, economics and editing methods."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex

from ...domain.display import unit_label
from ...domain.economics import Economics, option_economics
from ...domain.methodology import (
    COST_CLASS_LABELS,
    OPTION_CATEGORY_LABELS,
    OPTION_STATUS_LABELS,
    SCREENING_LABELS,
)
from ...domain.model import COST_CLASSES, OPTION_CATEGORIES, OPTION_STATUSES, SCREENINGS, Option
from ...domain.quantities import UnitError
from ...domain.validation import resource_kinds
from ..models.rows import Column
from ..widgets.common import money, percent
from ..widgets.quantity import format_value
from ..widgets.resources import resource_label

(COL_ID, COL_TITLE, COL_CATEGORY, COL_STEP, COL_COST, COL_SCREENING, COL_STATUS, COL_PAYBACK, COL_NPV, COL_IRR) = range(
    10
)
_FAR = 1e300


def _rounded(years: float | None, language: str) -> str:
    return "" if years is None else format_value(round(years, 1), language)


def _percent_of(fraction: float | None, language: str) -> str:
    return "" if fraction is None else percent(fraction * 100, language, 0)


def _descending(value: float | None) -> float:
    """The sort key of a figure shown largest first, an empty one last."""
    return _FAR if value is None else -value


class OptionColumns:
    """Needs of the page: workspace, model, savings_model, _economics, rate(), _lang(), _edit(), _edit_saving()."""

    workspace: Any
    model: Any
    savings_model: Any
    _economics: dict[str, Economics]

    # given by the page and OptionEdits (annotations, not stub methods: see OptionEdits)
    tr: Callable[..., str]
    rate: Callable[[], float]
    _lang: Callable[[], str]
    _edit: Callable[..., None]
    _edit_saving: Callable[..., None]

    def _choice_lists(self) -> Any:
        def choices(which: str) -> list[tuple[Any, str]]:
            lang = self._lang()
            if which == "category":
                return [(c, OPTION_CATEGORY_LABELS[c](lang)) for c in OPTION_CATEGORIES]
            if which == "cost":
                return [(c, COST_CLASS_LABELS[c](lang)) for c in COST_CLASSES]
            if which == "screening":
                return [(None, ""), *((c, SCREENING_LABELS[c](lang)) for c in SCREENINGS)]
            if which == "status":
                return [(c, OPTION_STATUS_LABELS[c](lang)) for c in OPTION_STATUSES]
            steps = sorted(self.workspace.assessment.process_steps, key=lambda s: s.order)
            return [(None, ""), *((s.id, f"{s.order}. {s.name}") for s in steps)]

        return choices

    def _step_name(self, step_id: str | None) -> str:
        s = self.workspace.assessment.step(step_id) if step_id else None
        return s.name if s else (step_id or "")

    def _columns(self) -> list[Column]:
        lang = self._lang

        def econ(o: Option) -> Economics:
            return self._economics.get(o.id) or option_economics(o, self.rate())

        def title_commit(o: Option, text: Any) -> None:
            text = str(text or "").strip()
            if not text:
                raise UnitError(self.tr("An option needs a title."))
            self._edit(o, title=text)

        return [
            Column(self.tr("ID"), lambda o: o.id, sort=lambda o: self.model.row_of(o.id)),
            Column(self.tr("Option"), lambda o: o.title, lambda o: o.title, title_commit, tooltip=lambda o: o.title),
            Column(
                self.tr("Category"),
                lambda o: OPTION_CATEGORY_LABELS[o.category](lang()),
                lambda o: o.category,
                lambda o, v: self._edit(o, category=v),
            ),
            Column(
                self.tr("Process step"),
                lambda o: self._step_name(o.process_step),
                lambda o: o.process_step,
                lambda o, v: self._edit(o, process_step=v),
            ),
            Column(
                self.tr("Cost class"),
                lambda o: COST_CLASS_LABELS[o.cost_class](lang()),
                lambda o: o.cost_class,
                lambda o, v: self._edit(o, cost_class=v),
            ),
            Column(
                self.tr("Screening"),
                lambda o: SCREENING_LABELS[o.screening](lang()) if o.screening else "",
                lambda o: o.screening,
                lambda o, v: self._edit(o, screening=v),
            ),
            Column(
                self.tr("Status"),
                lambda o: OPTION_STATUS_LABELS[o.status](lang()),
                lambda o: o.status,
                lambda o, v: self._edit(o, status=v),
            ),
            Column(
                self.tr("Payback, years"),
                lambda o: _rounded(econ(o).payback_years, lang()),
                numeric=True,
                sort=lambda o: econ(o).payback_years if econ(o).payback_years is not None else _FAR,
            ),
            Column(
                self.tr("NPV, VND"),
                lambda o: money(econ(o).npv_vnd, lang()),
                numeric=True,
                sort=lambda o: _descending(econ(o).npv_vnd),
                alert=lambda o: (econ(o).npv_vnd or 0) < 0,
            ),
            Column(
                self.tr("IRR"),
                lambda o: _percent_of(econ(o).irr, lang()),
                numeric=True,
                sort=lambda o: _descending(econ(o).irr),
            ),
        ]

    def _saving_columns(self) -> list[Column]:
        lang = self._lang
        return [
            Column(
                self.tr("Resource"),
                lambda r: resource_label(r[1].resource, lang()),
                lambda r: r[1].resource,
                lambda r, v: self._edit_saving(r[0], resource=v),
            ),
            Column(
                self.tr("Saving per year"),
                lambda r: f"{format_value(r[1].quantity.value, lang())} {unit_label(r[1].quantity.unit, lang())}",
                lambda r: r[1].quantity,
                lambda r, v: self._edit_saving(r[0], quantity=v),
                numeric=True,
            ),
        ]

    def _saving_kinds(self, index: QModelIndex) -> tuple[str, ...] | None:
        rows = self.savings_model.rows
        return resource_kinds(rows[index.row()][1].resource) if 0 <= index.row() < len(rows) else None
