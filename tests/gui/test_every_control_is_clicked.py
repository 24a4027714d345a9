"""Every push button and action of the window, its pages and its dialogs is driven by some test of the GUI
tier (clicked, or triggered as a menu or a shortcut does), so a button that raises or does nothing cannot
hide behind tests that call methods. Runs last (conftest.py orders it) and only when the whole tier ran;
it also fails on a control without a name (an objectName, or an attribute that holds it).

NOT_YET lists the controls no test drives yet, by name; an entry that a test now drives fails the check
too, so the list only shrinks."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("PySide6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import controls

NOT_YET: set[str] = set()


# driven only by tests that need a tool some machines lack (the token tests need SoftHSM2): neither
# required nor refused
WHEN_AVAILABLE = {"IdentityPage.test_button"}


def _clicked_by_the_tier(request) -> set[str]:
    """What the whole GUI tier drove: this run's clicks when it was given the whole tier serially, or the
    union a run spread over pytest-xdist workers left in SXSH_CLICKED_DIR (conftest.py) when this file runs
    after it on its own. Skips when neither shows the whole tier."""
    from pathlib import Path

    folder = os.environ.get("SXSH_CLICKED_DIR")
    if folder and not controls.whole_tier_given(request.config):
        if not Path(folder, "whole-tier").exists():
            pytest.fail(f"{folder} holds no record of a whole, passing run of the GUI tier")
        clicked: set[str] = set()
        for part in Path(folder).glob("clicked-*.txt"):
            clicked |= set(part.read_text(encoding="utf-8").split())
        return clicked
    if os.environ.get("PYTEST_XDIST_WORKER"):
        pytest.skip("a worker of pytest-xdist sees only its own tests' clicks; the run after it checks them all")
    if not controls.whole_tier_given(request.config):
        pytest.skip("only the whole GUI tier shows which controls its tests drive")
    return controls.clicked


def all_controls(qtbot, tmp_path) -> dict[str, str]:
    """The controls of the main window (menus, the start list, every page of the sample assessment, the
    review workspace) and of each dialog."""
    from sxsh_desktop.gui import i18n
    from sxsh_desktop.gui.export_package_dialog import ExportPackageDialog
    from sxsh_desktop.gui.export_report_dialog import ExportReportDialog
    from sxsh_desktop.gui.first_run import FirstRunDialog
    from sxsh_desktop.gui.main_window import MainWindow
    from sxsh_desktop.gui.new_assessment_dialog import NewAssessmentDialog
    from sxsh_desktop.gui.preferences import PreferencesDialog
    from sxsh_desktop.gui.review.import_dialog import ImportDialog
    from sxsh_desktop.gui.review.trusted_signers_dialog import TrustedSignersDialog
    from sxsh_desktop.gui.user_guide import UserGuideDialog
    from sxsh_desktop.services.documents import load_sample
    from sxsh_desktop.store.engine import open_store

    store = open_store(f"sqlite:///{tmp_path / 'walk.db'}", auto_backup=False)
    store.set_meta("consultant_profile", {"name": "Lê Văn An", "organisation": "VNCPC"})
    sample = load_sample(store).assessment_id
    i18n.install("en")
    window = MainWindow(store, "en", remember=False)
    qtbot.addWidget(window)
    found = controls.controls_of(window)
    window.open_assessment(sample, 1)
    for task in range(1, 19):
        window.view.show_task(task)
        found |= controls.controls_of(window)
    review = window.show_review()
    found |= controls.controls_of(window)
    dialogs = [
        ImportDialog(review.review, window),
        TrustedSignersDialog(review.review, window),
        ExportReportDialog(store, sample, "en", window),
        ExportPackageDialog(store, sample, "en", window),
        NewAssessmentDialog("en", window),
        FirstRunDialog(window, language="en"),
        PreferencesDialog(window),
        UserGuideDialog("en", window),
    ]
    for d in dialogs:
        found |= controls.controls_of(d)
        d.deleteLater()
    window.close()
    store.close()
    return found


def test_every_control_is_named_and_driven_by_a_test(qtbot, tmp_path, request):
    found = all_controls(qtbot, tmp_path)
    if os.environ.get("SXSH_CLICKED_OUT"):  # for looking at the lists after a run
        with open(os.environ["SXSH_CLICKED_OUT"] + ".found", "w", encoding="utf-8") as fh:
            fh.write("\n".join(sorted(found)) + "\n")
    unnamed = sorted(k for k in found if k.startswith("<unnamed"))
    assert not unnamed, "controls without a name:\n" + "\n".join(unnamed)
    clicked = _clicked_by_the_tier(request)
    never = sorted(set(found) - clicked - NOT_YET - WHEN_AVAILABLE)
    assert not never, "controls no test clicks or triggers:\n" + "\n".join(f"{n} ({found[n]})" for n in never)
    now_driven = sorted(NOT_YET & clicked)
    assert not now_driven, "driven by a test now, take them off NOT_YET:\n" + "\n".join(now_driven)
