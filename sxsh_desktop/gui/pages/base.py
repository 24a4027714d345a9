"""What every task page has: the tasks it covers, a short guide, and a refresh from the workspace,
with small helpers for undoable edits (`run`) and the notes of a task."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ...services import edits
from ...services.edits import Edit
from ..workspace import Workspace


class Page(QWidget):
    """A page of the workspace. Subclasses set `tasks` (task numbers 1..18 they cover), build
    their widgets in __init__, and redraw from `self.workspace.assessment` in `refresh()`.

    Optional hooks the shell calls when present: `focus_task(task)` (the navigator moved to one of
    the page's tasks) and `focus_first_field()` (a new assessment was just made)."""

    tasks: tuple[int, ...] = ()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        workspace.changed.connect(self._on_changed)

    def title(self) -> str:
        """The page's heading, translated (self.tr)."""
        raise NotImplementedError

    def guide(self) -> str:
        """A few sentences: what the task is for and what to record (self.tr)."""
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    # -- helpers for subclasses ----------------------------------------------------------------

    @property
    def store(self) -> Any:
        return self.workspace.store

    @property
    def assessment_id(self) -> str:
        return self.workspace.assessment_id

    @property
    def language(self) -> str:
        return self.workspace.language

    def run(self, edit: Edit | None) -> None:
        """Do a named edit (services/edits.py) as one undo step; None (nothing changes) does nothing.
        Errors propagate, nothing is pushed."""
        if edit is not None:
            self.workspace.run(edit)

    def set_task_notes(self, task: int, notes: str) -> None:
        """Keep the notes of a task (its done flag unchanged), undoably."""
        a = self.workspace.assessment
        t = next((t for t in a.tasks if t.task == task), None)
        done, old = (t.done, t.notes) if t is not None else (False, "")
        if old == notes:
            return
        text = QCoreApplication.translate("Page", "Notes of task %1").replace("%1", str(task))
        self.run(edits.set_task(self.store, self.assessment_id, task, done, notes, text))

    def task_notes(self, task: int) -> str:
        return next((t.notes for t in self.workspace.assessment.tasks if t.task == task), "")

    # -- refresh when shown ----------------------------------------------------------------------

    def _on_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if getattr(self, "_stale", True):
            self._stale = False
            self.refresh()
        super().showEvent(event)
