"""What the two export dialogs (the report, the sync package) share: the signing identity told in
words, the passphrase asked at the moment of signing, the service's refusals said in the screen's
language, file names and remembered folders, and "show in folder".

The passphrase (or a USB token's PIN) is asked in a password field when the user presses Export,
handed to the service in a SignerSettings for that one run and dropped with it; it is never written
to the store or a file. The identity kept in the store (first_run, meta "identity") is a PKCS#12
file (`path`; `kind` "pkcs12" or none) or a PKCS#11 token (`kind` "pkcs11": `pkcs11_lib`,
`token_label`, `key_label`).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ..domain.message import Message
from . import i18n
from .forms import current_language, error_text

log = logging.getLogger(__name__)

# -- the identity ----------------------------------------------------------------------------------


def identity_expiry(meta: dict | None) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(str((meta or {}).get("not_after", "")))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def identity_expired(meta: dict | None, now: dt.datetime | None = None) -> bool:
    end = identity_expiry(meta)
    return end is not None and (now or dt.datetime.now(dt.UTC)) > end


def is_token(meta: dict | None) -> bool:
    return bool(meta) and (meta or {}).get("kind") == "pkcs11"


def has_identity(meta: dict | None) -> bool:
    """An identity is set: a .p12 file, or a token with its library, token label and key label."""
    if not meta:
        return False
    if is_token(meta):
        return all(meta.get(k) for k in ("pkcs11_lib", "token_label", "key_label"))
    return bool(meta.get("path"))


def signer_settings(meta: dict, secret: str):
    """What the services sign with, for one run: the file and its passphrase, or the token and its PIN."""
    from ..signing.identity import SignerSettings

    if is_token(meta):
        return SignerSettings(
            pkcs11_lib=str(meta["pkcs11_lib"]),
            token_label=str(meta["token_label"]),
            key_label=str(meta["key_label"]),
            cert_label=meta.get("cert_label") or None,
            pin=secret,
        )
    return SignerSettings(identity=meta["path"], passphrase=secret.encode("utf-8"))


def describe_identity(meta: dict | None) -> str:
    """'Name (Organisation), valid until 31/12/2028' — or that it has expired, or that there is none."""
    if not has_identity(meta):
        return QCoreApplication.translate(
            "ExportSupport", "No signing identity yet: make or choose one in Edit › Preferences › Signing identity."
        )
    who = meta.get("name") or "?"
    if meta.get("organisation"):
        who = f"{who} ({meta['organisation']})"
    end = identity_expiry(meta)
    until = i18n.format_date(end.date().isoformat()) if end else "?"
    if identity_expired(meta):
        return (
            QCoreApplication.translate(
                "ExportSupport",
                "%1 — the certificate expired on %2: renew it in Edit › Preferences › Signing identity.",
            )
            .replace("%1", who)
            .replace("%2", until)
        )
    text = QCoreApplication.translate("ExportSupport", "%1, valid until %2").replace("%1", who).replace("%2", until)
    if meta.get("self_issued"):
        text += " " + QCoreApplication.translate("ExportSupport", "(self-issued)")
    if is_token(meta):
        text += " " + QCoreApplication.translate("ExportSupport", "— on the USB token %1").replace(
            "%1", str(meta.get("token_label", ""))
        )
    return text


def ask_passphrase(parent: QWidget, meta: dict) -> str | None:
    """The identity's passphrase (a token's PIN), typed now; None when the user cancels."""
    if is_token(meta):
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("ExportSupport", "Sign"),
            QCoreApplication.translate("ExportSupport", "PIN of your USB token %1 (key %2):")
            .replace("%1", str(meta.get("token_label", "")))
            .replace("%2", str(meta.get("key_label", ""))),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None
    name = Path(str(meta.get("path", ""))).name
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ExportSupport", "Sign"),
        QCoreApplication.translate("ExportSupport", "Passphrase of your identity %1 (%2):")
        .replace("%1", meta.get("name") or "")
        .replace("%2", name),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


# -- the service's refusals in words ---------------------------------------------------------------


def explain(exc: BaseException | Message | str) -> str:
    """A refusal of the report or package service (or a warning of it) in the screen's language: the
    service gives it as a message of the catalogue (IdentityError, ReportError, PackageError carry it);
    words it gives as text are shown as written."""
    if isinstance(exc, Message):
        return exc.text(current_language())
    if isinstance(exc, str):
        return exc
    return error_text(exc)


# -- files and folders -----------------------------------------------------------------------------


def slug(text: str) -> str:
    """ASCII for a file name: 'Công ty Bia Hương Sen' → 'Cong-ty-Bia-Huong-Sen'."""
    text = text.replace("Đ", "D").replace("đ", "d")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")[:60].rstrip("-") or "SXSH"


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


PATH_FIELD_MAX = 720  # px: a longer path shows its start, whole in the tooltip


def fit_path_field(edit: QLineEdit) -> None:
    """A file's path shown whole: the field widens to its text (up to PATH_FIELD_MAX), its tooltip holds
    it all, and it shows from the start when it is not being typed in."""

    def fit(text: str) -> None:
        edit.setToolTip(text)
        edit.setMinimumWidth(min(edit.fontMetrics().horizontalAdvance(text) + 24, PATH_FIELD_MAX))
        if not edit.hasFocus():
            edit.setCursorPosition(0)

    edit.textChanged.connect(fit)


def human_size(n: int) -> str:
    if n < 1024 * 1024:
        return QCoreApplication.translate("ExportSupport", "%1 KB").replace("%1", i18n.format_number(n / 1024, 0))
    return QCoreApplication.translate("ExportSupport", "%1 MB").replace("%1", i18n.format_number(n / 1024 / 1024, 1))


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """The file's folder in the file manager (the file selected where the system can)."""
    try:
        if sys.platform == "win32":
            subprocess.Popen(["explorer", "/select,", str(path)])
            return True
        if sys.platform == "darwin":
            subprocess.Popen(["open", "-R", str(path)])
            return True
    except OSError:
        pass
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def print_file(path: Path) -> tuple[bool, str]:
    """Send a PDF to the printer: (sent, what to tell the user)."""
    import shutil

    sent = QCoreApplication.translate("ExportSupport", "Sent to the default printer.")
    failed = QCoreApplication.translate("ExportSupport", "Printing failed (%1).")
    if sys.platform == "win32":
        try:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]
        except OSError as exc:
            return False, failed.replace("%1", exc.strerror or str(exc))
        return True, sent
    lp = shutil.which("lp")
    if lp:
        try:
            done = subprocess.run([lp, "--", str(path)], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return False, failed.replace("%1", str(exc))
        if done.returncode == 0:
            return True, sent
        return False, failed.replace("%1", " ".join((done.stderr or done.stdout).split()) or str(done.returncode))
    open_file(path)
    return False, QCoreApplication.translate(
        "ExportSupport", "There is no printing command here: the report is open in the PDF viewer; print it from there."
    )
