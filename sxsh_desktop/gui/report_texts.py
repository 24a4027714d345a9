"""The consultant's own summary (tóm tắt) and conclusions and recommendations (kết luận và kiến nghị) for the
report, edited where the report is made (File › Export report…).

Each editor keeps what is typed: a pause in typing (SAVE_AFTER_MS), leaving the editor or exporting saves it
as one named edit with its inverse (services/edits.set_report_text), undoable from the workspace's Edit
menu. Left empty, the report writes these chapters itself from the figures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QWidget

from ..services import edits
from .forms import EDIT_ERRORS, ERROR_STYLE, not_saved

SAVE_AFTER_MS = 800


class ReportTextEdit(QPlainTextEdit):
    """One of the report's texts. `save()` stores what is shown when it differs from what is stored."""

    def __init__(self, owner: ReportTextsBox, which: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.owner, self.which = owner, which
        self.setTabChangesFocus(True)
        self.setAccessibleName(accessible_name)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_AFTER_MS)
        self.timer.timeout.connect(self.save)
        self.textChanged.connect(self._typed)
        self._loading = False

    def show_stored(self, text: str) -> None:
        if self.toPlainText() != text:
            self._loading = True
            self.setPlainText(text)
            self._loading = False

    def _typed(self) -> None:
        if not self._loading:
            self.timer.start()

    def save(self) -> None:
        self.timer.stop()
        self.owner.save(self.which, self.toPlainText())

    def focusOutEvent(self, event) -> None:
        self.save()
        super().focusOutEvent(event)


class ReportTextsBox(QGroupBox):
    """The two texts of one assessment. With a workspace the edits go on its undo stack; without one (a
    dialog opened on a store alone) each edit is done directly."""

    def __init__(self, store: Any, assessment_id: str, workspace: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("The consultant's texts"))
        self.store, self.assessment_id, self.workspace = store, assessment_id, workspace
        self.summary = ReportTextEdit(self, "executive_summary", self.tr("Summary"), self)
        self.conclusions = ReportTextEdit(self, "conclusions", self.tr("Conclusions and recommendations"), self)
        self.summary.setPlaceholderText(self.tr("Empty: the report writes the summary from the figures."))
        self.conclusions.setPlaceholderText(
            self.tr("Empty: the report writes the conclusions and recommendations from the figures.")
        )
        for editor in (self.summary, self.conclusions):
            editor.setMinimumHeight(60)
            editor.setMaximumHeight(96)
        self.note = QLabel(self.tr("What you write here is printed instead of the report's own text."), self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6b77;")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        form = QFormLayout(self)
        summary_label = QLabel(self.tr("S&ummary:"), self)
        summary_label.setBuddy(self.summary)
        conclusions_label = QLabel(self.tr("C&onclusions and\nrecommendations:"), self)
        conclusions_label.setBuddy(self.conclusions)
        form.addRow(self.note)
        form.addRow(summary_label, self.summary)
        form.addRow(conclusions_label, self.conclusions)
        form.addRow(self.error)
        self.refresh()
        if workspace is not None:
            workspace.changed.connect(self.refresh)  # an undo from the Edit menu shows here too

    def stored(self, which: str) -> str:
        a = self.store.get_assessment(self.assessment_id)
        return str(getattr(a, which))

    def refresh(self) -> None:
        a = self.store.get_assessment(self.assessment_id)
        for editor in (self.summary, self.conclusions):
            if not editor.hasFocus():
                editor.show_stored(getattr(a, editor.which))

    def save(self, which: str, text: str) -> None:
        old = self.stored(which)
        names = {
            "executive_summary": self.tr("Edit the report's summary"),
            "conclusions": self.tr("Edit the report's conclusions"),
        }
        edit = edits.set_report_text(self.store, self.assessment_id, which, old, text, names[which])
        if edit is None:
            return
        try:
            if self.workspace is not None:
                self.workspace.run(edit)
            else:
                edit.do()
        except EDIT_ERRORS as exc:
            self.error.setText(not_saved(exc))
            self.error.show()
            return
        self.error.hide()

    def save_all(self) -> None:
        self.summary.save()
        self.conclusions.save()
