"""Fields that save when edited and show what is wrong beside themselves.

A `Field` is a line edit with a red message under it. When the user finishes an entry, the field
calls its `commit(text)` (which runs a store operation through the workspace); an entry the
domain refuses (ValidationError, UnitError, StoreError) is shown in red beside the field with
what is expected, the stored value is not touched, and Escape brings the stored value back.
Its entry, a `StoredLineEdit` (also that of the quantity fields), undoes the typing with Ctrl+Z while
an entry is typed, and is the window's Undo once the stored value is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ..domain.message import refusal_text
from ..domain.quantities import UnitError
from ..domain.validation import ValidationError
from ..store.errors import StoreError

EDIT_ERRORS = (ValidationError, UnitError, StoreError, ValueError)
ERROR_STYLE = "color: #b00020;"
INVALID_STYLE = "QLineEdit { border: 2px solid #b00020; }"


def current_language() -> str:
    """The language the screen speaks now (set with the default locale by i18n.install)."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def error_text(exc: BaseException) -> str:
    """The words to show for a refused edit, in the screen's language, the field by its display name."""
    return refusal_text(exc, current_language())


def not_saved(exc: BaseException) -> str:
    return QCoreApplication.translate("Field", "Not saved: %1").replace("%1", error_text(exc))


def refused(typed: str, why: BaseException | str) -> str:
    """The message for an entry that was refused and taken off the field: what was typed (so nothing
    typed is lost) and why, in the screen's language."""
    reason = why if isinstance(why, str) else error_text(why)
    return (
        QCoreApplication.translate("Field", "“%1” was not saved: %2").replace("%1", typed.strip()).replace("%2", reason)
    )


def _undo_key(event: QKeyEvent) -> str | None:
    """Whether the key is an undo (Ctrl+Z) or a redo (Ctrl+Y, Ctrl+Shift+Z): the Edit menu's keys, and the
    platform's own."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    key = event.key()
    if event.matches(QKeySequence.StandardKey.Undo) or (key == Qt.Key.Key_Z and mods == ctrl):
        return "undo"
    if (
        event.matches(QKeySequence.StandardKey.Redo)
        or (key == Qt.Key.Key_Y and mods == ctrl)
        or (key == Qt.Key.Key_Z and mods == ctrl | shift)
    ):
        return "redo"
    return None


class StoredLineEdit(QLineEdit):
    """The entry of a stored value: `show_stored(text)` shows it, unless an entry is being typed there
    (`unchanged`, when given, says instead whether the entry shows what is stored).

    While an entry is being typed, Ctrl+Z (Ctrl+Y, Ctrl+Shift+Z) undoes (redoes) the typing, as in any line
    edit. With the stored value shown, Ctrl+Z is the window's Undo: the last saved edit of the assessment
    goes back, not only the field's text; Ctrl+Y is the window's Redo unless there is typing to redo (it was
    just undone with Ctrl+Z). Escape emits `escaped`."""

    escaped = Signal()

    def __init__(self, parent: QWidget | None = None, unchanged: Callable[[], bool] | None = None):
        super().__init__(parent)
        self._stored = ""
        self._unchanged = unchanged or (lambda: self.text() == self._stored)

    @property
    def stored(self) -> str:
        return self._stored

    def show_stored(self, text: str) -> None:
        """Show the stored value, unless an entry is being typed (it is saved or reverted first)."""
        typing = self.hasFocus() and self.text() != self._stored
        self._stored = text
        if not typing and self.text() != text:
            self.setText(text)

    def _to_window(self, which: str) -> bool:
        return self._unchanged() and (which == "undo" or not self.isRedoAvailable())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            which = _undo_key(event)
            if which is not None:
                if self._to_window(which):
                    event.ignore()  # not the field's own: the shortcut goes on to the window's action
                else:
                    event.accept()  # the typing's: it comes to keyPressEvent
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        which = _undo_key(event)
        if which is not None:  # the typing's undo or redo, whatever the platform's own keys are
            if which == "undo":
                self.undo()
            else:
                self.redo()
            event.accept()
            return
        super().keyPressEvent(event)


class Field(QWidget):
    """A labelled entry: `commit(text)` saves it; a refusal is shown under it and nothing is lost."""

    def __init__(
        self,
        commit: Callable[[str], object],
        placeholder: str = "",
        accessible_name: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._commit = commit
        self._saved = ""
        self._shown = 0  # how many times the stored value was shown: a commit's reload shows it in its own words
        self.edit = StoredLineEdit(self, unchanged=lambda: self.edit.text() == self._saved)
        self.edit.setPlaceholderText(placeholder)
        if accessible_name:
            self.edit.setAccessibleName(accessible_name)
        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(QCoreApplication.translate("Field", "Error"))
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._finished)
        self.edit.escaped.connect(self.revert)

    @property
    def invalid(self) -> bool:
        """The last entry was refused (its message is shown; the field shows what is stored)."""
        return not self.error.isHidden()

    def text(self) -> str:
        return self.edit.text()

    @property
    def saved(self) -> str:
        """The stored value, as the field shows it when nothing new is typed."""
        return self._saved

    def set_value(self, text: str) -> None:
        """Show the stored value (an entry being corrected is kept until it is saved or reverted)."""
        self._saved = text
        self._shown += 1
        self.edit.setToolTip(text)  # the whole of a text longer than the field
        if not self.invalid and self.edit.text() != text:
            self.edit.setText(text)
            self.edit.setCursorPosition(0)

    def revert(self) -> None:
        self._clear_error()
        self.edit.setText(self._saved)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.edit.setStyleSheet(INVALID_STYLE)
        self.edit.setToolTip(message)

    def _clear_error(self) -> None:
        self.error.hide()
        self.error.clear()
        self.edit.setStyleSheet("")
        self.edit.setToolTip(self._saved)

    def flush(self) -> None:
        """Save what is typed if it differs from what is stored (a refusal is shown as usual)."""
        if self.edit.text() != self._saved:
            self._finished()

    def _finished(self) -> None:
        text = self.edit.text()
        if text == self._saved:  # nothing new typed (after a refusal its message stays until the next entry)
            return
        shown = self._shown
        try:
            self._commit(text)
        except EDIT_ERRORS as exc:  # the message keeps what was typed; the field shows what is stored
            self.show_error(refused(text, exc))
            self.edit.setText(self._saved)
            self.edit.setCursorPosition(0)
            return
        if self._shown == shown:
            self._saved = text
        self._clear_error()  # its tooltip: the stored text
        if self._shown != shown and self.edit.text() != self._saved:
            # The page showed what was stored while the entry was saved (its formatting, e.g. "12,000.5
            # tấn/year" for "12.000,5 tấn/năm"): show that, or leaving the field later would save the
            # shown words as a second edit.
            self.edit.setText(self._saved)
            self.edit.setCursorPosition(0)


class NotesEdit(QPlainTextEdit):
    """A multi-line note saved when the focus leaves it (Tab moves on instead of typing a tab)."""

    def __init__(self, commit: Callable[[str], object], accessible_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._commit = commit
        self._saved = ""
        self.setTabChangesFocus(True)
        if accessible_name:
            self.setAccessibleName(accessible_name)

    def set_value(self, text: str) -> None:
        self._saved = text
        if not self.hasFocus() and self.toPlainText() != text:
            self.setPlainText(text)

    def save(self) -> None:
        text = self.toPlainText()
        if text != self._saved:
            self._saved = text
            self._commit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.save()
        super().focusOutEvent(event)
