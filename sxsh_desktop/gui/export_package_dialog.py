"""File › Export sync package…: the finished assessment handed over as one signed `.sxsh` file (its
document, its signed report, a manifest signed by the consultant's identity), optionally encrypted
to the certificate of the Sở that receives it.

The package needs a signing identity and a complete assessment (its report must be signable): both
are said before anything is asked. The passphrase (a USB token's PIN) is asked when Export is
pressed and used for that one run; services.packages.make_package does the work off the GUI thread. Exporting applies the
revision rule (services.documents.export_document): the revision goes up when the assessment changed
since its last export, and the result says which revision the package carries.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..services.settings import UserSettings
from . import export_support as support
from . import i18n
from .export_report_dialog import (
    DRAFT_STYLE,
    ERROR_STYLE,
    GOOD_STYLE,
    LANGUAGES,
    NOTE_STYLE,
    _html,
    _wrapped,
    fit_height,
)
from .first_run import identity
from .workers import run_in_background

log = logging.getLogger(__name__)


def package_file_name(facility: str, day: dt.date | None = None) -> str:
    return f"Goi-SXSH-{support.slug(facility)}-{(day or dt.date.today()).isoformat()}.sxsh"


class ExportPackageDialog(QDialog):
    """Options → Export → what was made. `outcome` holds the service's PackageResult once done."""

    def __init__(self, store, assessment_id: str, language: str = "vi", parent: QWidget | None = None):
        super().__init__(parent)
        from ..report.pdf import BLOCKING, missing_items

        self.store = store
        self.assessment_id = assessment_id
        self.assessment = store.get_assessment(assessment_id)
        self.screen_language = i18n.normalise(language)
        self.identity = identity(store)
        self.blocking = [
            text for code, text in missing_items(self.assessment, self.screen_language) if code in BLOCKING
        ]
        self.outcome = None
        self.error = ""
        self.recipient = None  # the Sở's certificate (cryptography x509) when one is chosen and readable
        self.recipient_who = ""
        self.passphrase_prompt = None  # (parent, identity) -> str | None; default: a password dialog
        self.setWindowTitle(self.tr("Export sync package"))
        self.pages = QStackedWidget(self)
        self.options_page = self._options_page()
        self.result_page = self._result_page()
        self.pages.addWidget(self.options_page)
        self.pages.addWidget(self.result_page)
        QVBoxLayout(self).addWidget(self.pages)
        self._enable()
        self.pages.setMinimumWidth(620)  # on the page, so that the layout still sets the least size it needs

    def showEvent(self, event) -> None:
        super().showEvent(event)
        fit_height(self)  # as tall as the wrapped notes need at the width the fields asked for

    # -- the options ----------------------------------------------------------------------------------

    def _options_page(self) -> QWidget:
        page = QWidget(self)
        a = self.assessment
        self.heading = QLabel(page)
        self.heading.setWordWrap(True)
        name = _html(a.facility.name or self.tr("(no name)"))
        self.heading.setText(f"<b>{name}</b>")
        self.intro = _wrapped(page, NOTE_STYLE)
        self.intro.setText(
            self.tr(
                "One file for the Sở: the assessment, its signed report and a manifest, all "
                "signed with your identity. Exporting counts a new revision when the "
                "assessment changed since its last export."
            )
        )
        self.state = _wrapped(page)
        self.who = _wrapped(page)
        self.who.setText(self.tr("Signed by: %1").replace("%1", support.describe_identity(self.identity)))

        self.language = QComboBox(page)
        for code, language_name in LANGUAGES:
            self.language.addItem(language_name, code)
        self.language.setCurrentIndex(0 if self.screen_language == "vi" else 1)
        self.language.setAccessibleName(self.tr("Language of the report in the package"))

        self.encrypt_box = QGroupBox(page)
        self.encrypt = QCheckBox(
            self.tr("&Encrypt for the Sở: only the holder of this certificate's key can open the package"),
            self.encrypt_box,
        )
        self.encrypt.toggled.connect(lambda _on: self._enable())
        self.certificate = QLineEdit(self.encrypt_box)
        self.certificate.setAccessibleName(self.tr("The Sở's certificate"))
        self.certificate.setPlaceholderText(self.tr("The Sở's certificate (.pem, .cer, .crt)"))
        self.certificate.editingFinished.connect(self._read_certificate)
        self.choose_certificate = QPushButton(self.tr("C&hoose…"), self.encrypt_box)
        self.choose_certificate.clicked.connect(lambda: self.choose_certificate_file())
        self.recipient_label = _wrapped(self.encrypt_box, NOTE_STYLE)
        cert_row = QHBoxLayout()
        cert_row.addWidget(self.certificate, 1)
        cert_row.addWidget(self.choose_certificate)
        encrypt_layout = QVBoxLayout(self.encrypt_box)
        encrypt_layout.addWidget(self.encrypt)
        encrypt_layout.addLayout(cert_row)
        encrypt_layout.addWidget(self.recipient_label)
        remembered = UserSettings(self.store).so_certificate
        if remembered:
            self.certificate.setText(remembered)
            self._read_certificate()

        self.target = QLineEdit(page)
        self.target.setAccessibleName(self.tr("Package file"))
        support.fit_path_field(self.target)
        self.choose = QPushButton(self.tr("&Choose…"), page)
        self.choose.clicked.connect(lambda: self.choose_file())
        folder = UserSettings(self.store).folder("package") or support.documents_dir()
        self.target.setText(str(folder / package_file_name(a.facility.name)))
        file_row = QHBoxLayout()
        file_row.addWidget(self.target, 1)
        file_row.addWidget(self.choose)

        form = QFormLayout()
        form.addRow(self.tr("Report &language:"), self.language)
        file_label = QLabel(self.tr("&File:"), page)
        file_label.setBuddy(self.target)
        form.addRow(file_label, file_row)
        self.error_label = _wrapped(page, ERROR_STYLE)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, page)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.state)
        layout.addWidget(self.who)
        layout.addLayout(form)
        layout.addWidget(self.encrypt_box)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._say_state()
        return page

    def problem(self) -> str | None:
        """Why no package can be made now (no identity, an expired one, an incomplete assessment)."""
        if not support.has_identity(self.identity):
            return self.tr(
                "A package is signed: set your signing identity first in Edit › Preferences › Signing identity."
            )
        if support.identity_expired(self.identity):
            return self.tr(
                "Your identity's certificate has expired: renew it in Edit › Preferences › Signing identity."
            )
        if self.blocking:
            return self.tr(
                "This assessment is not complete: it lacks %1. A package holds the signed report, "
                "and a draft cannot be signed; fill these in first."
            ).replace("%1", "; ".join(self.blocking))
        return None

    def _say_state(self) -> None:
        problem = self.problem()
        self.state.setText(problem or self.tr("The assessment is complete: it can be packaged."))
        self.state.setStyleSheet(DRAFT_STYLE if problem else GOOD_STYLE)

    def _enable(self) -> None:
        ok = self.problem() is None
        self.export_button.setEnabled(ok)
        for w in (self.language, self.encrypt, self.target, self.choose):
            w.setEnabled(ok)
        on = ok and self.encrypt.isChecked()
        self.certificate.setEnabled(on)
        self.choose_certificate.setEnabled(on)

    def choose_certificate_file(self) -> None:
        start = self.certificate.text().strip() or str(support.documents_dir())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The Sở's certificate"),
            start,
            self.tr("Certificates (*.pem *.cer *.crt *.der);;All files (*)"),
        )
        if path:
            self.certificate.setText(path)
            self._read_certificate()

    def _read_certificate(self) -> None:
        """Who the chosen certificate names, or why it cannot be used."""
        from ..signing.identity import signer_info
        from ..sync.package import PackageError, load_recipient_certificate

        text = self.certificate.text().strip()
        self.recipient, self.recipient_who = None, ""
        if not text:
            self.recipient_label.setText("")
            return
        try:
            cert = load_recipient_certificate(text)
        except PackageError as exc:
            self.recipient_label.setStyleSheet(ERROR_STYLE)
            self.recipient_label.setText(support.explain(exc))
            return
        info = signer_info(cert)
        self.recipient_label.setStyleSheet(NOTE_STYLE)
        who = info.name or "?"
        if info.organisation:
            who = f"{who} ({info.organisation})"
        self.recipient, self.recipient_who = cert, who
        self.recipient_label.setText(
            self.tr("For: %1, valid until %2")
            .replace("%1", who)
            .replace("%2", i18n.format_date(info.not_after.date().isoformat()))
        )

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the package as"), self.target.text(), self.tr("Sync packages (*.sxsh)")
        )
        if path:
            self.target.setText(path if path.lower().endswith(".sxsh") else path + ".sxsh")

    def _show_error(self, text: str) -> None:
        self.error = text
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- export ---------------------------------------------------------------------------------------

    def target_path(self) -> Path | None:
        text = self.target.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix == ".sxsh" else path.with_name(path.name + ".sxsh")

    def export(self) -> bool:
        self._show_error("")
        problem = self.problem()
        if problem:
            self._show_error(problem)
            return False
        path = self.target_path()
        if path is None:
            self._show_error(self.tr("Choose the file to write the package to."))
            return False
        recipient = None
        if self.encrypt.isChecked():
            self._read_certificate()
            if self.recipient is None:
                self._show_error(self.recipient_label.text() or self.tr("Choose the Sở's certificate."))
                return False
            recipient = self.recipient
            UserSettings(self.store).remember_so_certificate(self.certificate.text())
        assert self.identity is not None
        ask = self.passphrase_prompt or support.ask_passphrase
        passphrase = ask(self, self.identity)
        if passphrase is None:
            return False
        secret = [support.signer_settings(self.identity, passphrase)]
        del passphrase
        language = self.language.currentData() or "vi"
        store, assessment_id = self.store, self.assessment_id

        def work():
            from ..services.packages import make_package

            signer = secret.pop()  # the passphrase lives only as long as this run
            return make_package(store, assessment_id, path, signer, language=language, encrypt_to=recipient)

        self.export_button.setEnabled(False)
        self.job = run_in_background(self, self.tr("Making the package…"), work, self._done, self._failed)
        return True

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._show_error(support.explain(exc))

    def _done(self, result) -> None:
        self.export_button.setEnabled(True)
        self.outcome = result
        UserSettings(self.store).remember_folder("package", result.path.parent)
        self._show_result(result)

    # -- what was made --------------------------------------------------------------------------------

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        self.result_title = QLabel(self.tr("The package is written"), page)
        self.result_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.result_fields = {}
        form = QFormLayout()
        for key, label in (
            ("file", self.tr("File:")),
            ("size", self.tr("Size:")),
            ("package", self.tr("Package id:")),
            ("revision", self.tr("Revision:")),
            ("signer", self.tr("Signed by:")),
            ("encrypted", self.tr("Encrypted for:")),
        ):
            self.result_fields[key] = _wrapped(page)
            form.addRow(label, self.result_fields[key])
        self.folder_button = QPushButton(self.tr("Show in &folder"), page)
        self.folder_button.clicked.connect(lambda: self.show_folder())
        self.close_button = QPushButton(self.tr("&Close"), page)
        self.close_button.clicked.connect(lambda: self.accept())
        row = QHBoxLayout()
        row.addWidget(self.folder_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_title)
        layout.addLayout(form)
        layout.addSpacing(14)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def _show_result(self, r) -> None:
        f = self.result_fields
        f["file"].setText(str(r.path))
        f["size"].setText(support.human_size(r.size))
        f["package"].setText(r.package_id)
        f["revision"].setText(
            self.tr("%1 (the revision goes up when the assessment changed since its last export)").replace(
                "%1", str(r.revision)
            )
        )
        signer = r.signer
        who = f"{signer.name} ({signer.organisation})" if signer.organisation else signer.name
        f["signer"].setText(who + "\nSHA-256 " + signer.sha256_fingerprint[:23] + "…")
        if r.encrypted and self.recipient is not None:
            f["encrypted"].setText(self.recipient_who)
        else:
            f["encrypted"].setText(self.tr("not encrypted: anyone with the file can read it"))
        self.pages.setCurrentWidget(self.result_page)
        self.pages.removeWidget(self.options_page)  # the dialog takes the result's size
        self.options_page.hide()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        fit_height(self)

    def show_folder(self) -> None:
        if self.outcome is not None:
            support.show_in_folder(self.outcome.path)


def show_export_package(window) -> ExportPackageDialog | None:
    """File › Export sync package… for the assessment open in `window`; the workspace re-reads the
    assessment afterwards (its revision may have gone up)."""
    if window.workspace is None:
        return None
    if window.view is not None:
        window.view.flush_edits()
    dialog = ExportPackageDialog(window.store, window.workspace.assessment_id, window.language, window)
    dialog.exec()
    if dialog.outcome is not None and window.workspace is not None:
        window.workspace.notify()
    return dialog
