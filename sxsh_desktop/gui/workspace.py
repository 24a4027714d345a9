"""One open assessment in the GUI: the store, the undo stack and the current figures.

Pages read `workspace.assessment` and call `workspace.run(edit)` to change anything, an Edit being a
named store operation with its inverse (services/edits.py): it runs first (so an invalid entry raises
and nothing is pushed), then one undo command that can run the inverse is pushed onto the QUndoStack.
Pages refresh on `changed`, which fires after every operation (including undo and redo).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.model import Assessment
from ..services import edits
from ..services.edits import Edit
from ..store.operations import ChangedElsewhere
from .forms import EDIT_ERRORS, error_text


def delete_rows_text(count: int) -> str:
    """The name of an action deleting `count` rows of a table, as the Edit menu shows it."""
    return QCoreApplication.translate("Workspace", "Delete %n row(s)", "", count)


class EditCommand(QUndoCommand):
    """One Edit (services/edits.py) on the undo stack, already done when pushed. An undo or redo the store
    refuses is shown (`Workspace.refused`) and the stack is put back where it was, so that what the Edit
    menu offers matches what is stored; the refused run changed nothing (one transaction)."""

    def __init__(self, edit: Edit, workspace: Workspace):
        super().__init__(edit.name)
        self.edit, self._workspace = edit, workspace
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            return
        self._run(self.edit.do, applied=True)

    def undo(self) -> None:
        if not self._applied:
            return
        self._run(self.edit.undo, applied=False)

    def _run(self, step: Callable[[], Any], applied: bool) -> None:
        back_to = self._workspace.undo_stack.index()
        try:
            step()
        except EDIT_ERRORS as exc:
            self._workspace.refuse(self.text(), exc, back_to, undoing=not applied)
            return
        self._applied = applied
        self._workspace.notify()


class Workspace(QObject):
    changed = Signal()
    refused = Signal(str)  # an undo or redo the store refused, in words

    def __init__(self, store: Any, assessment_id: str, language: str = "vi", parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.assessment_id = assessment_id
        self.language = language
        self.undo_stack = QUndoStack(self)
        self._assessment: Assessment | None = None
        self._pending: list[Any] = []  # store changes since the figures were last read
        self._gathered: list[Edit] | None = None  # the Edits of `together`, while it runs
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

    def run(self, edit: Edit) -> Any:
        """Do the Edit; when it went through, push it (one undo step). Errors propagate, nothing is pushed.
        Inside `together`, the Edit is gathered instead."""
        if self._gathered is not None:
            if not edit.ops:
                raise TypeError(f"{edit.name!r} is not made of store operations: it cannot be done together")
            self._gathered.append(edit)
            return None
        result = edit.do()
        self.undo_stack.push(EditCommand(edit, self))
        self.notify()
        return result

    @contextmanager
    def together(self, name: Callable[[int], str]) -> Iterator[None]:
        """The Edits run inside, gathered into one (a fill-down, a paste): one store transaction, one undo
        step, named `name(how many)`; none when nothing was gathered. A refusal inside, or in the store,
        stores nothing; it propagates."""
        if self._gathered is not None:
            raise RuntimeError("Edits are already being gathered.")
        gathered: list[Edit] = []
        self._gathered = gathered
        try:
            yield
        finally:
            self._gathered = None
        if gathered:
            ops = [op for e in gathered for op in e.ops]
            self.run(edits.operations(self.store, name(len(gathered)), ops))

    def refuse(self, name: str, exc: BaseException, back_to: int, undoing: bool = True) -> None:
        """An undo or redo of `name` was refused: say so, and put the stack back at `back_to` once Qt has
        finished moving it (the command's own undo/redo do nothing then: it did not change state)."""
        if isinstance(exc, ChangedElsewhere):
            why = self.tr(
                "what it would change was changed in another place since (another window, the command line); "
                "it is left as it is"
            )
        else:
            why = error_text(exc)
        text = self.tr("“%1” could not be undone: %2") if undoing else self.tr("“%1” could not be redone: %2")
        self.refused.emit(text.replace("%1", name).replace("%2", why))
        QTimer.singleShot(0, lambda: self.undo_stack.setIndex(back_to))
        self.notify()
