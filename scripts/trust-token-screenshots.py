"""Screenshots of the review workspace's trusted signers dialog and of the identity page set to a USB
token (called by scripts/make-screenshots), in Vietnamese and English, each dialog at its size.

The trusted signers are two consultants' certificates (made here). The token is a SoftHSM2 token made
here when softhsm2 and opensc are installed (then "Test…" is pressed, so the page shows who the
token's certificate names); without them the page is shown filled in but not tested.

    .venv/bin/python scripts/trust-token-screenshots.py OUT_FOLDER
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp(prefix="sxsh-trust-shots-"))
SOFTHSM_LIB = Path("/usr/lib/softhsm/libsofthsm2.so")
PIN, TOKEN, KEY = "123456", "VNPT-CA Token", "nhung-2025"
PASS = b"mat-khau-anh-chup"
os.environ["SOFTHSM2_CONF"] = str(work / "softhsm2.conf")  # before the PKCS#11 library is first loaded

from sxsh_desktop.gui import i18n  # noqa: E402
from sxsh_desktop.gui.app import make_app, settle  # noqa: E402
from sxsh_desktop.store.engine import open_store  # noqa: E402

out = Path(sys.argv[1])


def make_token() -> bool:
    """A SoftHSM2 token holding a consultant's key and certificate; False when SoftHSM2 is not here."""
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    from sxsh_desktop.signing.identity import load_pkcs12, new_identity

    if not SOFTHSM_LIB.exists() or not shutil.which("softhsm2-util") or not shutil.which("pkcs11-tool"):
        return False
    (work / "tokens").mkdir()
    (work / "softhsm2.conf").write_text(f"directories.tokendir = {work / 'tokens'}\nobjectstore.backend = file\n"
                                        "log.level = ERROR\n")
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", TOKEN, "--so-pin", "87654321",
                    "--pin", PIN], check=True, capture_output=True)
    new_identity("Nguyễn Thị Hồng Nhung", "Trung tâm SXSH Miền Trung", work / "token.p12", PASS)
    ident = load_pkcs12(work / "token.p12", PASS)
    (work / "key.der").write_bytes(ident.key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
    (work / "cert.der").write_bytes(ident.certificate.public_bytes(Encoding.DER))
    for path, kind in ((work / "key.der", "privkey"), (work / "cert.der", "cert")):
        subprocess.run(["pkcs11-tool", "--module", str(SOFTHSM_LIB), "--token-label", TOKEN, "--login", "--pin", PIN,
                        "--write-object", str(path), "--type", kind, "--id", "01", "--label", KEY],
                       check=True, capture_output=True)
    return True


def picture(app, widget, name: str) -> None:
    widget.show()
    settle(app)
    widget.grab().save(str(out / name))


def main() -> None:
    import datetime as dt

    from cryptography.hazmat.primitives.serialization import Encoding

    from sxsh_desktop.gui.main_window import MainWindow
    from sxsh_desktop.gui.preferences import PreferencesDialog
    from sxsh_desktop.gui.review.import_dialog import trusted_signer_of
    from sxsh_desktop.gui.review.trusted_signers_dialog import TrustedSignersDialog
    from sxsh_desktop.signing.identity import new_identity
    from sxsh_desktop.store.review_ops import ReviewStore

    app = make_app()
    tested = make_token()
    store = open_store(f"sqlite:///{work / 'so.db'}", auto_backup=False)
    store.set_meta("consultant_profile", {"name": "Trần Thị Bình", "organisation": "Sở Công Thương Nghệ An"})
    review = ReviewStore(store)
    from sxsh_desktop.store.review_ops import trust

    real_now = trust.utc_now
    for key, name, org, who, years in (
            ("an", "Lê Văn An", "Công ty Tư vấn Năng lượng Xanh", "Trần Thị Bình", 3),
            ("nhung", "Nguyễn Thị Hồng Nhung", "Trung tâm SXSH Miền Trung", "Hoàng Minh Đức", 3),
            ("cu", "Đặng Quốc Cường", "Viện Năng suất Việt Nam", "Trần Thị Bình", 1)):
        start = dt.datetime(2023, 3, 1, tzinfo=dt.UTC) if key == "cu" else None
        cert = new_identity(name, org, work / f"{key}.p12", PASS, years=years, not_before=start)
        # the expired one was trusted while it was valid (the store refuses to trust it now)
        trust.utc_now = (lambda: "2023-06-01T00:00:00Z") if key == "cu" else real_now
        review.add_trusted_signer(trusted_signer_of(cert.public_bytes(Encoding.DER)), by=who)
    trust.utc_now = real_now
    for lang in ("vi", "en"):
        i18n.install(lang)
        window = MainWindow(store, lang, remember=False)
        window.show_review()
        dialog = TrustedSignersDialog(review, window)
        dialog.resize(1180, 400)
        dialog.select_fingerprint(dialog.signers[1].fingerprint)
        picture(app, dialog, f"trusted-signers-{lang}.png")
        dialog.close()

        prefs = PreferencesDialog(window)
        page = prefs.identity_page
        prefs.tabs.setCurrentWidget(page)
        page.token.setChecked(True)
        page.library.setEditText(str(SOFTHSM_LIB))
        page.token_label.setText(TOKEN)
        page.key_label.setText(KEY)
        if tested:
            page.pin_prompt = lambda *_: PIN
            page.test_token()
        prefs.resize(760, prefs.sizeHint().height())
        picture(app, prefs, f"identity-token-{lang}.png")
        prefs.close()
        window.close()
    store.close()


try:
    main()
finally:
    shutil.rmtree(work, ignore_errors=True)
