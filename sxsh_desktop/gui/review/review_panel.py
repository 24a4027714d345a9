"""The review steps of one received assessment: the steps its state allows (TRANSITIONS), a comment
(taken with the step, or on its own) and who reviews (the name of the profile, which may be changed
for this session). Every step is one operation of ReviewStore, logged in the audit log."""

from __future__ import annotations

import logging
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...store.review_ops import TRANSITIONS, ReviewError, ReviewStore
from ..i18n import format_date
from .labels import state_action, state_label
from .received_model import STATE_COLOURS

log = logging.getLogger(__name__)

STEPS = ("has_issues", "approved", "rejected", "received")


def reviewer_name(store) -> str:
    from ..first_run import profile

    try:
        return str((profile(store) or {}).get("name") or "")
    except Exception:  # an unreadable profile: the reviewer types a name
        log.warning("the profile kept in the store cannot be read", exc_info=True)
        return ""


class ReviewPanel(QWidget):
    """`show_state(id, state)` for the assessment shown; emits `changed(id)` after a step or a comment."""

    changed = Signal(str)

    def __init__(self, review: ReviewStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.review = review
        self.assessment_id: str | None = None
        self.state: str | None = None
        self.verdict: str | None = None

        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Review state"))
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        for step in STEPS:
            b = QPushButton(state_action(step), self)
            b.setObjectName(f"step_{step}")
            b.clicked.connect(lambda _checked=False, s=step: self.take_step(s))
            self.buttons[step] = b
            row.addWidget(b)
        row.addStretch(1)
        self.comment = QPlainTextEdit(self)
        self.comment.setPlaceholderText(self.tr("A comment for the consultant (sent with a step, or added on its own)"))
        self.comment.setAccessibleName(self.tr("Comment"))
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(54)
        self.comment_button = QPushButton(self.tr("Add &comment"), self)
        row.addWidget(self.comment_button)
        self.comment_button.clicked.connect(lambda: self.add_comment())
        self.reviewer = QLineEdit(reviewer_name(review.store), self)
        self.reviewer.setAccessibleName(self.tr("Reviewer"))
        self.reviewer.setPlaceholderText(self.tr("Your name, for the audit log"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b23b3b;")
        self.message.hide()

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Review state:"), self.state_label)
        form.addRow(self.tr("Reviewer:"), self.reviewer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.comment)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.show_state(None, None)

    def show_state(
        self, assessment_id: str | None, state: str | None, verdict: str | None = None, by: str = "", at: str = ""
    ) -> None:
        if assessment_id != self.assessment_id:
            self.comment.clear()
            self.message.hide()
        self.assessment_id, self.state, self.verdict = assessment_id, state, verdict
        allowed = TRANSITIONS.get(state or "", ())
        for step, b in self.buttons.items():
            b.setVisible(step in allowed)
        self.comment_button.setEnabled(assessment_id is not None)
        self.comment.setEnabled(assessment_id is not None)
        if state is None:
            self.state_label.setText("–")
        else:
            since = self.tr(" — %1, %2").replace("%1", escape(by)).replace("%2", format_date(at)) if by else ""
            self.state_label.setText(
                f"<b style='color:{STATE_COLOURS.get(state, '#1f2d3a')}'>{escape(state_label(state))}</b>{since}"
            )

    def _who(self) -> str | None:
        return self.reviewer.text().strip() or None

    def _refused(self, exc: ReviewError) -> None:
        from ..forms import error_text

        code = exc.said.code
        text = error_text(exc)  # the store's message in the screen's language
        if code == "review.untrusted":
            text = self.tr(
                "The package was signed by someone this office does not trust: trust the signer first "
                "(“Trust this signer…”), then approve."
            )
        elif code == "review.empty_comment":
            text = self.tr("Write the comment first.")
        self.message.setText(text)
        self.message.show()

    def take_step(self, state: str) -> bool:
        if self.assessment_id is None:
            return False
        comment = self.comment.toPlainText().strip() or None
        try:
            self.review.set_state(self.assessment_id, state, by=self._who(), comment=comment)
        except ReviewError as exc:
            self._refused(exc)
            return False
        self.comment.clear()
        self.message.hide()
        self.changed.emit(self.assessment_id)
        return True

    def add_comment(self) -> bool:
        if self.assessment_id is None:
            return False
        try:
            self.review.add_comment(self.assessment_id, self.comment.toPlainText(), by=self._who())
        except ReviewError as exc:
            self._refused(exc)
            return False
        self.comment.clear()
        self.message.hide()
        self.changed.emit(self.assessment_id)
        return True
