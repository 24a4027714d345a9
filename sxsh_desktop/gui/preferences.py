"""Edit ▸ Preferences: the first start's pages (gui/first_run.py) as tabs, with the values in use —
language, profile, signing identity and data folder; OK keeps them, Cancel none."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from ..services.setup import PROFILE_KEY, identity, profile
from . import i18n
from .first_run import DataFolderPage, LanguagePage, ProfilePage, _apply_folder, _apply_identity
from .identity_page import IdentityPage
from .setup_page import fit_to_screen


class PreferencesDialog(QDialog):
    """The first start's pages as tabs, with the values in use: Edit ▸ Preferences."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        from ..config import data_dir

        self.window_ = window
        self.store = window.store
        self.language_page = LanguagePage(window.language, self)
        self.profile_page = ProfilePage(profile(self.store), self)
        self.identity_page = IdentityPage(identity(self.store), self)
        self.identity_page.profile_source = self.profile_page
        self.folder_page = DataFolderPage(data_dir(), self)
        self.tabs = QTabWidget(self)
        self.pages = (self.language_page, self.profile_page, self.identity_page, self.folder_page)
        for page in self.pages:
            self.tabs.addTab(page, "")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.setMinimumSize(600, 440)
        self.retranslate()
        fit_to_screen(self, [self.identity_page, self.profile_page, self.folder_page])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for i, page in enumerate(self.pages):
            self.tabs.setTabText(i, page.title())

    def accept(self) -> None:
        problem = self.identity_page.problem()
        if problem:
            self.tabs.setCurrentWidget(self.identity_page)
            QMessageBox.warning(self, self.tr("Signing identity"), problem)
            return
        super().accept()

    def reject(self) -> None:
        i18n.install(self.window_.language)  # a language tried here is undone
        super().reject()

    def apply(self) -> list[str]:
        """Keep what the tabs say; returns what could not be done."""
        window = self.window_
        self.store.set_meta(PROFILE_KEY, self.profile_page.values())
        problems = _apply_identity(self.identity_page, self.store)
        language = self.language_page.language()
        if language != window.language:
            window.set_language(language)
        else:
            i18n.install(language)
        problems += _apply_folder(window, self.folder_page)
        return problems


def show_preferences(window: Any) -> None:
    dialog = PreferencesDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    problems = dialog.apply()
    if problems:
        QMessageBox.warning(window, QCoreApplication.translate("PreferencesDialog", "Preferences"), "\n".join(problems))
