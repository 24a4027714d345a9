"""The signing identity page of the first-run wizard and of Preferences: later, a self-issued identity
made here (name and organisation from the profile page, a passphrase of at least 8 characters, never
stored), a .p12/.pfx from a certificate authority checked with its passphrase, or a USB token (PKCS#11
library, token and key labels) tested with its PIN. Making and remembering are services.setup's."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)

from ..services.setup import MIN_PASSPHRASE, create_identity, import_identity, is_token, token_identity
from . import i18n
from .setup_page import SetupPage as _Page
from .setup_page import scrolled
from .setup_page import wrapped_label as _label


def ask_pin(parent: QWidget, token_label: str) -> str | None:
    """The token's PIN, typed now (never stored); None when the user cancels."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("IdentityPage", "USB token"),
        QCoreApplication.translate("IdentityPage", "PIN of the USB token %1:").replace("%1", token_label),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


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

        layout = scrolled(self)
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
        """Make or check the identity chosen and remember it in the store (services.setup); None when
        nothing was chosen. Raises IdentityError with a one-line message."""
        from ..signing.identity import IdentityError

        if self.create.isChecked():
            who = self.profile_source.values() if self.profile_source is not None else {}
            value = create_identity(
                store, folder, who.get("name", ""), who.get("organisation", ""), self.passphrase.text()
            )
        elif self.import_.isChecked():
            value = import_identity(store, Path(self.file.text().strip()), self.file_passphrase.text())
        elif self.token.isChecked():
            if self.tested is None or self.tested[0] != self.token_values():
                raise IdentityError(
                    self.tr("Test the token first: its PIN is asked (not kept) and who its certificate names is shown.")
                )
            (library, token, key), info = self.tested
            value = token_identity(store, library, token, key, info)
        else:
            return None
        for field in (self.passphrase, self.repeat, self.file_passphrase):
            field.clear()  # not kept in memory longer than needed either
        self.current = value
        return value
