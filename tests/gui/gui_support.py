"""Helpers of the GUI tests that drive widgets as a user does (no tests here)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication


def type_text(widget, text: str) -> None:
    """Type `text` into `widget` key by key, Vietnamese letters too, as a keyboard with an input method
    sends them (QTest.keyClicks knows only Latin-1 keys): one key press and release per character,
    carrying the character."""
    widget.setFocus()
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
