"""The export dialogs' screenshots (called by scripts/make-screenshots): File › Export report… with
the sample assessment and a signing identity, the same for a blank assessment (an unsigned draft),
the signed report's result; File › Export sync package… encrypted for a Sở, and its result. Each
dialog at its natural size, in Vietnamese and English.

    .venv/bin/python scripts/export-screenshots.py OUT_FOLDER
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.app import make_app, settle
from sxsh_desktop.store.engine import open_store

out = Path(sys.argv[1])
work = Path(tempfile.mkdtemp(prefix="sxsh-export-shots-"))
PASS = "mat-khau-anh-chup"


def wait(app, dialog) -> None:
    start = time.monotonic()
    while dialog.outcome is None and not dialog.error and time.monotonic() - start < 120:
        app.processEvents()
        time.sleep(0.02)
    if dialog.outcome is None:
        raise SystemExit(f"export failed: {dialog.error}")


def picture(app, dialog, name: str) -> None:
    dialog.show()
    settle(app)
    if dialog.outcome is None:
        dialog.adjustSize()
    settle(app)
    dialog.grab().save(str(out / name))


def main() -> None:
    from cryptography.hazmat.primitives.serialization import Encoding

    from sxsh_desktop.domain.model import Assessment, Consultant, Facility
    from sxsh_desktop.gui.export_package_dialog import ExportPackageDialog
    from sxsh_desktop.gui.export_report_dialog import ExportReportDialog
    from sxsh_desktop.gui.first_run import IDENTITY_KEY
    from sxsh_desktop.services.documents import load_sample
    from sxsh_desktop.signing.identity import new_identity, signer_info

    app = make_app()
    documents = work / "Documents"
    documents.mkdir()
    cert = new_identity("Nguyễn Thị Hồng Nhung", "Trung tâm SXSH Miền Trung", work / "nhung.p12", PASS.encode())
    so = new_identity("Sở Công Thương Nghệ An", "UBND tỉnh Nghệ An", work / "so.p12", PASS.encode())
    (documents / "so-cong-thuong-nghe-an.pem").write_bytes(so.public_bytes(Encoding.PEM))
    info = signer_info(cert)
    with open_store(f"sqlite:///{work / 'shots.db'}") as store:
        sample = load_sample(store).assessment_id
        blank = store.add_assessment(Assessment(
            id="0b1d0000-0000-4000-8000-000000000001", language="vi",
            facility=Facility(name="Cơ sở Chế biến Thực phẩm Mỹ Đức"),
            consultant=Consultant(name=info.name, organisation=info.organisation)))
        store.set_meta(IDENTITY_KEY, {"path": str(work / "nhung.p12"), "name": info.name,
                                      "organisation": info.organisation, "fingerprint": info.sha256_fingerprint,
                                      "not_after": info.not_after.isoformat(), "self_issued": info.self_issued})
        store.set_meta("tsa_url", "")
        for lang in ("vi", "en"):
            i18n.install(lang)
            for key in ("report_folder", "package_folder"):
                store.set_meta(key, str(documents))
            store.set_meta("so_certificate", str(documents / "so-cong-thuong-nghe-an.pem"))

            draft = ExportReportDialog(store, blank, lang)
            picture(app, draft, f"export-report-draft-{lang}.png")
            draft.close()

            report = ExportReportDialog(store, sample, lang)
            picture(app, report, f"export-report-{lang}.png")
            report.passphrase_prompt = lambda *_: PASS
            report.export()
            wait(app, report)
            picture(app, report, f"export-report-done-{lang}.png")
            report.close()

            package = ExportPackageDialog(store, sample, lang)
            package.encrypt.setChecked(True)
            picture(app, package, f"export-package-{lang}.png")
            package.passphrase_prompt = lambda *_: PASS
            package.export()
            wait(app, package)
            picture(app, package, f"export-package-done-{lang}.png")
            package.close()
            for made in documents.glob("*.pdf"):
                made.unlink()
            for made in documents.glob("*.sxsh"):
                made.unlink()


try:
    main()
finally:
    shutil.rmtree(work, ignore_errors=True)
