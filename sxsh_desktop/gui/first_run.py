"""The first start of a fresh install, and Preferences: language, consultant profile, identity, data
folder, and (first start only) the sample assessment.

Every page can be skipped (nothing on it is required) and everything can be changed later in
Edit ▸ Preferences, which shows the same pages as tabs. What is chosen is kept:

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
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from . import i18n

PROFILE_KEY = "consultant_profile"
IDENTITY_KEY = "identity"
MIN_PASSPHRASE = 8

log = logging.getLogger(__name__)


def profile(store) -> dict | None:
    value = store.get_meta(PROFILE_KEY)
    return value if isinstance(value, dict) else None


def identity(store) -> dict | None:
    value = store.get_meta(IDENTITY_KEY)
    return value if isinstance(value, dict) else None


def is_token(meta: dict | None) -> bool:
    """A USB token (PKCS#11) identity; without `kind` (kept before tokens were offered) a .p12 file."""
    return bool(meta) and meta.get("kind") == "pkcs11"


def ask_pin(parent: QWidget, token_label: str) -> str | None:
    """The token's PIN, typed now (never stored); None when the user cancels."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("IdentityPage", "USB token"),
        QCoreApplication.translate("IdentityPage", "PIN of the USB token %1:").replace("%1", token_label),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def default_data_dir() -> Path:
    import platformdirs

    from ..config import APP_NAME

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


class _Page(QWizardPage):
    """A page that sets its texts in `retranslate()` (again when the language changes under it)."""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:  # pragma: no cover - every page has its own
        raise NotImplementedError


# -- the pages -------------------------------------------------------------------------------------


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

    def values(self) -> dict:
        return {"name": self.name.text().strip(), "organisation": self.organisation.text().strip()}

    def retranslate(self) -> None:
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


class IdentityPage(_Page):
    """Create a self-issued identity, import a .p12 from a CA, use a USB token, or decide later."""

    def __init__(self, current: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.current = current
        self.profile_source: Any = None  # a ProfilePage whose name and organisation the identity names
        self.pin_prompt = ask_pin  # (parent, token label) -> PIN | None; tests give their own
        self.tested: tuple[tuple[str, str, str], Any] | None = None  # (library, token, key), SignerInfo
        self.intro = _label(self)
        self.current_label = _label(self)
        self.later = QRadioButton(self)
        self.create = QRadioButton(self)
        self.import_ = QRadioButton(self)
        self.token = QRadioButton(self)
        self.later.setChecked(True)
        group = QButtonGroup(self)
        for b in (self.later, self.create, self.import_, self.token):
            group.addButton(b)
        group.buttonToggled.connect(lambda *_: self._enable())

        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.file = QLineEdit(self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(lambda: self._browse())
        self.file_passphrase = QLineEdit(self)
        self.file_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.note = _label(self)
        self.note.setStyleSheet("color: #6b7785;")

        self.create_form = QFormLayout()
        self.passphrase_label, self.repeat_label = QLabel(self), QLabel(self)
        self.create_form.addRow(self.passphrase_label, self.passphrase)
        self.create_form.addRow(self.repeat_label, self.repeat)
        self.import_form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        self.file_label, self.file_passphrase_label = QLabel(self), QLabel(self)
        self.import_form.addRow(self.file_label, row)
        self.import_form.addRow(self.file_passphrase_label, self.file_passphrase)

        from ..signing.identity import pkcs11_libraries_found

        current_token = current if is_token(current) else {}
        self.library = QComboBox(self)
        self.library.setEditable(True)
        self.library.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.library.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.library.setMinimumContentsLength(24)
        self.library.addItems(pkcs11_libraries_found())
        self.library.setEditText(str(current_token.get("pkcs11_lib", "")))
        self.library_browse = QPushButton(self)
        self.library_browse.clicked.connect(lambda: self._browse_library())
        self.library_hint = _label(self)
        self.library_hint.setStyleSheet("color: #6b7785;")
        self.token_label = QLineEdit(str(current_token.get("token_label", "")), self)
        self.key_label = QLineEdit(str(current_token.get("key_label", "")), self)
        self.test_button = QPushButton(self)
        self.test_button.clicked.connect(lambda: self.test_token())
        self.token_result = _label(self)
        for w in (self.token_label, self.key_label):
            w.textChanged.connect(lambda _t: self._token_changed())
        self.library.editTextChanged.connect(lambda _t: self._token_changed())
        self.token_form = QFormLayout()
        library_row = QHBoxLayout()
        library_row.addWidget(self.library, 1)
        library_row.addWidget(self.library_browse)
        self.library_label, self.token_label_label, self.key_label_label = QLabel(self), QLabel(self), QLabel(self)
        self.library_label.setBuddy(self.library)
        self.token_label_label.setBuddy(self.token_label)
        self.key_label_label.setBuddy(self.key_label)
        self.token_form.addRow(self.library_label, library_row)
        self.token_form.addRow("", self.library_hint)
        self.token_form.addRow(self.token_label_label, self.token_label)
        self.token_form.addRow(self.key_label_label, self.key_label)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.token_result, 1)
        self.token_form.addRow("", test_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.current_label)
        layout.addWidget(self.later)
        layout.addWidget(self.create)
        layout.addLayout(self.create_form)
        layout.addWidget(self.import_)
        layout.addLayout(self.import_form)
        layout.addWidget(self.token)
        layout.addLayout(self.token_form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate()
        self._enable()

    def choice(self) -> str:
        if self.token.isChecked():
            return "token"
        return "create" if self.create.isChecked() else "import" if self.import_.isChecked() else "later"

    def _enable(self) -> None:
        for w in (self.passphrase, self.repeat):
            w.setEnabled(self.create.isChecked())
        for w in (self.file, self.browse, self.file_passphrase):
            w.setEnabled(self.import_.isChecked())
        for w in (self.library, self.library_browse, self.token_label, self.key_label, self.test_button):
            w.setEnabled(self.token.isChecked())

    # -- the USB token --------------------------------------------------------------------------------

    def token_values(self) -> tuple[str, str, str]:
        return (self.library.currentText().strip(), self.token_label.text().strip(), self.key_label.text().strip())

    def _token_changed(self) -> None:
        if self.tested is not None and self.tested[0] != self.token_values():
            self.tested = None
            self.token_result.clear()

    def _browse_library(self) -> None:
        pattern = (
            self.tr("PKCS#11 libraries (*.dll)")
            if sys.platform == "win32"
            else self.tr("PKCS#11 libraries (*.so *.dylib)")
        )
        start = self.library.currentText().strip() or (
            "C:\\Windows\\System32" if sys.platform == "win32" else "/usr/lib"
        )
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("The token's PKCS#11 library"), start, pattern + ";;" + self.tr("All files (*)")
        )
        if path:
            self.library.setEditText(path)

    def _token_problem(self) -> str | None:
        library, token, key = self.token_values()
        if not library or not Path(library).is_file():
            return self.tr("Choose the token's PKCS#11 library (the file its driver installed).")
        if not token or not key:
            return self.tr("Give the token label and the key label (the token's manager shows them).")
        return None

    def test_token(self) -> bool:
        """Ask the PIN, open the token and say who its certificate names; the PIN is not kept."""
        from ..signing.identity import IdentityError, SignerSettings, token_certificate
        from .export_support import explain

        problem = self._token_problem()
        if problem:
            self._say_token(problem, good=False)
            return False
        library, token, key = self.token_values()
        pin = self.pin_prompt(self, token)
        if pin is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            info = token_certificate(SignerSettings(pkcs11_lib=library, token_label=token, key_label=key, pin=pin))
        except IdentityError as exc:
            self.tested = None
            self._say_token(explain(exc), good=False)
            return False
        finally:
            del pin
            QApplication.restoreOverrideCursor()
        self.tested = ((library, token, key), info)
        who = info.name or "?"
        if info.organisation:
            who = f"{who} ({info.organisation})"
        self._say_token(
            self.tr("The token signs as %1, valid from %2 until %3.")
            .replace("%1", who)
            .replace("%2", i18n.format_date(info.not_before.date().isoformat()))
            .replace("%3", i18n.format_date(info.not_after.date().isoformat())),
            good=True,
        )
        return True

    def _say_token(self, text: str, good: bool) -> None:
        self.token_result.setStyleSheet("color: #2e7d32;" if good else "color: #b00020;")
        self.token_result.setText(text)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Identity file"), str(Path.home()), self.tr("Identity files (*.p12 *.pfx);;All files (*)")
        )
        if path:
            self.file.setText(path)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Signing identity"))
        self.intro.setText(
            self.tr(
                "Reports and sync packages are signed with your identity: a key and a "
                "certificate. Make a self-issued one here, use the .p12 file a "
                "certification authority gave you, or the USB token it issued."
            )
        )
        if is_token(self.current):
            assert self.current is not None
            self.current_label.setText(
                self.tr("Current identity: %1 on the USB token %2 (key %3), valid until %4")
                .replace("%1", self.current.get("name", ""))
                .replace("%2", self.current.get("token_label", ""))
                .replace("%3", self.current.get("key_label", ""))
                .replace("%4", i18n.format_date(self.current.get("not_after", "")[:10]))
            )
        elif self.current:
            self.current_label.setText(
                self.tr("Current identity: %1 (%2), valid until %3")
                .replace("%1", self.current.get("name", ""))
                .replace("%2", self.current.get("path", ""))
                .replace("%3", i18n.format_date(self.current.get("not_after", "")[:10]))
            )
        self.current_label.setVisible(bool(self.current))
        self.later.setText(self.tr("&Later (keep the current one, if any)"))
        self.create.setText(self.tr("&Create a self-issued identity"))
        self.import_.setText(self.tr("&Use an identity file (.p12, .pfx)"))
        self.passphrase_label.setText(self.tr("Passphrase:"))
        self.repeat_label.setText(self.tr("Repeat:"))
        self.file_label.setText(self.tr("File:"))
        self.browse.setText(self.tr("&Browse…"))
        self.file_passphrase_label.setText(self.tr("Its passphrase:"))
        self.token.setText(self.tr("Use a USB token (&PKCS#11)"))
        self.library_label.setText(self.tr("L&ibrary:"))
        self.library_browse.setText(self.tr("C&hoose…"))
        self.library.setAccessibleName(self.tr("PKCS#11 library of the token"))
        self.library.lineEdit().setPlaceholderText(self.tr("the token driver's PKCS#11 library"))
        from ..signing.identity import pkcs11_library_hints

        if sys.platform == "win32":
            self.library_hint.setText(
                self.tr(
                    "The certification authority's token driver installs it, usually as a "
                    ".dll in C:\\Windows\\System32 (its manual names it)."
                )
            )
        else:
            self.library_hint.setText(
                self.tr("Usually one of: %1 — or the library of the token's driver.").replace(
                    "%1", ", ".join(pkcs11_library_hints()[:2])
                )
            )
        self.token_label_label.setText(self.tr("Tok&en label:"))
        self.key_label_label.setText(self.tr("&Key label:"))
        self.token_label.setAccessibleName(self.tr("Token label"))
        self.key_label.setAccessibleName(self.tr("Key label"))
        self.test_button.setText(self.tr("&Test…"))
        self.test_button.setToolTip(self.tr("Asks the PIN, opens the token and shows who its certificate names"))
        self.note.setText(
            self.tr(
                "The passphrase and the PIN are never stored: you type them when you sign. If "
                "the passphrase is lost, the identity cannot be used; make a new one."
            )
        )

    def validatePage(self) -> bool:
        problem = self.problem()
        if problem:
            QMessageBox.warning(self, self.tr("Signing identity"), problem)
            return False
        return True

    def problem(self) -> str | None:
        if self.create.isChecked():
            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                return self.tr("The passphrase must have at least %1 characters.").replace("%1", str(MIN_PASSPHRASE))
            if self.passphrase.text() != self.repeat.text():
                return self.tr("The two passphrases differ.")
            who = self.profile_source.values() if self.profile_source is not None else {}
            if not who.get("name") or not who.get("organisation"):
                return self.tr("An identity names its holder: fill in your name and organisation first.")
        if self.import_.isChecked() and not Path(self.file.text().strip()).is_file():
            return self.tr("Choose the identity file.")
        if self.token.isChecked():
            problem = self._token_problem()
            if problem:
                return problem
            if self.tested is None or self.tested[0] != self.token_values():
                return self.tr(
                    "Test the token first: its PIN is asked (not kept) and who its certificate names is shown."
                )
        return None

    def apply(self, store, folder: Path) -> dict | None:
        """Make or check the identity chosen and remember it in the store; None when nothing was chosen.
        Raises IdentityError with a one-line message."""
        from ..signing.identity import IdentityError, load_pkcs12, new_identity, signer_info

        if self.create.isChecked():
            who = self.profile_source.values() if self.profile_source is not None else {}
            target = _free_name(folder / "identities", who.get("name", "identity"))
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            cert = new_identity(who["name"], who["organisation"], target, self.passphrase.text().encode("utf-8"))
            info, path = signer_info(cert), target
        elif self.import_.isChecked():
            path = Path(self.file.text().strip()).expanduser().absolute()
            info = signer_info(load_pkcs12(path, self.file_passphrase.text().encode("utf-8")).certificate)
        elif self.token.isChecked():
            if self.tested is None or self.tested[0] != self.token_values():
                raise IdentityError(
                    self.tr("Test the token first: its PIN is asked (not kept) and who its certificate names is shown.")
                )
            (library, token, key), info = self.tested
            value = {
                "kind": "pkcs11",
                "pkcs11_lib": library,
                "token_label": token,
                "key_label": key,
                "name": info.name,
                "organisation": info.organisation,
                "fingerprint": info.sha256_fingerprint,
                "not_after": info.not_after.isoformat(),
                "self_issued": info.self_issued,
            }
            store.set_meta(IDENTITY_KEY, value)
            self.current = value
            return value
        else:
            return None
        for field in (self.passphrase, self.repeat, self.file_passphrase):
            field.clear()  # not kept in memory longer than needed either
        value = {
            "kind": "pkcs12",
            "path": str(path),
            "name": info.name,
            "organisation": info.organisation,
            "fingerprint": info.sha256_fingerprint,
            "not_after": info.not_after.isoformat(),
            "self_issued": info.self_issued,
        }
        store.set_meta(IDENTITY_KEY, value)
        self.current = value
        return value


def _free_name(folder: Path, name: str) -> Path:
    slug = re.sub(r"[^\w-]+", "-", name, flags=re.UNICODE).strip("-").lower() or "identity"
    stem = f"{slug}-{date.today():%Y%m%d}"
    target, n = folder / f"{stem}.p12", 1
    while target.exists():
        target, n = folder / f"{stem}-{n}.p12", n + 1
    return target


class DataFolderPage(_Page):
    def __init__(self, current: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.current = current
        self.intro = _label(self)
        self.folder = QLineEdit(str(current), self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(lambda: self._browse())
        self.default_button = QPushButton(self)
        self.default_button.clicked.connect(lambda: self.folder.setText(str(default_data_dir())))
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
            self.folder.setText(path)

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
        from ..config import DATA_DIR_KEY, write_config
        from ..store.engine import DB_FILE_NAME

        target = self.chosen().absolute()
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        database = target / DB_FILE_NAME
        if not database.exists() and store.sqlite_path is not None:
            _copy_database(store.sqlite_path, database)
        default = target == default_data_dir().absolute()
        write_config(**{DATA_DIR_KEY: None if default else str(target)})
        self.current = target
        return target


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy (SQLite's backup API, safe while the app writes), readable by its owner only."""
    import sqlite3

    from ..store.engine import create_private_file

    partial = target.with_name(target.name + ".partial")
    create_private_file(partial)
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    partial.replace(target)


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
        self.profile_page = ProfilePage(None, self)
        self.identity_page = IdentityPage(None, self)
        self.identity_page.profile_source = self.profile_page
        self.folder_page = DataFolderPage(data_dir or current_data_dir(), self)
        self.sample_page = SamplePage(self)
        for page in (self.language_page, self.profile_page, self.identity_page, self.folder_page, self.sample_page):
            self.addPage(page)
        # the fields the rest of the app (and its tests) use
        self.name = self.profile_page.name
        self.organisation = self.profile_page.organisation
        self.sample = self.sample_page.sample
        self.setMinimumSize(560, 420)
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to SXSH Desktop"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip all"))

    def values(self) -> dict:
        return self.profile_page.values()


def apply_first_run(window, dialog: FirstRunDialog) -> list[str]:
    """Keep what the wizard says (everything when accepted; an empty profile when skipped, so that it
    is not asked again); returns what could not be done, one line each (also shown to the user)."""
    from ..services.documents import load_sample

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
    problems += _apply_identity(dialog.identity_page, store)
    if dialog.sample.isChecked():
        result = load_sample(store)
        window.open_assessment(result.assessment_id, 1)
    elif window.start is not None:
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
        return [str(exc)]
    finally:
        QApplication.restoreOverrideCursor()
    return []


def _apply_folder(window, page: DataFolderPage) -> list[str]:
    from ..store.errors import StoreError

    try:
        target = page.apply(window.store)
    except (OSError, StoreError) as exc:
        return [
            QCoreApplication.translate("FirstRunDialog", "The data folder was not changed: %1").replace("%1", str(exc))
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


# -- Preferences -----------------------------------------------------------------------------------


class PreferencesDialog(QDialog):
    """The first start's pages as tabs, with the values in use: Edit ▸ Preferences."""

    def __init__(self, window, parent: QWidget | None = None):
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
        for page in (self.language_page, self.profile_page, self.identity_page, self.folder_page):
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

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        for i in range(self.tabs.count()):
            self.tabs.setTabText(i, self.tabs.widget(i).title())

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


def show_preferences(window) -> None:
    dialog = PreferencesDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    problems = dialog.apply()
    if problems:
        QMessageBox.warning(window, QCoreApplication.translate("PreferencesDialog", "Preferences"), "\n".join(problems))
