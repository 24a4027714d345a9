"""The first start of a fresh install: language, role, profile, identity, data folder and the sample
assessment (its pages are also Edit ▸ Preferences' tabs: gui/preferences.py).

Every page can be skipped (nothing on it is required) and everything can be changed later in
Edit ▸ Preferences. What is chosen is kept:

* language — in the store (`i18n.remember_language`), applied at once;
* profile — in the store (meta `consultant_profile`): the consultant of each new assessment;
* identity — a self-issued one made here (RSA 3072 + certificate, PKCS#12 in the data folder's
  `identities/`, protected by a passphrase that is never stored), a .p12/.pfx from a CA, checked
  with its passphrase, or a USB token (PKCS#11: library, token label, key label), tested with its
  PIN (asked, never stored); where it is and who it names go to the store (meta `identity`, with
  `kind` "pkcs12" or "pkcs11");
* data folder — in the config file (`sxsh_desktop.config`), because the store lives in it; a change
  takes effect at the next start, and the current database is copied there first when the new
  folder has none, so nothing is left behind.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ..services.settings import ROLE_KEY, UserSettings
from ..services.setup import (
    IDENTITY_KEY,
    PROFILE_KEY,
    change_data_folder,
    default_data_dir,
    identity,
    is_token,
    profile,
)
from . import i18n
from .forms import error_text
from .identity_page import IdentityPage, ask_pin
from .setup_page import SetupPage as _Page
from .setup_page import fit_to_screen
from .setup_page import wrapped_label as _label

log = logging.getLogger(__name__)
__all__ = [
    "IDENTITY_KEY",
    "ROLE_KEY",
    "PROFILE_KEY",
    "FirstRunDialog",
    "IdentityPage",
    "ask_pin",
    "identity",
    "is_token",
    "profile",
]


class LanguagePage(_Page):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.intro = _label(self)
        self.vi = QRadioButton("Tiếng Việt", self)
        self.en = QRadioButton("English", self)
        (self.vi if i18n.normalise(language) == "vi" else self.en).setChecked(True)
        self.group = QButtonGroup(self)
        self.group.addButton(self.vi)
        self.group.addButton(self.en)
        self.group.buttonToggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.vi)
        layout.addWidget(self.en)
        layout.addStretch(1)
        self.retranslate()

    def language(self) -> str:
        return "vi" if self.vi.isChecked() else "en"

    def _toggled(self, _button, checked: bool) -> None:
        if checked:  # the rest of the wizard speaks the language chosen
            i18n.install(self.language())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Language"))
        self.intro.setText(self.tr("The language of the windows. Reports can be made in either language."))


class ProfilePage(_Page):
    def __init__(self, values: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        values = values or {}
        self.intro = _label(self)
        self.name = QLineEdit(values.get("name", ""), self)
        self.organisation = QLineEdit(values.get("organisation", ""), self)
        self.form = QFormLayout()
        self.name_label, self.organisation_label = QLabel(self), QLabel(self)
        self.name_label.setBuddy(self.name)
        self.organisation_label.setBuddy(self.organisation)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.organisation_label, self.organisation)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.retranslate()

    role = "consultant"  # the wizard's role page sets it as this page is shown (initializePage)

    def values(self) -> dict:
        return {"name": self.name.text().strip(), "organisation": self.organisation.text().strip()}

    def initializePage(self) -> None:  # Qt's name: called each time the page is reached by Next
        role_page = getattr(self.wizard(), "role_page", None)
        self.role = role_page.role() if role_page is not None else "consultant"
        self.retranslate()

    def retranslate(self) -> None:
        if self.role == "reviewer":  # the name is who reviews: kept with each review step
            self.setTitle(self.tr("Reviewer profile"))
            self.intro.setText(
                self.tr(
                    "Your name and organisation are kept as the reviewer of each review step you take. "
                    "You can change the name at each step."
                )
            )
            self.name.setAccessibleName(self.tr("Reviewer's name"))
        else:
            self.setTitle(self.tr("Consultant profile"))
            self.intro.setText(
                self.tr(
                    "Your name and organisation are filled in as the consultant of each new "
                    "assessment. You can change them in every assessment."
                )
            )
            self.name.setAccessibleName(self.tr("Consultant's name"))
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.name_label.setText(self.tr("&Name:"))
        self.organisation_label.setText(self.tr("&Organisation:"))


class RolePage(_Page):
    """Who uses this copy: a consultant (assessments, the signing identity, the sample) or a reviewer at
    a Sở Công Thương (the review workspace; no identity nor sample asked)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.intro = _label(self)
        self.consultant = QRadioButton(self)
        self.reviewer = QRadioButton(self)
        self.consultant.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.consultant)
        layout.addWidget(self.reviewer)
        layout.addStretch(1)
        self.retranslate()

    def role(self) -> str:
        return "reviewer" if self.reviewer.isChecked() else "consultant"

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your work"))
        self.intro.setText(
            self.tr("What do you use SXSH Desktop for? Only what your work needs is shown; both stay in the View menu.")
        )
        self.consultant.setText(self.tr("&Consultant: I carry out cleaner-production assessments"))
        self.reviewer.setText(
            self.tr("&Reviewer at a Department of Industry and Trade (Sở Công Thương): I receive and review them")
        )


class DataFolderPage(_Page):
    def __init__(self, current: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.current = current
        self.intro = _label(self)
        self.folder = QLineEdit(self)
        self.folder.textChanged.connect(self.folder.setToolTip)  # a long path is whole in its tooltip
        self._show_folder(str(current))
        self.browse = QPushButton(self)
        self.browse.clicked.connect(lambda: self._browse())
        self.default_button = QPushButton(self)
        self.default_button.clicked.connect(lambda: self._show_folder(str(default_data_dir())))
        self.note = _label(self)
        self.note.setStyleSheet("color: #6b7785;")
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        row.addWidget(self.default_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate()

    def chosen(self) -> Path:
        text = self.folder.text().strip()
        return Path(text).expanduser() if text else self.current

    def changed(self) -> bool:
        return self.chosen().absolute() != self.current.absolute()

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), str(self.chosen()))
        if path:
            self._show_folder(path)

    def _show_folder(self, path: str) -> None:
        """The folder in the field, its start shown (the drive, the user's folder) as in a file dialog."""
        self.folder.setText(path)
        self.folder.setCursorPosition(0)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Data folder"))
        self.intro.setText(
            self.tr(
                "Your assessments are kept in a database in this folder, with automatic "
                "backups beside it. Choose another folder (a second disk, an encrypted "
                "drive) if you wish."
            )
        )
        self.browse.setText(self.tr("&Choose…"))
        self.default_button.setText(self.tr("&Default"))
        self.note.setText(
            self.tr(
                "A new folder is used from the next start. The current database is copied "
                "there if the folder has none; an existing database there is used as it is."
            )
        )

    def apply(self, store) -> Path | None:
        """Remember the folder chosen (and copy the database there when it has none); the new folder, or
        None when it did not change. Raises OSError or StoreError."""
        if not self.changed():
            return None
        target = change_data_folder(store, self.current, self.chosen())
        if target is not None:
            self.current = target
        return target


class SamplePage(_Page):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.intro = _label(self)
        self.sample = QCheckBox(self)
        self.sample.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.sample)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Sample assessment"))
        self.intro.setText(
            self.tr(
                "A complete (fictional) brewery assessment shows every step of the method "
                "with its figures. It can be deleted like any assessment."
            )
        )
        self.sample.setText(self.tr("Open the &sample assessment (a brewery) to look around"))


# -- the first start -------------------------------------------------------------------------------


class FirstRunDialog(QWizard):
    """The first-start wizard. Cancel skips everything; so does Finish without touching a page."""

    def __init__(self, parent: QWidget | None = None, *, language: str | None = None, data_dir: Path | None = None):
        super().__init__(parent)
        from ..config import data_dir as current_data_dir

        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.language_page = LanguagePage(language or getattr(parent, "language", i18n.DEFAULT_LANGUAGE), self)
        self.role_page = RolePage(self)
        self.profile_page = ProfilePage(None, self)
        self.identity_page = IdentityPage(None, self)
        self.identity_page.profile_source = self.profile_page
        self.folder_page = DataFolderPage(data_dir or current_data_dir(), self)
        self.sample_page = SamplePage(self)
        self.page_ids = {}
        for page in (
            self.language_page,
            self.role_page,
            self.profile_page,
            self.identity_page,
            self.folder_page,
            self.sample_page,
        ):
            self.page_ids[page] = self.addPage(page)
        # the fields the rest of the app (and its tests) use
        self.name = self.profile_page.name
        self.organisation = self.profile_page.organisation
        self.sample = self.sample_page.sample
        self.retranslate()
        # as wide as the widest page needs (a radio button cannot wrap its text): an explicit minimum size
        # takes the place of the layout's, so it must not be less than that
        widest = max(page.minimumSizeHint().width() for page in self.page_ids)
        self.setMinimumSize(max(560, widest + 2 * self.fontMetrics().height()), 420)
        fit_to_screen(self, [self.identity_page, self.profile_page, self.folder_page])

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to SXSH Desktop"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip all"))

    def values(self) -> dict:
        return self.profile_page.values()

    def nextId(self) -> int:
        """A reviewer is not asked for a signing identity nor offered the sample assessment."""
        page = self.currentPage()
        if self.role_page.role() == "reviewer":
            if page is self.profile_page:
                return self.page_ids[self.folder_page]
            if page is self.folder_page:
                return -1
        return super().nextId()


def apply_first_run(window, dialog: FirstRunDialog) -> list[str]:
    """Keep what the wizard says (everything when accepted; an empty profile when skipped, so that it
    is not asked again); returns what could not be done, one line each (also shown to the user)."""
    from ..services.documents import load_sample
    from ..store.errors import StoreError

    store = window.store
    accepted = dialog.result() == QDialog.DialogCode.Accepted
    problems: list[str] = []
    store.set_meta(PROFILE_KEY, dialog.values() if accepted else {"name": "", "organisation": ""})
    if not accepted:
        i18n.install(window.language)  # a language tried on the first page is undone
        return problems
    language = dialog.language_page.language()
    i18n.remember_language(store, language)
    if language != window.language:
        window.set_language(language)
    role = dialog.role_page.role()
    UserSettings(store).set_role(role)
    if role == "reviewer":
        problems += _apply_folder(window, dialog.folder_page)
        window.set_mode("review")
        return problems
    problems += _apply_identity(dialog.identity_page, store)
    opened = False
    if dialog.sample.isChecked():
        try:
            result = load_sample(store)
        except StoreError as exc:  # a damaged installation's sample: said, and the rest of the wizard kept
            problems.append(error_text(exc))
        else:
            window.open_assessment(result.assessment_id, 1)
            opened = True
    if not opened and window.start is not None:
        window.start.reload()
    problems += _apply_folder(window, dialog.folder_page)
    return problems


def _apply_identity(page: IdentityPage, store) -> list[str]:
    from ..config import data_dir
    from ..signing.identity import IdentityError

    if page.choice() == "later":
        return []
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        page.apply(store, data_dir())
    except IdentityError as exc:
        return [error_text(exc)]
    finally:
        QApplication.restoreOverrideCursor()
    return []


def _apply_folder(window, page: DataFolderPage) -> list[str]:
    from ..store.errors import StoreError

    try:
        target = page.apply(window.store)
    except (OSError, StoreError) as exc:
        return [
            QCoreApplication.translate("FirstRunDialog", "The data folder was not changed: %1").replace(
                "%1", error_text(exc)
            )
        ]
    if target is not None:
        ask_restart(window, target)
    return []


def ask_restart(window, folder: Path) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("FirstRunDialog", "Data folder"),
        QCoreApplication.translate("FirstRunDialog", "SXSH Desktop uses %1 from the next start. Restart now?").replace(
            "%1", str(folder)
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    if box.exec() == QMessageBox.StandardButton.Yes:
        restart(window)


def restart(window) -> None:
    """Start the app again (the frozen program, or this Python with this script) and quit this one."""
    from PySide6.QtCore import QProcess

    args = sys.argv[1:] if getattr(sys, "frozen", False) else sys.argv
    args = [a for a in args if not a.lower().endswith(".sxsh")]
    window.close()
    if QProcess.startDetached(sys.executable, args)[0]:
        QApplication.quit()
