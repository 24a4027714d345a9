"""Every screen fits, in Vietnamese and in English, at 1366×768, at 1920×1080 and at 150 % of 1920×1080
(1280×720 logical pixels, under a real scale factor): the start list, each page of the sample
assessment with each of its tabs in front, the review workspace with received packages (list, one
assessment, dashboard), and each dialog. A header or a cell elided, a field shorter than its font or
narrower than its text, a label or a button clipped, tabs that do not fit: each is a failure
(layout_checks.py says exactly what is looked at). The window's smallest size fits the screen too.

The 150 % screen is checked in a child run under QT_SCALE_FACTOR=1.5 (the factor is read when the
application starts), the others in this one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from layout_checks import problems_in_every_tab, settle

from sxsh_desktop.gui import i18n

SCREENS = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}
SCALED = os.environ.get("SXSH_LAYOUT_SCALED") == "1"
if SCALED:  # the child run: the real scale factor, the one screen it stands for
    SCREENS = {"scaled-150pc": (1280, 720)}


@pytest.fixture(scope="module")
def received(tmp_path_factory):
    """Packages for the review workspace (signed, from review_support)."""
    from review_support import make_packages

    return make_packages(tmp_path_factory.mktemp("layout-packages"))


def _store(path: Path):
    from sxsh_desktop.services.documents import import_object, load_sample
    from sxsh_desktop.store.engine import open_store

    store = open_store(f"sqlite:///{path}", auto_backup=False)
    store.set_meta("consultant_profile", {"name": "Nguyễn Thị Hồng Nhung", "organisation": "Trung tâm SXSH"})
    sample = load_sample(store).assessment_id
    tapioca = Path(__file__).resolve().parents[1] / "data" / "tapioca-starch.json"
    import json

    import_object(store, json.loads(tapioca.read_text(encoding="utf-8")))
    return store, sample


def _window(qtbot, store, lang, size):
    from sxsh_desktop.gui.main_window import MainWindow

    i18n.install(lang)
    window = MainWindow(store, lang, remember=False)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    settle()
    return window


def _fits_screen(widget, size, where) -> list[str]:
    hint = widget.minimumSizeHint()
    out = []
    if hint.width() > size[0] or hint.height() > size[1]:
        out.append(f"{where}: needs at least {hint.width()}×{hint.height()}, the screen is {size[0]}×{size[1]}")
    if widget.width() > size[0] or widget.height() > size[1]:
        out.append(f"{where}: shown at {widget.width()}×{widget.height()}, larger than the screen")
    layout = widget.layout()
    least = layout.totalHeightForWidth(widget.width()) if layout is not None and layout.hasHeightForWidth() else -1
    if widget.width() < hint.width() or widget.height() < max(hint.height(), least):
        out.append(
            f"{where}: squeezed to {widget.width()}×{widget.height()}, needs {hint.width()}×{max(hint.height(), least)}"
        )
    return out


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_consultant_screens_fit(qtbot, tmp_path, lang, screen):
    size = SCREENS[screen]
    store, sample = _store(tmp_path / "layout.db")
    window = _window(qtbot, store, lang, size)
    found = _fits_screen(window, size, "window") + problems_in_every_tab(window, "start")
    window.open_assessment(sample, 1)
    for task in range(1, 19):
        window.view.show_task(task)
        settle()
        window.view.strip.refresh_now()
        settle()
        found += problems_in_every_tab(window, f"task {task}")
    window.close()
    store.close()
    found = list(dict.fromkeys(found))
    assert not found, f"{len(found)} things do not fit ({lang}, {screen}):\n" + "\n".join(found)


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_review_screens_fit(qtbot, tmp_path, lang, screen, received):
    from sxsh_desktop.gui.review.import_dialog import trusted_signer_of
    from sxsh_desktop.store.review_ops import ReviewStore
    from sxsh_desktop.sync.intake import ImportOptions, import_files

    size = SCREENS[screen]
    store, _sample = _store(tmp_path / "review.db")
    review = ReviewStore(store)
    review.add_trusted_signer(trusted_signer_of(received.consultant_cert), by="setup")
    import_files(review, [*received.trusted], ImportOptions(by="Trần Bình"))
    window = _window(qtbot, store, lang, size)
    ws = window.show_review()
    settle()
    found = problems_in_every_tab(window, "review list")
    ws.select(received.ids["a-brewery"])
    settle()
    found += problems_in_every_tab(window, "review detail")
    window.close()
    store.close()
    found = list(dict.fromkeys(found))
    assert not found, f"{len(found)} things do not fit ({lang}, {screen}):\n" + "\n".join(found)


def _dialogs(window, store, sample, lang):
    from sxsh_desktop.gui.export_package_dialog import ExportPackageDialog
    from sxsh_desktop.gui.export_report_dialog import ExportReportDialog
    from sxsh_desktop.gui.first_run import FirstRunDialog
    from sxsh_desktop.gui.new_assessment_dialog import NewAssessmentDialog
    from sxsh_desktop.gui.preferences import PreferencesDialog
    from sxsh_desktop.gui.review.import_dialog import ImportDialog
    from sxsh_desktop.gui.review.trusted_signers_dialog import TrustedSignersDialog

    review = window.show_review()
    yield "import", ImportDialog(review.review, window)
    yield "trusted signers", TrustedSignersDialog(review.review, window)
    window.show_consultant()
    yield "export report", ExportReportDialog(store, sample, lang, window)
    yield "export package", ExportPackageDialog(store, sample, lang, window)
    yield "new assessment", NewAssessmentDialog(lang, window)
    yield "preferences", PreferencesDialog(window)
    yield "first run", FirstRunDialog(window, language=lang)


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_dialogs_fit(qtbot, tmp_path, lang, screen):
    from PySide6.QtWidgets import QWizard

    size = SCREENS[screen]
    store, sample = _store(tmp_path / "dialogs.db")
    window = _window(qtbot, store, lang, size)
    found = []
    for name, dialog in _dialogs(window, store, sample, lang):
        dialog.show()
        qtbot.waitExposed(dialog)
        settle()
        found += _fits_screen(dialog, size, name)
        if isinstance(dialog, QWizard):
            for _ in range(len(dialog.pageIds())):
                settle()
                page = dialog.currentPage()
                found += problems_in_every_tab(page, f"{name} › {type(page).__name__}")
                if getattr(page, "content", None) is None and page.height() < page.minimumSizeHint().height():
                    found.append(f"{name} › {type(page).__name__}: needs {page.minimumSizeHint().height()} px tall")
                dialog.next()
        else:
            found += problems_in_every_tab(dialog, name)
        dialog.close()
        dialog.deleteLater()
    window.close()
    store.close()
    found = list(dict.fromkeys(found))
    assert not found, f"{len(found)} things do not fit ({lang}, {screen}):\n" + "\n".join(found)


@pytest.mark.skipif(SCALED, reason="this is the scaled run")
def test_every_screen_at_150_percent_of_1920x1080(tmp_path):
    env = dict(os.environ, QT_SCALE_FACTOR="1.5", SXSH_LAYOUT_SCALED="1", QT_QPA_PLATFORM="offscreen")
    env.pop("PYTEST_XDIST_WORKER", None)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", __file__],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
