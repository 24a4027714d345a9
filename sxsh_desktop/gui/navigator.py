"""The navigator: the 6 steps and 18 tasks of the method as a tree, each task with its state and a
check box for "done" (an undoable set_task), and the overall progress under it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QProgressBar,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..domain.methodology import STEPS, TASKS
from ..services import edits
from .task_state import DONE, IN_PROGRESS, NOT_STARTED, task_done, task_notes, task_states
from .workspace import Workspace

_STEP = 0  # internal id of a step row; a task row carries its step number
_ROOT = QModelIndex()


def state_icon(state: str, size: int = 14) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = {DONE: QColor("#2e7d32"), IN_PROGRESS: QColor("#f29900"), NOT_STARTED: QColor("#9e9e9e")}[state]
    p.setPen(QPen(colour, 2))
    p.setBrush(QBrush(colour) if state != NOT_STARTED else Qt.BrushStyle.NoBrush)
    if state == IN_PROGRESS:
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(2, 2, size - 4, size - 4)
        p.setBrush(QBrush(colour))
        p.drawPie(2, 2, size - 4, size - 4, 90 * 16, 180 * 16)
    else:
        p.drawEllipse(2, 2, size - 4, size - 4)
    if state == DONE:
        p.setPen(QPen(QColor("white"), 2))
        p.drawPolyline([pt for pt in (_pt(4, 7), _pt(6, 10), _pt(10, 4))])
    p.end()
    return QIcon(pix)


def _pt(x: int, y: int):
    from PySide6.QtCore import QPoint

    return QPoint(x, y)


class NavigatorModel(QAbstractItemModel):
    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self._states: dict[int, str] = {}
        self._icons = {s: state_icon(s) for s in (DONE, IN_PROGRESS, NOT_STARTED)}
        self.reload()
        workspace.changed.connect(self.reload)

    def reload(self) -> None:
        states = task_states(self.workspace.assessment)
        if states != self._states:
            self._states = states
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(len(STEPS) - 1, 0))
                for r in range(len(STEPS)):
                    parent = self.index(r, 0)
                    self.dataChanged.emit(self.index(0, 0, parent), self.index(self.rowCount(parent) - 1, 0, parent))

    def states(self) -> dict[int, str]:
        return dict(self._states)

    # -- structure --------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _STEP) if row < len(STEPS) else QModelIndex()
        if parent.internalId() == _STEP:
            step = STEPS[parent.row()]
            return self.createIndex(row, 0, step.number) if row < len(step.tasks) else QModelIndex()
        return QModelIndex()

    def parent(self, child: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _STEP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _STEP)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(STEPS)
        if parent.internalId() == _STEP:
            return len(STEPS[parent.row()].tasks)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 1

    def task_number(self, index: QModelIndex) -> int | None:
        if not index.isValid() or index.internalId() == _STEP:
            return None
        return STEPS[index.internalId() - 1].tasks[index.row()].number

    def task_index(self, number: int) -> QModelIndex:
        task = TASKS[number]
        step = STEPS[task.step - 1]
        return self.index(step.tasks.index(task), 0, self.index(task.step - 1, 0))

    # -- contents ---------------------------------------------------------------------------------

    def _state_text(self, state: str) -> str:
        return {DONE: self.tr("done"), IN_PROGRESS: self.tr("in progress"), NOT_STARTED: self.tr("not started")}[state]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        lang = self.workspace.language
        number = self.task_number(index)  # type: ignore[arg-type]
        if number is None:
            step = STEPS[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{step.number}. {step.name(lang)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                done = sum(1 for t in step.tasks if self._states.get(t.number) == DONE)
                return self.tr("%1 of %2 tasks done").replace("%1", str(done)).replace("%2", str(len(step.tasks)))
            if role == Qt.ItemDataRole.FontRole:
                from PySide6.QtGui import QFont

                f = QFont()
                f.setBold(True)
                return f
            return None
        state = self._states.get(number, NOT_STARTED)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{number}. {TASKS[number].name(lang)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[state]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if state == DONE else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return (
                self.tr("Task %1: %2").replace("%1", str(number)).replace("%2", self._state_text(state))
                + "\n"
                + TASKS[number].name(lang)
            )
        if role == Qt.ItemDataRole.UserRole:
            return state
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.task_number(index) is not None:  # type: ignore[arg-type]
            base |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren
        return base

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        number = self.task_number(index)
        if number is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.set_done(number, done)
        return True

    def set_done(self, number: int, done: bool) -> None:
        ws = self.workspace
        a = ws.assessment
        was, notes = task_done(a, number), task_notes(a, number)
        if was == done:
            return
        text = (self.tr("Mark task %1 done") if done else self.tr("Mark task %1 not done")).replace("%1", str(number))
        ws.run(edits.set_task(ws.store, ws.assessment_id, number, done, notes, text))


class _WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the tree's current width (long Vietnamese task names)."""

    def __init__(self, tree: QTreeView):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index):
        hint = super().sizeHint(option, index)
        depth = 1 if index.parent().isValid() else 0
        reserved = self.tree.indentation() * (depth + 1) + (44 if depth else 8)
        width = max(80, self.tree.viewport().width() - reserved)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        rect = QFontMetrics(font).boundingRect(QRect(0, 0, width, 2000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(hint.height(), rect.height() + 4))


class _Tree(QTreeView):
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()


class Navigator(QWidget):
    """The tree of steps and tasks, with the overall progress bar under it."""

    task_selected = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = NavigatorModel(workspace, self)
        self.tree = _Tree(self)
        self.tree.setItemDelegate(_WrapDelegate(self.tree))
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Steps and tasks of the assessment"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)  # long Vietnamese task names wrap instead of being cut
        self.tree.setIndentation(14)
        self.tree.setIconSize(QSize(14, 14))
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.expandAll()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, len(TASKS))
        self.progress.setAccessibleName(self.tr("Overall progress"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.progress)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._current_changed)
        self.model.dataChanged.connect(self._update_progress)
        self._update_progress()

    def _update_progress(self, *_args) -> None:
        done = sum(1 for s in self.model.states().values() if s == DONE)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2 tasks done").replace("%1", str(done)).replace("%2", str(len(TASKS))))

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        number = self.model.task_number(index)
        if number is None and index.isValid():
            number = STEPS[index.row()].tasks[0].number
        if number is not None:
            self.task_selected.emit(number)

    def select_task(self, number: int) -> None:
        index = self.model.task_index(number)
        if self.tree.currentIndex() != index:
            self.tree.blockSignals(False)
            sm = self.tree.selectionModel()
            sm.blockSignals(True)
            self.tree.setCurrentIndex(index)
            sm.blockSignals(False)
            self.tree.viewport().update()
