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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from . import i18n
from .forms import error_text

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

# the words are marked for lupdate and translated in explain()
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^(?P<a>.+): wrong passphrase for this identity file$"),
        QT_TRANSLATE_NOOP(
            "ExportSupport", "Wrong passphrase for the identity file %1. Nothing was written; try again."
        ),
    ),
    (
        re.compile(r"^PKCS#11 token '(?P<a>.*)': wrong PIN$"),
        QT_TRANSLATE_NOOP("ExportSupport", "Wrong PIN for the USB token %1. Nothing was written; try again."),
    ),
    (
        re.compile(r"^PKCS#11 token '(?P<a>.*)': the PIN is locked.*$"),
        QT_TRANSLATE_NOOP(
            "ExportSupport",
            "The PIN of the USB token %1 is locked: unlock it with the certification authority's token manager.",
        ),
    ),
    (
        re.compile(r"^(?P<a>.+): no PKCS#11 library at this path.*$"),
        QT_TRANSLATE_NOOP(
            "ExportSupport",
            "There is no PKCS#11 library at %1: choose the token's library in Edit › Preferences › Signing identity.",
        ),
    ),
    (
        re.compile(r"^PKCS#11: give the token label and the key label.*$"),
        QT_TRANSLATE_NOOP(
            "ExportSupport", "Give the token label and the key label in Edit › Preferences › Signing identity."
        ),
    ),
    (
        re.compile(r"^PKCS#11 token '(?P<a>.*)': no private key labelled '(?P<b>.*)'$"),
        QT_TRANSLATE_NOOP("ExportSupport", "The USB token %1 has no key labelled %2."),
    ),
    (
        re.compile(r"^PKCS#11 token '(?P<a>.*)': several private keys are labelled '(?P<b>.*)'$"),
        QT_TRANSLATE_NOOP("ExportSupport", "The USB token %1 has several keys labelled %2."),
    ),
    (
        re.compile(r"^PKCS#11 token '(?P<a>.*)': no certificate labelled '(?P<b>.*)' \((?P<c>.*)\)$"),
        QT_TRANSLATE_NOOP("ExportSupport", "The USB token %1 has no certificate labelled %2 (%3)."),
    ),
    (
        re.compile(r"^PKCS#11 token '(?P<a>.*)': cannot open a session \(No token matching .*\)$"),
        QT_TRANSLATE_NOOP(
            "ExportSupport",
            "No USB token labelled %1 is plugged in: check the token label (the token's manager shows it).",
        ),
    ),
    (
        re.compile(r"^PKCS#11 token '(?P<a>.*)': cannot open a session \((?P<b>.*)\)$"),
        QT_TRANSLATE_NOOP("ExportSupport", "The USB token %1 cannot be opened (%2): is it plugged in?"),
    ),
    (
        re.compile(r"^(?P<a>.+): the certificate of '(?P<b>.*)' expired on (?P<c>\S+); renew the identity$"),
        QT_TRANSLATE_NOOP(
            "ExportSupport",
            "The certificate of %2 expired on %3: it can no longer sign. Make or choose a new "
            "identity in Edit › Preferences › Signing identity.",
        ),
    ),
    (
        re.compile(r"^(?P<a>.+): the certificate of '(?P<b>.*)' is not valid before (?P<c>\S+)$"),
        QT_TRANSLATE_NOOP("ExportSupport", "The certificate of %2 is not valid before %3: check the computer's date."),
    ),
    (
        re.compile(r"^(?P<a>.+): cannot read the identity file \((?P<b>.*)\)$"),
        QT_TRANSLATE_NOOP(
            "ExportSupport",
            "The identity file %1 cannot be read (%2). Is it still there? Choose it again in "
            "Edit › Preferences › Signing identity.",
        ),
    ),
    (
        re.compile(r"^(?P<a>.+): not a PKCS#12 identity file.*$"),
        QT_TRANSLATE_NOOP("ExportSupport", "%1 is not an identity file (.p12, .pfx)."),
    ),
    (
        re.compile(r"^(?P<a>.+): the identity file holds no private key.*$"),
        QT_TRANSLATE_NOOP("ExportSupport", "The identity file %1 holds no private key: it cannot sign."),
    ),
    (
        re.compile(r"^(?P<a>.+): is a signed report and is never overwritten.*$"),
        QT_TRANSLATE_NOOP(
            "ExportSupport",
            "%1 is a signed report and is never overwritten. Choose another file name for the new version.",
        ),
    ),
    (
        re.compile(r"^(?P<a>.+): is a folder; give a file name.*$"),
        QT_TRANSLATE_NOOP("ExportSupport", "%1 is a folder: give a file name."),
    ),
    (re.compile(r"^(?P<a>.+): no such folder$"), QT_TRANSLATE_NOOP("ExportSupport", "The folder %1 does not exist.")),
    (
        re.compile(r"^(?P<a>.+): cannot write the (?:report|package) \((?P<b>.*)\)$"),
        QT_TRANSLATE_NOOP("ExportSupport", "%1 cannot be written (%2)."),
    ),
    (
        re.compile(r"^(?P<a>.+): a package file name ends in (?P<b>\S+)$"),
        QT_TRANSLATE_NOOP("ExportSupport", "A package file name ends in %2."),
    ),
    (
        re.compile(r"^cannot (?:sign|package) an incomplete assessment.*missing: (?P<a>[^)]*)\).*$"),
        QT_TRANSLATE_NOOP(
            "ExportSupport", "The assessment is not complete (missing: %1): its report cannot be signed."
        ),
    ),
    (
        re.compile(r"^(?P<a>.+): cannot read the certificate file \((?P<b>.*)\)$"),
        QT_TRANSLATE_NOOP("ExportSupport", "The certificate file %1 cannot be read (%2)."),
    ),
    (
        re.compile(r"^(?P<a>.+): (?:is not a certificate \(PEM or DER\)|holds no certificate)$"),
        QT_TRANSLATE_NOOP("ExportSupport", "%1 holds no certificate (PEM or DER)."),
    ),
    (
        re.compile(r"^cannot encrypt to this certificate.*$"),
        QT_TRANSLATE_NOOP(
            "ExportSupport", "The package cannot be encrypted to this certificate (an RSA certificate is needed)."
        ),
    ),
    (
        re.compile(r"^timestamp server (?P<a>\S+) did not answer.*$"),
        QT_TRANSLATE_NOOP(
            "ExportSupport",
            "The timestamp server %1 did not answer: the report is signed without a timestamp (PAdES B-B).",
        ),
    ),
    # last: any other refusal of a token (not found, its driver's words)
    (
        re.compile(r"^PKCS#11 token '(?P<a>.*)': (?P<b>.*)$"),
        QT_TRANSLATE_NOOP(
            "ExportSupport", "The USB token %1 cannot be used: %2. Is it plugged in, and is its label right?"
        ),
    ),
]


def explain(exc: BaseException | str) -> str:
    """A refusal of the report or package service (or a warning of it) in the screen's language."""
    text = str(exc)
    for pattern, words in _PATTERNS:
        match = pattern.match(text)
        if match:
            out = QCoreApplication.translate("ExportSupport", words)
            for i, value in enumerate(match.groups(), start=1):
                out = out.replace(f"%{i}", value or "")
            return out
    return error_text(exc) if isinstance(exc, BaseException) else text


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
