"""Tasks 17 and 18: how cleaner production is kept going, and the next audit focus.

The measures taken, the next focus and the date of the next review are the assessment's `maintenance`
(domain/model.py: Maintenance); the plan and the reasons are the notes of tasks 17 and 18."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import MAINTENANCE_MEASURES, Maintenance
from ...services import edits
from ..forms import Field, NotesEdit
from ..i18n import date_format
from ..workspace import Workspace
from .base import Page

MEASURES = MAINTENANCE_MEASURES


def parse_date(text: str) -> str:
    """An ISO date from 'YYYY-MM-DD' or the locale's short date ('31/12/2025'); '' for empty."""
    text = text.strip()
    if not text:
        return ""
    for fmt in ("yyyy-MM-dd", date_format(), "d/M/yyyy", "d.M.yyyy"):
        d = QDate.fromString(text, fmt)
        if d.isValid():
            return d.toString("yyyy-MM-dd")
    raise ValueError(
        QCoreApplication.translate(
            "MaintainingPage", "'%1' is not a date; write it like 31/12/2025 or 2025-12-31"
        ).replace("%1", text)
    )


class MaintainingPage(Page):
    tasks = (17, 18)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        sustain = QGroupBox(self.tr("Sustaining cleaner production (task 17)"), self)
        self.measures: dict[str, QCheckBox] = {}
        labels = {
            "responsibilities": self.tr("A person is responsible for each implemented solution"),
            "procedures": self.tr("New practices are written into work instructions"),
            "training": self.tr("Operators and new staff are trained"),
            "monitoring": self.tr("Consumption per unit product is monitored every month"),
            "management_system": self.tr("CP is part of the management system (ISO 9001/14001/50001)"),
            "incentives": self.tr("Staff ideas and savings are rewarded"),
            "team_meetings": self.tr("The CP team meets regularly"),
        }
        grid = QGridLayout()
        for i, key in enumerate(MEASURES):
            box = QCheckBox(labels[key], sustain)
            box.toggled.connect(lambda on, k=key: self.set_measure(k, on))
            self.measures[key] = box
            grid.addWidget(box, i // 2, i % 2)
        self.plan = NotesEdit(lambda text: self.set_task_notes(17, text), self.tr("How CP is sustained"), sustain)
        self.plan.setPlaceholderText(
            self.tr(
                "How the solutions are kept working: who checks what, how often, "
                "which indicators are reported to management …"
            )
        )
        plan_label = QLabel(self.tr("&Plan:"), sustain)
        plan_label.setBuddy(self.plan)
        sl = QVBoxLayout(sustain)
        sl.addLayout(grid)
        sl.addWidget(plan_label)
        sl.addWidget(self.plan, 1)

        nxt = QGroupBox(self.tr("The next audit focus (task 18)"), self)
        self.next_focus = QComboBox(nxt)
        self.next_focus.setAccessibleName(self.tr("Next audit focus"))
        self.next_focus.activated.connect(self._focus_chosen)
        self.review_date = Field(self._date_commit, self.tr("e.g. 31/12/2025"), self.tr("Next review"), nxt)
        self.reason = NotesEdit(lambda text: self.set_task_notes(18, text), self.tr("Why this focus next"), nxt)
        self.reason.setPlaceholderText(self.tr("Why this step next: what the monitoring showed, remaining waste …"))
        self.reason.setMaximumHeight(90)
        form = QFormLayout(nxt)
        focus_label = QLabel(self.tr("Next &focus:"), nxt)
        focus_label.setBuddy(self.next_focus)
        date_label = QLabel(self.tr("Next re&view:"), nxt)
        date_label.setBuddy(self.review_date.edit)
        reason_label = QLabel(self.tr("&Reason:"), nxt)
        reason_label.setBuddy(self.reason)
        form.addRow(focus_label, self.next_focus)
        form.addRow(date_label, self.review_date)
        form.addRow(reason_label, self.reason)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(sustain, 3)
        layout.addWidget(nxt, 2)

    def title(self) -> str:
        return self.tr("Maintaining cleaner production")

    def guide(self) -> str:
        return self.tr(
            "Tasks 17–18. Solutions fade unless someone keeps them: tick what the facility has put in "
            "place and write the plan (who, how often, which indicators). Then choose the next audit "
            "focus, usually the step that now wastes most, and when the team will review it."
        )

    def focus_task(self, task: int) -> None:
        (self.next_focus if task == 18 else self.measures[MEASURES[0]]).setFocus()

    # -- edits -----------------------------------------------------------------------------------

    def maintenance(self) -> dict[str, Any]:
        m = self.workspace.assessment.maintenance
        value = {"measures": list(m.measures), "next_focus": m.next_focus, "review_date": m.review_date or ""}
        return {k: v for k, v in value.items() if v not in ("", [], None)}

    def _save(self, value: dict[str, Any], text: str) -> None:
        old = self.workspace.assessment.maintenance
        new = Maintenance(
            measures=list(value.get("measures") or []),
            next_focus=value.get("next_focus") or "",
            review_date=value.get("review_date") or None,
            extra=dict(old.extra),
        )
        edit = edits.set_maintenance(self.store, self.assessment_id, old, new, text)
        if edit is not None:
            self.workspace.run(edit)

    def set_measure(self, key: str, on: bool) -> None:
        m = self.maintenance()
        current = set(m.get("measures") or [])
        current = current | {key} if on else current - {key}
        measures = [k for k in MEASURES if k in current]
        if measures == (m.get("measures") or []):
            return
        m["measures"] = measures
        self._save(m, self.tr("Sustaining measure"))

    def _focus_chosen(self, index: int) -> None:
        step_id = self.next_focus.itemData(index) or ""
        m = self.maintenance()
        if m.get("next_focus", "") == step_id:
            return
        m["next_focus"] = step_id
        self._save(m, self.tr("Next audit focus"))

    def _date_commit(self, text: str) -> None:
        iso = parse_date(text)
        m = self.maintenance()
        m["review_date"] = iso
        self._save(m, self.tr("Next review date"))

    # -- refresh ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        a = self.workspace.assessment
        m = self.maintenance()
        chosen = set(m.get("measures") or [])
        for key, box in self.measures.items():
            box.blockSignals(True)
            box.setChecked(key in chosen)
            box.blockSignals(False)
        self.next_focus.blockSignals(True)
        self.next_focus.clear()
        self.next_focus.addItem(self.tr("(not chosen yet)"), "")
        for s in sorted(a.process_steps, key=lambda s: s.order):
            self.next_focus.addItem(f"{s.order}. {s.name}" + (self.tr(" (current focus)") if s.focus else ""), s.id)
        current = m.get("next_focus", "")
        i = self.next_focus.findData(current)
        if i < 0 and current:
            self.next_focus.addItem(current, current)
            i = self.next_focus.count() - 1
        self.next_focus.setCurrentIndex(max(i, 0))
        self.next_focus.blockSignals(False)
        iso = m.get("review_date", "")
        d = QDate.fromString(iso, "yyyy-MM-dd")
        self.review_date.set_value(QLocale().toString(d, date_format()) if d.isValid() else iso)
        self.plan.set_value(self.task_notes(17))
        self.reason.set_value(self.task_notes(18))
