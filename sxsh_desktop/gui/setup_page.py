"""The base of the first-run wizard's and Preferences' pages: texts set in `retranslate()`, again when
the language changes under the page."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage


def wrapped_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


def scrolled(page: QWidget) -> QVBoxLayout:
    """A layout for the page's content inside a scroll area filling the page: a page taller than the
    room it gets (a small screen, a large scale) scrolls instead of squeezing its fields."""
    content = QWidget(page)
    area = QScrollArea(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    page.content = content
    return QVBoxLayout(content)


def fit_to_screen(dialog: QWidget, pages: list[QWidget]) -> None:
    """The dialog as tall as its tallest page needs (its content's, for a scrolled page), within the
    screen's free height."""
    need = max((getattr(p, "content", p).sizeHint().height() for p in pages), default=0)
    chrome = dialog.fontMetrics().height() * 9  # title, header and buttons
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().height() - 60 if screen is not None else need + chrome
    height = max(dialog.minimumHeight(), min(need + chrome, room))
    dialog.resize(max(dialog.width(), dialog.minimumWidth()), height)


class SetupPage(QWizardPage):
    """A page that sets its texts in `retranslate()` (again when the language changes under it)."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - every page has its own
        raise NotImplementedError
