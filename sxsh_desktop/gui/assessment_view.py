"""The workspace of one assessment: the navigator on the left, the page of the chosen task with
its heading and guide on the right, the results strip along the bottom."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.methodology import TASKS
from .navigator import Navigator
from .pages import registry
from .pages.base import Page
from .results_strip import ResultsStrip
from .workspace import Workspace

log = logging.getLogger(__name__)


class MissingPage(Page):
    """Stands for a page that could not be loaded, and says why (the error, where its report is)."""

    def __init__(
        self, workspace: Workspace, tasks: tuple[int, ...], parent: QWidget | None = None, why: str | None = None
    ):
        self.tasks = tasks
        super().__init__(workspace, parent)
        self.why = why or self.tr("the page is not part of this build")
        label = QLabel(
            self.tr(
                "This page could not be loaded: %1. What is stored is unchanged; the other pages work. "
                "Send the report from the log folder (Help › Open the log folder) to whoever supports the app."
            ).replace("%1", self.why),
            self,
        )
        label.setObjectName("missingPage")
        label.setStyleSheet("#missingPage { color: #b23b3b; }")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        QVBoxLayout(self).addWidget(label, 0, Qt.AlignmentFlag.AlignTop)

    def title(self) -> str:
        return ", ".join(TASKS[t].name(self.workspace.language) for t in self.tasks)

    def guide(self) -> str:
        return ""

    def refresh(self) -> None:
        pass


class PageFrame(QWidget):
    """A page with its heading and its guide above it, scrolled when the screen is small."""

    def __init__(self, page: Page, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = page
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        self.heading.setStyleSheet("#pageHeading { font-size: 15pt; font-weight: bold; }")
        self.heading.setWordWrap(True)
        self.guide = QLabel(self)
        self.guide.setObjectName("pageGuide")
        self.guide.setWordWrap(True)
        self.guide.setTextFormat(Qt.TextFormat.RichText)
        self.guide.setStyleSheet(
            "#pageGuide { background: #eef5ee; border-left: 4px solid #2e7d32; padding: 6px 8px; color: #1b3320; }"
        )
        self.guide.setAccessibleName(self.tr("Guide"))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.guide)
        layout.addWidget(scroll, 1)
        self.update_texts()

    def update_texts(self) -> None:
        self.heading.setText(self.page.title())
        self.heading.setAccessibleName(self.page.title())
        text = self.page.guide()
        self.guide.setText(text)
        self.guide.setVisible(bool(text))


class AssessmentView(QWidget):
    """Navigator + page stack + results strip over one workspace."""

    task_changed = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.navigator = Navigator(workspace, self)
        self.navigator.setMinimumWidth(260)
        self.stack = QStackedWidget(self)
        self.strip = ResultsStrip(workspace, self)
        self._frames: dict[str, PageFrame] = {}
        self.current_task = 1
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 1000])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.strip)
        self.navigator.task_selected.connect(self.show_task)
        workspace.changed.connect(self._retitle)

    @property
    def current_page(self) -> Page | None:
        frame = self.stack.currentWidget()
        return frame.page if isinstance(frame, PageFrame) else None

    def page_for(self, task: int) -> Page:
        """The page of a task, made on first use."""
        entry = registry.entry_for_task(task)
        key = entry.module if entry is not None else f"missing:{task}"
        frame = self._frames.get(key)
        if frame is None:
            cls = registry.load(entry) if entry is not None else None
            page: Page
            if cls is None:
                why = registry.failures.get(entry.module) if entry is not None else None
                page = MissingPage(self.workspace, entry.tasks if entry else (task,), why=why)
            else:
                page = cls(self.workspace, None)
            frame = PageFrame(page, self.stack)
            self._frames[key] = frame
            self.stack.addWidget(frame)
        return frame.page

    def show_task(self, task: int) -> None:
        if task not in TASKS:
            task = 1
        page = self.page_for(task)
        frame = page.parentWidget()
        while frame is not None and not isinstance(frame, PageFrame):
            frame = frame.parentWidget()
        if frame is not None:
            self.stack.setCurrentWidget(frame)
        self.navigator.select_task(task)
        focus_task = getattr(page, "focus_task", None)
        if callable(focus_task) and not self.navigator.tree.hasFocus():  # arrows along the navigator stay in it
            focus_task(task)
        if task != self.current_task:
            self.current_task = task
            self.task_changed.emit(task)

    def flush_edits(self) -> None:
        """Save entries still being typed (before quitting, switching language or leaving)."""
        from .forms import Field, NotesEdit

        for notes in self.findChildren(NotesEdit):
            notes.save()
        for field in self.findChildren(Field):
            field.flush()

    def _retitle(self) -> None:
        frame = self.stack.currentWidget()
        if isinstance(frame, PageFrame):
            frame.update_texts()
