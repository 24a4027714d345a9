"""One open assessment in the GUI: the store, the undo stack and the current figures.

Pages read `workspace.assessment` and call `workspace.apply(...)` to change anything: the store
operation runs first (so an invalid entry raises and nothing is pushed), then a small undo
command that can run the inverse operation is pushed onto the QUndoStack. Pages refresh on
`changed`, which fires after every operation (including undo and redo).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.model import Assessment


class _DoneCommand(QUndoCommand):
    """An edit that has already been applied; redo() re-applies it only after an undo."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any], workspace: Workspace):
        super().__init__(text)
        self._do, self._undo, self._workspace = do, undo, workspace
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            return
        self._do()
        self._applied = True
        self._workspace.notify()

    def undo(self) -> None:
        self._undo()
        self._applied = False
        self._workspace.notify()


class Workspace(QObject):
    changed = Signal()

    def __init__(self, store: Any, assessment_id: str, language: str = "vi", parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.assessment_id = assessment_id
        self.language = language
        self.undo_stack = QUndoStack(self)
        self._assessment: Assessment | None = None
        self._pending: list[Any] = []  # store changes since the figures were last read
        self.destroyed.connect(store.subscribe(self._on_store_change))

    @property
    def assessment(self) -> Assessment:
        if self._assessment is None:
            self._assessment = self.store.get_assessment(self.assessment_id)
        return self._assessment

    def _on_store_change(self, change: Any) -> None:
        if change.assessment_id == self.assessment_id:
            self._pending.append(change)

    def notify(self) -> None:
        """Bring the figures up to date and tell the pages. Flow edits (the bulk of a consultant's
        typing) re-read only the step they touched; anything else re-reads the assessment."""
        pending, self._pending = self._pending, []
        cached = self._assessment
        if cached is not None and pending and all(c.what == "flow" for c in pending):
            steps = {c.ids[0] for c in pending}
            self._assessment = replace(
                cached,
                process_steps=[
                    replace(s, flows=self.store.get_flows(self.assessment_id, s.id)) if s.id in steps else s
                    for s in cached.process_steps
                ],
            )
        else:
            self._assessment = None
        self.changed.emit()

    def apply(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> Any:
        """Run `do` (a store operation); on success make it undoable with `undo`. Errors propagate."""
        result = do()
        self.undo_stack.push(_DoneCommand(text, do, undo, self))
        self.notify()
        return result
