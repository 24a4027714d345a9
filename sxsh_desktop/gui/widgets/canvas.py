"""A matplotlib chart inside a page: a Figure made by a function, drawn on a Qt canvas.

matplotlib is imported on the first draw, never at start-up. Redraws are coalesced: `redraw(fn)`
records the function and draws once control returns to the event loop (and only while the chart
is visible), so a burst of edits costs one drawing. A function that returns None shows a short
text instead of an empty plot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

FigureFunction = Callable[[], Any]  # returns a matplotlib Figure or None


class ChartView(QWidget):
    def __init__(self, name: str, empty_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._stack = QStackedLayout(self)
        self._empty = QLabel(empty_text, self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setStyleSheet("color: #6b7785;")
        self._stack.addWidget(self._empty)
        self._canvas: Any = None
        self._function: FigureFunction | None = None
        self._pending = False
        self.figure: Any = None
        self.draw_count = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)

    def set_empty_text(self, text: str) -> None:
        self._empty.setText(text)

    def redraw(self, function: FigureFunction) -> None:
        """Draw `function()` soon (once, however many times this is called before)."""
        self._function = function
        self._pending = True
        if self.isVisible():
            self._timer.start()

    def flush(self) -> None:
        """Draw now if a redraw is pending."""
        if not self._pending or self._function is None:
            return
        self._pending = False
        fig = self._function()
        self.draw_count += 1
        self.figure = fig
        if fig is None:
            self._stack.setCurrentWidget(self._empty)
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        canvas = FigureCanvasQTAgg(fig)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumSize(10, 10)
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        canvas.setAccessibleName(self.accessibleName())
        old = self._canvas
        self._canvas = canvas
        self._stack.addWidget(canvas)
        self._stack.setCurrentWidget(canvas)
        if old is not None:
            self._stack.removeWidget(old)
            old.deleteLater()
        canvas.draw_idle()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._pending:
            self._timer.start()
