"""What every task page has: the tasks it covers, a short guide, and a refresh from the workspace."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..workspace import Workspace


class Page(QWidget):
    """A page of the workspace. Subclasses set `tasks` (task numbers 1..18 they cover), build
    their widgets in __init__, and redraw from `self.workspace.assessment` in `refresh()`."""

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

    def _on_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if getattr(self, "_stale", True):
            self._stale = False
            self.refresh()
        super().showEvent(event)
