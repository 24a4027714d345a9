"""File › Export report…: the open assessment's report as a PDF, signed with the consultant's identity
or not, in Vietnamese or English.

The dialog says beforehand what the report will be: complete, complete but naming what it lacks, or
an unsigned draft (an assessment without its baseline, reporting period or options; report/pdf's
`missing_items` and `BLOCKING`, the same test the report service applies). The passphrase of the
identity (a USB token's PIN) is asked when Export is pressed and handed to the service for that one
run (export_support.signer_settings); the report is
built and signed off the GUI thread (services.reports.build_report) with a progress dialog. A
refusal (wrong passphrase or PIN, expired certificate, a signed PDF in the way) is said in the dialog and
nothing is written; when done, the dialog shows what was made with Open, Print… and Show in folder.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
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
from .first_run import identity
from .report_texts import ReportTextsBox
from .workers import run_in_background

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))
NOTE_STYLE = "color: #5f6b77;"
GOOD_STYLE = "background: #eef5ee; border-left: 4px solid #2e7d32; padding: 6px 8px; color: #1b3320;"
DRAFT_STYLE = "background: #fff4e0; border-left: 4px solid #d9822b; padding: 6px 8px; color: #4a2f10;"
ERROR_STYLE = "color: #b00020;"


def _wrapped(parent: QWidget, style: str = "") -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


def report_file_name(facility: str, language: str, day: dt.date | None = None) -> str:
    stem = "Bao-cao-SXSH" if language == "vi" else "SXSH-report"
    return f"{stem}-{support.slug(facility)}-{(day or dt.date.today()).isoformat()}.pdf"


class ExportReportDialog(QDialog):
    """Options → Export → what was made. `outcome` holds the service's ReportResult once done."""

    def __init__(self, store, assessment_id: str, language: str = "vi", parent: QWidget | None = None, workspace=None):
        super().__init__(parent)
        self.workspace = workspace  # the consultant's texts go on its undo stack (gui/report_texts.py)
        from ..report.pdf import BLOCKING, missing_items

        self.store = store
        self.assessment_id = assessment_id
        self.assessment = store.get_assessment(assessment_id)
        self.screen_language = i18n.normalise(language)
        self.identity = identity(store)
        self.missing = missing_items(self.assessment, self.screen_language)
        self.blocking = [text for code, text in self.missing if code in BLOCKING]
        self.outcome = None  # the ReportResult when the report is written
        self.error = ""  # the last refusal, in words
        self.passphrase_prompt = None  # (parent, identity) -> str | None; default: a password dialog
        self._named_by_hand = False
        self.setWindowTitle(self.tr("Export report"))
        self.pages = QStackedWidget(self)
        self.options_page = self._options_page()
        self.result_page = self._result_page()
        self.pages.addWidget(self.options_page)
        self.pages.addWidget(self.result_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
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
        self.heading.setText(f"<b>{name}</b> — " + self.tr("revision %1").replace("%1", str(a.revision)))
        self.language = QComboBox(page)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(0 if self.screen_language == "vi" else 1)
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.completeness = _wrapped(page)
        self._say_completeness()

        self.sign_box = QGroupBox(self.tr("Signature"), page)
        self.sign = QCheckBox(self.tr("&Sign with my identity"), self.sign_box)
        self.sign.toggled.connect(lambda _on: self._enable())
        self.who = _wrapped(self.sign_box, NOTE_STYLE)
        self.who.setText(support.describe_identity(self.identity))
        self.tsa = QLineEdit(self.sign_box)
        self.tsa.setPlaceholderText(self.tr("e.g. http://timestamp.example.vn (empty: none)"))
        self.tsa.setAccessibleName(self.tr("Timestamp server"))
        self.tsa.setText(UserSettings(self.store).timestamp_server)
        self.tsa_note = _wrapped(self.sign_box, NOTE_STYLE)
        self.tsa_note.setText(
            self.tr(
                "Without a timestamp server the report is signed offline (PAdES B-B); with "
                "one that answers, the signing time is certified (PAdES B-T)."
            )
        )
        tsa_label = QLabel(self.tr("&Timestamp server:"), self.sign_box)
        tsa_label.setBuddy(self.tsa)
        tsa_row = QHBoxLayout()
        tsa_row.addWidget(tsa_label)
        tsa_row.addWidget(self.tsa, 1)
        sign_layout = QVBoxLayout(self.sign_box)
        sign_layout.addWidget(self.sign)
        sign_layout.addWidget(self.who)
        sign_layout.addLayout(tsa_row)
        sign_layout.addWidget(self.tsa_note)
        can_sign = self._can_sign()
        self.sign.setEnabled(can_sign)
        self.sign.setChecked(can_sign)

        self.target = QLineEdit(page)
        self.target.setAccessibleName(self.tr("Report file"))
        support.fit_path_field(self.target)
        self.target.textEdited.connect(self._typed_name)
        self.choose = QPushButton(self.tr("&Choose…"), page)
        self.choose.clicked.connect(lambda: self.choose_file())
        folder = UserSettings(self.store).folder("report") or support.documents_dir()
        self.target.setText(str(folder / report_file_name(a.facility.name, self.report_language())))
        file_row = QHBoxLayout()
        file_row.addWidget(self.target, 1)
        file_row.addWidget(self.choose)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
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
        layout.addWidget(self.completeness)
        layout.addLayout(form)
        layout.addWidget(self.sign_box)
        self.texts = ReportTextsBox(self.store, self.assessment_id, self.workspace, page)
        layout.addWidget(self.texts)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        return page

    def _say_completeness(self) -> None:
        if self.blocking:
            self.completeness.setStyleSheet(DRAFT_STYLE)
            self.completeness.setText(
                self.tr(
                    "This assessment is not complete: it lacks %1. The report will be an unsigned draft, "
                    "marked as such on its cover; a draft cannot be signed. Fill these in to make the "
                    "signed report."
                ).replace("%1", "; ".join(self.blocking))
            )
        elif self.missing:
            self.completeness.setStyleSheet(GOOD_STYLE)
            self.completeness.setText(
                self.tr("The report can be signed. It will say what the assessment still lacks: %1.").replace(
                    "%1", "; ".join(text for _, text in self.missing)
                )
            )
        else:
            self.completeness.setStyleSheet(GOOD_STYLE)
            self.completeness.setText(self.tr("The assessment is complete: the report can be signed."))

    def _can_sign(self) -> bool:
        return not self.blocking and support.has_identity(self.identity) and not support.identity_expired(self.identity)

    def report_language(self) -> str:
        return self.language.currentData() or "vi"

    def _language_changed(self) -> None:
        if not self._named_by_hand:
            current = Path(self.target.text())
            self.target.setText(
                str(current.with_name(report_file_name(self.assessment.facility.name, self.report_language())))
            )

    def _typed_name(self, _text: str) -> None:
        self._named_by_hand = True

    def _enable(self) -> None:
        signing = self.sign.isChecked() and self.sign.isEnabled()
        self.tsa.setEnabled(signing)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), self.target.text(), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.target.setText(path if path.lower().endswith(".pdf") else path + ".pdf")
            self._named_by_hand = True

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
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def export(self) -> bool:
        """Ask the passphrase when signing, then build the report in the background. False when it did
        not start (no file, a signed PDF in the way, the passphrase not given)."""
        from ..report import ReportError
        from ..report.signing import refuse_signed_target

        self._show_error("")
        path = self.target_path()
        if path is None:
            self._show_error(self.tr("Choose the file to write the report to."))
            return False
        try:
            refuse_signed_target(path)  # said before the passphrase is asked
        except ReportError as exc:
            self._show_error(support.explain(exc))
            self.target.setFocus()
            self.target.selectAll()
            return False
        self.texts.save_all()  # what was just typed is in the report
        secret: list = []
        tsa = None
        if self.sign.isChecked() and self.sign.isEnabled():
            assert self.identity is not None
            ask = self.passphrase_prompt or support.ask_passphrase
            passphrase = ask(self, self.identity)
            if passphrase is None:
                return False
            secret.append(support.signer_settings(self.identity, passphrase))
            del passphrase
            tsa = self.tsa.text().strip() or None
            UserSettings(self.store).remember_timestamp_server(tsa)
        assessment = self.store.get_assessment(self.assessment_id)
        language = self.report_language()

        def work():
            from ..services.reports import build_report

            signer = secret.pop() if secret else None  # the passphrase lives only as long as this run
            return build_report(assessment, path, language, signer=signer, tsa=tsa)

        self.export_button.setEnabled(False)
        self.job = run_in_background(self, self.tr("Writing the report…"), work, self._done, self._failed)
        return True

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._show_error(support.explain(exc))

    def _done(self, result) -> None:
        self.export_button.setEnabled(True)
        self.outcome = result
        UserSettings(self.store).remember_folder("report", result.path.parent)
        self._show_result(result)

    # -- what was made --------------------------------------------------------------------------------

    def _result_page(self) -> QWidget:
        page = QWidget(self)
        self.result_title = QLabel(page)
        self.result_title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.result_form = QFormLayout()
        self.result_file, self.result_pages, self.result_signature = _wrapped(page), _wrapped(page), _wrapped(page)
        self.result_form.addRow(self.tr("File:"), self.result_file)
        self.result_form.addRow(self.tr("Pages:"), self.result_pages)
        self.result_form.addRow(self.tr("Signature:"), self.result_signature)
        self.result_notes = _wrapped(page)
        self.action_note = _wrapped(page, NOTE_STYLE)
        self.open_button = QPushButton(self.tr("&Open"), page)
        self.print_button = QPushButton(self.tr("&Print…"), page)
        self.folder_button = QPushButton(self.tr("Show in &folder"), page)
        self.close_button = QPushButton(self.tr("&Close"), page)
        self.open_button.clicked.connect(lambda: self.open_report())
        self.print_button.clicked.connect(lambda: self.print_report())
        self.folder_button.clicked.connect(lambda: self.show_folder())
        self.close_button.clicked.connect(lambda: self.accept())
        row = QHBoxLayout()
        for b in (self.open_button, self.print_button, self.folder_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_title)
        layout.addLayout(self.result_form)
        layout.addWidget(self.result_notes)
        layout.addWidget(self.action_note)
        layout.addSpacing(14)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def _show_result(self, r) -> None:
        from ..report.pdf import BLOCKING

        draft = any(code in BLOCKING for code, _ in r.missing)
        if r.signed:
            self.result_title.setText(self.tr("The signed report is written"))
            who = r.signer.name if r.signer is not None else ""
            self.result_signature.setText(self.tr("signed by %1 — %2").replace("%1", who).replace("%2", r.level or ""))
        elif draft:
            self.result_title.setText(self.tr("The draft report is written"))
            self.result_signature.setText(self.tr("unsigned draft (the assessment is not complete)"))
        else:
            self.result_title.setText(self.tr("The report is written"))
            self.result_signature.setText(self.tr("not signed"))
        self.result_file.setText(f"{r.path}  ({support.human_size(r.size)})")
        self.result_pages.setText(str(r.pages))
        notes = [support.explain(w) for w in r.warnings]
        self.result_notes.setText("\n".join(notes))
        self.result_notes.setStyleSheet(DRAFT_STYLE if notes else "")
        self.result_notes.setVisible(bool(notes))
        self.action_note.hide()
        self.pages.setCurrentWidget(self.result_page)
        self.pages.removeWidget(self.options_page)  # the dialog takes the result's size
        self.options_page.hide()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        fit_height(self)

    def open_report(self) -> None:
        if self.outcome is not None and not support.open_file(self.outcome.path):
            self._note(self.tr("No PDF viewer could be started for %1.").replace("%1", str(self.outcome.path)))

    def print_report(self) -> None:
        if self.outcome is not None:
            _sent, words = support.print_file(self.outcome.path)
            self._note(words)

    def show_folder(self) -> None:
        if self.outcome is not None:
            support.show_in_folder(self.outcome.path)

    def _note(self, text: str) -> None:
        self.action_note.setText(text)
        self.action_note.show()


def fit_height(dialog: QDialog) -> None:
    """Once the page shown now is laid out: as tall as its wrapped texts need at the dialog's width,
    no taller (the page taken away still holds the minimum size until the layout has run, and
    adjustSize measures wrapped labels at a narrow width)."""

    def fit() -> None:
        height = dialog.layout().totalHeightForWidth(dialog.width())
        dialog.resize(dialog.width(), max(height, dialog.minimumSizeHint().height()))

    QTimer.singleShot(0, dialog, fit)


def _html(text: str) -> str:
    from html import escape

    return escape(text)


def show_export_report(window) -> ExportReportDialog | None:
    """File › Export report… for the assessment open in `window`."""
    if window.workspace is None:
        return None
    if window.view is not None:
        window.view.flush_edits()
    dialog = ExportReportDialog(
        window.store, window.workspace.assessment_id, window.language, window, workspace=window.workspace
    )
    dialog.exec()
    return dialog
