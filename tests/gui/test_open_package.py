"""A .sxsh given on the command line (a double-click): checked and routed to the review intake;
and `sxsh-desktop --selftest`, whose screen part draws the window and a chart offscreen."""

from __future__ import annotations

import os
import re

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QMessageBox

from sxsh_desktop.gui import app as gui_app
from sxsh_desktop.gui import i18n
from sxsh_desktop.gui import open_package as op
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.services.packages import make_package
from sxsh_desktop.signing.identity import SignerSettings, new_identity
from sxsh_desktop.store.engine import open_store

PASS = b"consultant passphrase"


@pytest.fixture(scope="module")
def package(tmp_path_factory):
    work = tmp_path_factory.mktemp("package")
    identity = work / "consultant.p12"
    new_identity("Nguyễn Thị Hồng Nhung", "Trung tâm SXSH", identity, PASS)
    with open_store(work / "laptop.db") as laptop:
        sample = load_sample(laptop).assessment_id
        make_package(laptop, sample, work / "brewery.sxsh", SignerSettings(identity=identity, passphrase=PASS))
    return work / "brewery.sxsh"


@pytest.fixture
def window(qtbot, _private_data_dir):
    store = open_store(_private_data_dir / "so.db")
    i18n.install("en")
    w = MainWindow(store, "en", remember=False)
    qtbot.addWidget(w)
    yield w
    w.close()
    store.close()


def test_the_package_is_checked_and_the_user_told_where_it_opens(qtbot, window, package):
    line = op.open_package(window, package, interactive=False)
    assert line.startswith("brewery.sxsh: intact, signed by Nguyễn Thị Hồng Nhung (Trung tâm SXSH, SHA-256 ")
    assert line.endswith(": signer not trusted")
    notice = op.PackageNotice(window, package, True, "intact, signed by …: signer not trusted")
    qtbot.addWidget(notice)
    assert notice.text() == "Sync packages are opened in the review workspace."
    assert notice.import_button is not None
    # "Import for review": the Sở intake with the store's trust, which refuses an unknown signer
    assert op.import_for_review(window, package).startswith("brewery.sxsh: refused: signer not trusted")


def test_a_broken_package_cannot_be_imported(qtbot, window, package, tmp_path):
    broken = tmp_path / "broken.sxsh"
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0xFF
    broken.write_bytes(bytes(data))
    intact, line = op.check_line(window.store, broken)
    assert not intact and line
    notice = op.PackageNotice(window, broken, intact, line)
    qtbot.addWidget(notice)
    assert notice.import_button is None
    assert op.open_package(window, tmp_path / "missing.sxsh", interactive=False).endswith("missing.sxsh: no such file")


def test_the_review_workspace_takes_packages_when_it_exists(window, package, monkeypatch):
    seen = []
    monkeypatch.setattr(op, "review_workspace_entry", lambda: lambda w, p: seen.append(p) or "opened in review")
    assert op.open_package(window, package) == "opened in review"
    assert seen == [str(package)]


def test_command_line_package_with_screenshot(qtbot, package, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    png = tmp_path / "window.png"
    assert gui_app.main(["--screenshot", str(png), "--lang", "en", str(package)]) == 0
    assert "brewery.sxsh: intact, signed by Nguyễn Thị Hồng Nhung" in capsys.readouterr().out
    assert png.stat().st_size > 10_000


def test_selftest_of_the_gui_draws_offscreen(qtbot, capsys):
    assert gui_app.main(["--selftest"]) == 0
    out = capsys.readouterr().out
    assert re.search(
        r"selftest: OK \(migration, sample, savings, chart, screen, identity, signed report, "
        r"signature\) in \d+\.\d s$",
        out.strip(),
    ), out
