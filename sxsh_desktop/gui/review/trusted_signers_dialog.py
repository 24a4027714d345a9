"""The office's trusted signers (what `sxsh trust add|list|remove` does on the command line): the
certificates whose packages the intake takes — who each names, its serial and SHA-256 fingerprint,
until when it is valid, when and by whom it was trusted.

"Add certificate…" reads a certificate file (PEM or DER: .pem, .cer, .crt, .der), shows who it names
and its fingerprint, and trusts it only after the reviewer confirms (the fingerprint is what the
consultant reads out over the telephone). "Remove" asks first. Both go through the store
(`ReviewStore.add_trusted_signer` / `remove_trusted_signer`), which writes an audit entry ("trust",
"distrust") in the same transaction.

Removing a signer changes what happens to packages imported from now on; packages already imported
keep the verdict they were given at import (stored with the package): one imported as "trusted
signer" stays so and can still be approved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...store.errors import StoreError
from ...store.review_ops import ReviewError, ReviewStore, TrustedSigner
from .. import i18n
from ..forms import error_text
from .import_dialog import trusted_signer_of
from .labels import reason_text
from .review_panel import reviewer_name
from .rows_model import TextRowsModel, read_only_table

Confirm = Callable[[str, str], bool]  # (title, text) -> yes


def certificate_serial(signer: TrustedSigner) -> str:
    """The certificate's serial number in hexadecimal, as CAs print it (pairs of digits)."""
    from cryptography import x509

    try:
        number = x509.load_der_x509_certificate(signer.certificate).serial_number
    except ValueError:
        return ""
    text = format(number, "X")
    text = text if len(text) % 2 == 0 else "0" + text
    return " ".join(text[i : i + 2] for i in range(0, len(text), 2))


def _date(iso: str) -> str:
    return i18n.format_date(iso[:10]) if iso else ""


def _when(iso: str) -> str:
    """'2025-03-14T08:12:00Z' → the date and the time (local), in the screen's format."""
    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{i18n.format_date(moment.date().isoformat())} {moment:%H:%M}"


def _expired(signer: TrustedSigner) -> bool:
    try:
        end = dt.datetime.fromisoformat(signer.not_after.replace("Z", "+00:00"))
    except ValueError:
        return False
    return (end if end.tzinfo else end.replace(tzinfo=dt.UTC)) < dt.datetime.now(dt.UTC)


class TrustedSignersDialog(QDialog):
    """The trusted signers: a table, Add certificate…, Remove. `changed` is emitted by the store's
    subscribers anyway; the dialog reloads its own table after each change."""

    def __init__(self, review: ReviewStore, parent: QWidget | None = None, confirm: Confirm | None = None):
        super().__init__(parent)
        self.review = review
        self.confirm = confirm or self._ask
        self.signers: list[TrustedSigner] = []
        self.setWindowTitle(self.tr("Trusted signers"))
        self.resize(1180, 460)

        self.intro = QLabel(
            self.tr(
                "Packages are imported only when they are signed with one of these certificates. "
                "Before adding a certificate, compare its SHA-256 fingerprint with the one the "
                "consultant reads out to you (by telephone or in person)."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.model = TextRowsModel(self)
        self.table = read_only_table(self, self.model, self.tr("Trusted signers"), stretch=None)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.model.modelReset.connect(self._columns)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.details = QLabel(self)  # the chosen signer's serial and fingerprint, whole and selectable
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet("font-family: monospace;")
        self.empty = QLabel(
            self.tr(
                "No signer is trusted yet: every package is refused until its signer is "
                "trusted. Add the consultant's certificate (.pem, .cer, .crt or .der)."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5f6b77; padding: 12px;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel(
            self.tr(
                "Removing a signer only affects packages imported from now on: packages already "
                "imported keep the verdict they were given at import. Every change is written to "
                "the audit log."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6b77;")

        self.add_button = QPushButton(self.tr("&Add certificate…"), self)
        self.add_button.clicked.connect(lambda: self.add_certificate())
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        buttons_row.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.note)
        layout.addLayout(buttons_row)
        self.reload()

    # -- the table ----------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        keep = select or (self.selected().fingerprint if self.selected() else None)
        self.signers = self.review.trusted_signers()
        rows, colours = [], {}
        for i, s in enumerate(self.signers):
            until = _date(s.not_after)
            if _expired(s):
                until = self.tr("%1 (expired)").replace("%1", until)
                colours[(i, 4)] = "#b23b3b"
            rows.append(
                [s.name, s.organisation, certificate_serial(s), s.fingerprint, until, _when(s.added_at), s.added_by]
            )
        self.model.set_rows(
            [
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Serial number"),
                self.tr("SHA-256 fingerprint"),
                self.tr("Valid until"),
                self.tr("Trusted on"),
                self.tr("Trusted by"),
            ],
            rows,
            keys=list(self.signers),
            colours=colours,
        )
        self.table.setVisible(bool(self.signers))
        self.empty.setVisible(not self.signers)
        for i, s in enumerate(self.signers):
            if s.fingerprint == keep:
                self.table.selectRow(i)
                break
        self._selected()

    def _columns(self) -> None:
        """Every column whole (the table scrolls sideways for the fingerprint); the serial takes the room left."""
        from ..widgets.common import fit_columns

        fit_columns(self.table, (), 2)

    def _selected(self) -> None:
        s = self.selected()
        self.details.setText(
            ""
            if s is None
            else self.tr("Serial number: %1\nSHA-256: %2")
            .replace("%1", certificate_serial(s))
            .replace("%2", s.fingerprint)
        )
        self._enable()

    def selected(self) -> TrustedSigner | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def select_fingerprint(self, fingerprint: str) -> bool:
        for i, s in enumerate(self.signers):
            if s.fingerprint == fingerprint:
                self.table.selectRow(i)
                return True
        return False

    def _enable(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    # -- adding ---------------------------------------------------------------------------------------

    def choose_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The consultant's certificate"),
            str(Path.home()),
            self.tr("Certificates (*.pem *.cer *.crt *.der);;All files (*)"),
        )
        return path or None

    def add_certificate(self, path: str | Path | None = None) -> int:
        """Trust the certificates of a file after confirming each; how many were added."""
        from ...sync.package import PackageError, load_certificates

        chosen = str(path) if path is not None else self.choose_file()
        if not chosen:
            return 0
        try:
            ders = load_certificates(chosen)
        except PackageError as exc:
            QMessageBox.warning(self, self.tr("Add certificate"), reason_text(exc.said))
            return 0
        added, last = 0, None
        known = {s.fingerprint for s in self.signers}
        for der in ders:
            try:
                signer = trusted_signer_of(der)
            except ValueError as exc:
                QMessageBox.warning(
                    self,
                    self.tr("Add certificate"),
                    self.tr("%1 holds no readable certificate (%2).")
                    .replace("%1", Path(chosen).name)
                    .replace("%2", str(exc)),
                )
                continue
            if signer.fingerprint in known:
                QMessageBox.information(
                    self,
                    self.tr("Add certificate"),
                    self.tr("%1 (%2) is trusted already.")
                    .replace("%1", signer.name or "?")
                    .replace("%2", signer.organisation or "–"),
                )
                last = signer.fingerprint
                continue
            if not self.confirm(self.tr("Trust this signer"), self._describe(signer, certificate_serial(signer))):
                continue
            try:
                trusted = self.review.add_trusted_signer(signer, by=reviewer_name(self.review.store) or None)
            except StoreError as exc:  # an expired certificate: said in the screen's language, nothing stored
                QMessageBox.warning(self, self.tr("Add certificate"), error_text(exc))
                continue
            if trusted:
                added += 1
            known.add(signer.fingerprint)
            last = signer.fingerprint
        self.reload(select=last)
        return added

    def _describe(self, signer: TrustedSigner, serial: str) -> str:
        text = (
            self.tr(
                "Trust every package signed with this certificate?\n\nIt names: %1\nOrganisation: %2\n"
                "Serial number: %3\nValid until: %4\n\nSHA-256 fingerprint:\n%5\n\nCompare this fingerprint "
                "with the one the consultant gives you (by telephone or in person) before you trust it."
            )
            .replace("%1", signer.name or "?")
            .replace("%2", signer.organisation or "–")
            .replace("%3", serial)
            .replace("%4", _date(signer.not_after))
            .replace("%5", signer.fingerprint)
        )
        if _expired(signer):
            text += "\n\n" + self.tr(
                "This certificate has expired: packages it signed can no longer be verified as valid."
            )
        return text

    # -- removing -------------------------------------------------------------------------------------

    def remove_selected(self) -> bool:
        signer = self.selected()
        if signer is None:
            return False
        question = (
            self.tr(
                "Stop trusting %1 (%2)?\n\nSHA-256 fingerprint:\n%3\n\nPackages signed with this "
                "certificate are refused from now on (or, if you allow it when importing, marked "
                "“unknown signer”). Packages already imported keep the verdict they were given at "
                "import: those imported as “trusted signer” stay so, keep their review state and can "
                "still be approved."
            )
            .replace("%1", signer.name or "?")
            .replace("%2", signer.organisation or "–")
            .replace("%3", signer.fingerprint)
        )
        if not self.confirm(self.tr("Remove a trusted signer"), question):
            return False
        try:
            self.review.remove_trusted_signer(signer.fingerprint, by=reviewer_name(self.review.store) or None)
        except ReviewError:  # removed meanwhile (by the CLI, another reviewer)
            QMessageBox.information(
                self,
                self.tr("Remove a trusted signer"),
                self.tr("This signer was no longer trusted (removed meanwhile)."),
            )
        self.reload()
        return True

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
