"""Import sync packages for review: files, a folder or files dropped here; the store's trusted signers
(and, after asking, a signer trusted from a refused package); the office's key for encrypted packages,
its passphrase asked when needed and never kept; progress while the packages are checked and stored
in a background thread (sync.intake.import_files, one transaction per package); what happened to
each package, in words."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.message import refusal_text
from ...store.review_ops import ReviewStore, TrustedSigner
from ..forms import current_language
from ..workers import Job, JobSignals
from .labels import outcome_text, reason_text, status_label, verdict_label
from .received_model import VERDICT_COLOURS
from .review_panel import reviewer_name
from .rows_model import TextRowsModel, read_only_table

log = logging.getLogger(__name__)
SUFFIX = ".sxsh"


def package_files(paths: Iterable[str | Path]) -> list[Path]:
    """The package files among `paths`: files as given, folders searched (not their subfolders) for
    *.sxsh; each once, in the order given, a folder's files by name."""
    out: list[Path] = []
    for p in (Path(x) for x in paths):
        found = sorted(c for c in p.iterdir() if c.is_file() and c.suffix.lower() == SUFFIX) if p.is_dir() else [p]
        out += [f for f in found if f not in out]
    return out


def trusted_signer_of(certificate_der: bytes) -> TrustedSigner:
    from cryptography import x509

    from ...signing.identity import signer_info

    info = signer_info(x509.load_der_x509_certificate(certificate_der))
    return TrustedSigner(
        info.sha256_fingerprint,
        info.name,
        info.organisation,
        info.not_after.strftime("%Y-%m-%dT%H:%M:%SZ"),
        certificate_der,
        "",
        "",
    )


def is_encrypted(path: Path) -> bool:
    from ...sync.package import is_enveloped

    try:
        with path.open("rb") as fh:
            return is_enveloped(fh.read(64))
    except OSError:
        return False


class _ImportSignals(JobSignals):
    progress = Signal(int, int, object)


class ImportJob(Job):
    """import_files in a pool thread: each package's outcome by `progress`, the end by `finished(outcomes)`
    or `failed(exc)` (gui/workers.py), all queued to the GUI thread."""

    def __init__(self, review: ReviewStore, paths: list[Path], options: Any):
        super().__init__(self._import, _ImportSignals())
        self.review, self.paths, self.options = review, paths, options
        self.stop = threading.Event()

    def _import(self) -> list[Any]:
        from ...sync.intake import import_files

        return import_files(
            self.review,
            self.paths,
            self.options,
            workers=1,
            progress=lambda done, total, o: self.signals.progress.emit(done, total, o),
            cancelled=self.stop.is_set,
        )


class ImportDialog(QDialog):
    """`add_paths(paths)`, then `start()`; `imported(ids)` after packages were stored; `import_ended(end)`
    once the dialog has taken the job's end (its outcomes, or the exception it stopped on) — what waits for
    an import waits for this, however long the packages take."""

    imported = Signal(list)
    import_ended = Signal(object)

    def __init__(
        self,
        review: ReviewStore,
        parent: QWidget | None = None,
        passphrase_prompt: Callable[[Path], str | None] | None = None,
    ):
        super().__init__(parent)
        self._replacing: set[str] | None = None
        self.review = review
        self.passphrase_prompt = passphrase_prompt or self._ask_passphrase
        self.setWindowTitle(self.tr("Import packages for review"))
        self.setAcceptDrops(True)
        self.resize(980, 620)
        self.job: ImportJob | None = None
        self.outcomes: list[Any] = []
        self.files: list[Path] = []
        from ...sync.intake import prepare_workers  # the first package then need not wait for a worker

        threading.Thread(target=prepare_workers, daemon=True, name="sxsh-intake-workers").start()

        intro = QLabel(
            self.tr(
                "Choose package files (.sxsh) or a folder of them, or drop them here. Each package is "
                "checked — intact, who signed it, whether that signer is trusted — before anything is "
                "stored; a package that fails a check is refused with the reason."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.files_model = QStringListModel(self)
        self.files_view = QListView(self)
        self.files_view.setModel(self.files_model)
        self.files_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files_view.setAccessibleName(self.tr("Packages to import"))
        self.add_files_button = add_files = QPushButton(self.tr("Add &files…"), self)
        add_files.clicked.connect(lambda: self.choose_files())
        self.add_folder_button = add_folder = QPushButton(self.tr("Add a f&older…"), self)
        add_folder.clicked.connect(lambda: self.choose_folder())
        self.clear_button = clear = QPushButton(self.tr("C&lear the list"), self)
        clear.clicked.connect(lambda: self.set_paths([]))
        files_buttons = QHBoxLayout()
        for b in (add_files, add_folder, clear):
            files_buttons.addWidget(b)
        files_buttons.addStretch(1)

        self.trusted_label = QLabel(self)
        self.trusted_label.setWordWrap(True)
        self.allow_untrusted = QCheckBox(
            self.tr(
                "Also import packages from signers this office does not trust yet "
                "(marked “unknown signer”; they cannot be approved until the signer "
                "is trusted)"
            ),
            self,
        )
        self.key_path = QLineEdit(self)
        self.key_path.setPlaceholderText(self.tr("Only for encrypted packages: the office's key (.p12 or PEM)"))
        self.key_path.setAccessibleName(self.tr("Key file for encrypted packages"))
        self.key_button = key_button = QPushButton(self.tr("Choose &key…"), self)
        key_button.clicked.connect(lambda: self.choose_key())
        key_row = QHBoxLayout()
        key_label = QLabel(self.tr("Key:"), self)
        key_label.setBuddy(self.key_path)
        key_row.addWidget(key_label)
        key_row.addWidget(self.key_path, 1)
        key_row.addWidget(key_button)

        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v of %m packages"))
        self.progress.hide()
        self.stop_button = QPushButton(self.tr("&Stop"), self)
        self.stop_button.clicked.connect(lambda: self.cancel())
        self.stop_button.hide()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stop_button)

        self.result_model = TextRowsModel(self)
        # the signer (name and organisation) and what happened wrap, so a reason is read whole without scrolling
        self.results = read_only_table(
            self, self.result_model, self.tr("What happened to each package"), stretch=4, wrap=(3, 4)
        )
        self.results.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.trust_button = QPushButton(self.tr("&Trust this signer and import again…"), self)
        self.trust_button.clicked.connect(lambda: self.trust_selected())

        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(intro)
        tl.addWidget(self.files_view, 1)
        tl.addLayout(files_buttons)
        tl.addWidget(self.trusted_label)
        tl.addWidget(self.allow_untrusted)
        tl.addLayout(key_row)
        bottom = QWidget(self)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addLayout(progress_row)
        bl.addWidget(self.summary)
        bl.addWidget(self.results, 1)
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.trust_button)
        trust_row.addStretch(1)
        bl.addLayout(trust_row)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        split.setSizes([260, 340])

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        # a button's clicked(bool) would reach a slot's first parameter: the slots here take none
        self.import_button.clicked.connect(lambda: self.start())
        self.close_button.clicked.connect(lambda: self.reject())
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self._show_trusted()
        self._show_results()
        self._enable()

    # -- the files ---------------------------------------------------------------------------------

    def set_paths(self, paths: Iterable[str | Path]) -> None:
        self.files = package_files(paths)
        self.files_model.setStringList([str(p) for p in self.files])
        self._enable()

    def add_paths(self, paths: Iterable[str | Path]) -> None:
        self.set_paths([*self.files, *paths])

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose packages"), str(Path.home()), self.tr("SXSH packages (*.sxsh);;All files (*)")
        )
        if paths:
            self.add_paths(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of packages"), str(Path.home()))
        if folder:
            self.add_paths([folder])

    def choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The office's key for encrypted packages"),
            str(Path.home()),
            self.tr("Keys (*.p12 *.pfx *.pem);;All files (*)"),
        )
        if path:
            self.key_path.setText(path)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and not self.running:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.add_paths(paths)
            event.acceptProposedAction()

    # -- importing ---------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.job is not None

    def _decryption(self) -> tuple[bool, Any]:
        """(go on, the office's key) — the key only when some package is encrypted; the passphrase is
        asked for here and not kept."""
        from ...sync.package import Decryption, PackageError

        if not any(is_encrypted(p) for p in self.files):
            return True, None
        key = self.key_path.text().strip()
        if not key:
            self.choose_key()
            key = self.key_path.text().strip()
            if not key:
                QMessageBox.information(
                    self,
                    self.windowTitle(),
                    self.tr("Some packages are encrypted: they are refused without the office's key."),
                )
                return True, None
        passphrase = self.passphrase_prompt(Path(key))
        if passphrase is None:
            return False, None
        try:
            return True, Decryption.from_file(key, passphrase.encode("utf-8") if passphrase else None)
        except PackageError as exc:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("The key cannot be opened: %1").replace("%1", reason_text(exc.said))
            )
        except Exception as exc:  # a wrong passphrase of a .p12 (IdentityError) and the like
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The key cannot be opened: %1").replace("%1", refusal_text(exc, current_language())),
            )
        return False, None

    def _ask_passphrase(self, key: Path) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Passphrase"),
            self.tr("Passphrase of %1 (empty if it has none):").replace("%1", key.name),
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    def start(self) -> bool:
        """Import the files listed in a background thread (the results shown anew)."""
        return self._run(list(self.files), again=False)

    def import_again(self, paths: list[Path]) -> bool:
        """Import `paths` again (a signer was trusted): their lines of the results replaced."""
        return self._run(list(paths), again=True)

    def _run(self, files: list[Path], again: bool) -> bool:
        from ...sync.intake import ImportOptions

        if self.running:
            return False
        if not files:
            return False
        go, decryption = self._decryption()
        if not go:
            return False
        options = ImportOptions(
            decryption=decryption,
            allow_untrusted=self.allow_untrusted.isChecked(),
            by=reviewer_name(self.review.store) or None,
        )
        self.job = ImportJob(self.review, files, options)
        self._replacing = {str(p) for p in files} if again else None
        if self._replacing is None:
            self.outcomes = []
        self.job.signals.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.job.signals.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.job.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress.show()
        self.stop_button.show()
        self.summary.setText(self.tr("Checking the packages…"))
        self._enable()
        QThreadPool.globalInstance().start(self.job)
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.stop.set()
            self.summary.setText(self.tr("Stopping after the package being checked…"))

    def _progress(self, done: int, total: int, outcome: Any) -> None:
        self.progress.setValue(done)
        self._take(outcome)
        self._show_results()

    def _take(self, outcome: Any) -> None:
        if self._replacing and outcome.source in self._replacing:
            self.outcomes = [o for o in self.outcomes if o.source != outcome.source]
        self.outcomes.append(outcome)

    def _finished(self, outcomes: list[Any]) -> None:
        self.job = None
        self._replacing = None
        self.progress.hide()
        self.stop_button.hide()
        self._show_results()
        self._show_trusted()
        self._enable()
        ids = [o.assessment_id for o in outcomes if o.status == "imported" and o.assessment_id]
        self.imported.emit(ids)
        self.import_ended.emit(outcomes)

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._replacing = None
        self.progress.hide()
        self.stop_button.hide()
        self._enable()
        log.warning("import failed: %s", exc)
        self.import_ended.emit(exc)  # before the message box, which waits for the reviewer
        QMessageBox.warning(self, self.windowTitle(), self.tr("The import stopped: %1").replace("%1", str(exc)))

    # -- the results -------------------------------------------------------------------------------

    def _show_results(self) -> None:
        rows, colours = [], {}
        for i, o in enumerate(self.outcomes):
            signer = ""
            if o.signer is not None:
                signer = f"{o.signer.name} ({o.signer.organisation})" if o.signer.organisation else o.signer.name
            rows.append(
                [Path(o.source).name, status_label(o.status), verdict_label(o.verdict), signer, outcome_text(o)]
            )
            colours[(i, 2)] = VERDICT_COLOURS.get(o.verdict, "#1f2d3a")
            if o.status == "refused":
                colours[(i, 1)] = "#b23b3b"
        self.result_model.set_rows(
            [self.tr("File"), self.tr("Result"), self.tr("Signature"), self.tr("Signed by"), self.tr("What happened")],
            rows,
            keys=list(self.outcomes),
            colours=colours,
            tooltips={(i, 4): o.line_text(current_language()) for i, o in enumerate(self.outcomes)},
        )
        self.results.resizeRowsToContents()
        counts: dict[str, int] = {}
        for o in self.outcomes:
            counts[o.status] = counts.get(o.status, 0) + 1
        if self.outcomes and not self.running:
            self.summary.setText(
                self.tr("%1 imported, %2 already here, %3 refused.")
                .replace("%1", str(counts.get("imported", 0)))
                .replace("%2", str(counts.get("already_imported", 0) + counts.get("superseded", 0)))
                .replace("%3", str(counts.get("refused", 0)))
            )
        elif not self.outcomes:
            self.summary.clear()

    def _show_trusted(self) -> None:
        signers = self.review.trusted_signers()
        if not signers:
            self.trusted_label.setText(
                self.tr(
                    "This office trusts no signer yet: packages are refused until their "
                    "signer is trusted (choose a refused package, then “Trust this "
                    "signer”)."
                )
            )
            return
        names = ", ".join(f"{s.name} ({s.organisation})" if s.organisation else s.name for s in signers[:6])
        more = len(signers) - 6
        self.trusted_label.setText(
            self.tr("Trusted signers: %1").replace("%1", names)
            + (self.tr(" and %1 more").replace("%1", str(more)) if more > 0 else "")
        )

    def selected_outcome(self) -> Any:
        rows = self.results.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None

    def select_outcome(self, name: str) -> bool:
        for i, o in enumerate(self.outcomes):
            if Path(o.source).name == name:
                self.results.selectRow(i)
                return True
        return False

    def _enable(self) -> None:
        busy = self.running
        self.import_button.setEnabled(bool(self.files) and not busy)
        o = self.selected_outcome()
        self.trust_button.setEnabled(
            not busy and o is not None and o.verdict == "unknown_signer" and o.status == "refused"
        )

    def trust_selected(self, confirm: bool = True) -> bool:
        """Trust the signer of the refused package chosen (after asking) and import that package again."""
        from ...sync.package import check_file

        o = self.selected_outcome()
        if o is None or o.verdict != "unknown_signer":
            return False
        check = check_file(o.source)
        if check.signer_certificate is None or check.signer is None:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The signer's certificate cannot be read from %1.").replace("%1", Path(o.source).name),
            )
            return False
        signer = trusted_signer_of(check.signer_certificate)
        if confirm and not confirm_trust(self, signer):
            return False
        self.review.add_trusted_signer(signer, by=reviewer_name(self.review.store) or None)
        self._show_trusted()
        return self.import_again([Path(o.source)])


def confirm_trust(parent: QWidget, signer: TrustedSigner) -> bool:
    from PySide6.QtCore import QCoreApplication

    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ImportDialog", "Trust this signer"),
        QCoreApplication.translate(
            "ImportDialog",
            "Trust every package signed by %1 (%2)?\n\nCertificate SHA-256:\n%3"
            "\n\nCompare this fingerprint with the one the consultant gives you (by telephone "
            "or in person) before you trust it.",
        )
        .replace("%1", signer.name)
        .replace("%2", signer.organisation or "–")
        .replace("%3", signer.fingerprint),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
