"""The base of the first-run wizard's and Preferences' pages: texts set in `retranslate()`, again when
the language changes under the page."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget, QWizardPage


def wrapped_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


class SetupPage(QWizardPage):
    """A page that sets its texts in `retranslate()` (again when the language changes under it)."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - every page has its own
        raise NotImplementedError
