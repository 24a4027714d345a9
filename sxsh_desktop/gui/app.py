"""`sxsh-desktop`: the desktop application.

    sxsh-desktop [--db URL] [--open ID] [--page TASK] [--lang vi|en] [--mode consultant|review]
                 [--screenshot FILE.png] [FILE.sxsh]
                 [--new-dialog TEMPLATE [--facility NAME]]

With --screenshot the window is rendered (offscreen works: QT_QPA_PLATFORM=offscreen) at
1366×768, written as PNG, and the program exits; with --new-dialog the "new assessment" dialog is
drawn over it, the template TEMPLATE chosen. `--selftest` checks the installation end to end
(sxsh_desktop/selftest.py: migration, sample, savings, chart, the window offscreen, a signed report)
and prints a one-line verdict. A sync package given as FILE.sxsh (a double-click on one) is opened
by gui/open_package.py (the review workspace's import dialog, holding that file). `--mode review` starts
in the Sở's review workspace (default: the workspace shown at the last quit).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from .application import make_app, settle

log = logging.getLogger(__name__)
SCREEN_SIZE = (1366, 768)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sxsh-desktop", description="SXSH Desktop: cleaner production assessments.")
    p.add_argument("--db", metavar="URL", help="database URL (default: the app's SQLite file in the data folder)")
    p.add_argument("--open", metavar="ID", help="open this assessment (a unique prefix of its id is enough)")
    p.add_argument("--page", metavar="TASK", type=int, choices=range(1, 19), help="show the page of this task (1–18)")
    p.add_argument("--lang", choices=("vi", "en"), help="language of the window (default: the last one chosen)")
    p.add_argument(
        "--mode",
        choices=("consultant", "review"),
        help="the consultant's assessments or the Sở's review workspace (default: the last one shown)",
    )
    p.add_argument("--screenshot", metavar="FILE.png", help="render the window to a PNG file and exit")
    p.add_argument(
        "--size", metavar="WxH", default=f"{SCREEN_SIZE[0]}x{SCREEN_SIZE[1]}", help="window size for --screenshot"
    )
    p.add_argument(
        "--new-dialog",
        metavar="TEMPLATE",
        help="with --screenshot: show the new-assessment dialog, this template chosen ('' for blank)",
    )
    p.add_argument("--facility", metavar="NAME", default="", help="with --new-dialog: the facility name typed in")
    p.add_argument("--selftest", action="store_true", help="check the installation and print a verdict")
    p.add_argument("file", nargs="?", metavar="FILE.sxsh", help="a sync package to open (what a double-click does)")
    return p


def screenshot(window, path: str, size: tuple[int, int] = SCREEN_SIZE, dialog=None) -> None:
    """The window as a PNG; a dialog given is drawn centred over it (offscreen, a window's grab
    does not include the dialogs it shows)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    window.resize(*size)
    window.show()
    settle(app)
    if window.view is not None:
        window.view.strip.refresh_now()
    settle(app)
    image = window.grab()
    if dialog is not None:
        from PySide6.QtGui import QColor, QPainter

        dialog.show()
        settle(app)
        picture = dialog.grab()
        painter = QPainter(image)
        painter.fillRect(image.rect(), QColor(0, 0, 0, 70))
        x, y = (image.width() - picture.width()) // 2, (image.height() - picture.height()) // 2
        painter.drawPixmap(x, y, picture)
        painter.setPen(QColor("#5f6b77"))
        painter.drawRect(x - 1, y - 1, picture.width() + 1, picture.height() + 1)
        painter.end()
        dialog.close()
    if not image.save(path):
        raise OSError(f"{path}: the picture could not be written")


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"sxsh-desktop: --size {text!r} should be WIDTHxHEIGHT, like 1366x768") from None
    return w, h


def selftest() -> int:
    """The installation check (offscreen); on Windows the GUI program has no console, so the verdict
    is also shown in a message box there."""
    import io

    from ..selftest import main as run
    from .selftest import screen_check

    out = sys.stdout if sys.stdout is not None else io.StringIO()
    code = run(screen_check, out=out)
    if sys.stdout is None:  # a windowed program (Windows): nobody reads stdout
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            QMessageBox.information(None, "SXSH Desktop", out.getvalue().strip())
    return code


def resolve_id(store, given: str) -> str:
    """The id of the assessment whose id is `given` or the only one starting with it (LookupError)."""
    ids = [s.id for s in store.list_assessments()]
    if given in ids:
        return given
    matches = [i for i in ids if i.startswith(given)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise LookupError(f"--open: no assessment '{given}' in the store")
    raise LookupError(f"--open: '{given}' matches {len(matches)} assessments; give more of the id")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.selftest:  # one line, as `sxsh selftest` prints: no log chatter (the font subsetting's) around it
        return selftest()
    logging.basicConfig(
        level=logging.INFO if args.screenshot is None else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    # the terminal a user started the app from shows warnings and errors only (a first start's migration
    # steps, one line each, are not for it); the log file in the data folder keeps INFO (log_to_file)
    for handler in logging.getLogger().handlers:
        handler.setLevel(logging.WARNING)
    size = _size(args.size)
    app = make_app()

    from ..store.engine import open_store
    from ..store.errors import StoreError
    from . import i18n
    from .first_run import profile
    from .main_window import MainWindow

    if args.screenshot is None:  # before the store opens: a first start's migration steps go to the file too
        from .error_report import log_to_file

        log_to_file()
    try:
        store = open_store(args.db)
    except StoreError as exc:
        print(f"sxsh-desktop: {exc}", file=sys.stderr)
        if args.screenshot is None:
            from PySide6.QtWidgets import QMessageBox

            from ..domain.message import refusal_text

            # the language chosen is kept in the store that did not open: the app's own (Vietnamese) unless --lang
            language = args.lang or i18n.DEFAULT_LANGUAGE
            i18n.install(language)
            QMessageBox.critical(None, "SXSH Desktop", refusal_text(exc, language))
        return 2
    hook = None
    if args.screenshot is None:
        from .error_report import ErrorHook

        hook = ErrorHook().install()
    try:
        language = args.lang or i18n.stored_language(store)
        i18n.install(language)
        for warning in store.warnings:  # a backup skipped (full disk) or a damaged database
            print(f"sxsh-desktop: warning: {warning}", file=sys.stderr)
        if store.damage is not None and args.screenshot is None:
            from .restore_backup import offer_newest_good

            offer_newest_good(store)
        window = MainWindow(store, language, remember=args.screenshot is None)
        if store.warnings and store.damage is None:
            said = store.warnings[0].text(language)
            window.statusBar().showMessage(said[:1].upper() + said[1:], 30000)  # a sentence, as the bar's others
        if args.open:
            try:
                window.open_assessment(resolve_id(store, args.open), args.page)
            except (StoreError, LookupError) as exc:
                print(f"sxsh-desktop: {exc.args[0] if isinstance(exc, LookupError) else exc}", file=sys.stderr)
                return 2
        else:
            window.restore_last()
            if args.page and window.view is not None:
                window.view.show_task(args.page)
        if args.mode:
            window.set_mode(args.mode)
        if args.file and args.screenshot:  # the package's verdict on stdout, the window in the picture
            from .open_package import open_package

            print(open_package(window, args.file, interactive=False))
        if args.screenshot:
            dialog = None
            if args.new_dialog is not None:
                from .new_assessment_dialog import NewAssessmentDialog

                dialog = NewAssessmentDialog(language, window)
                dialog.name.setText(args.facility)
                dialog.select(args.new_dialog)
            screenshot(window, args.screenshot, size, dialog)
            window.close()
            return 0
        window.show()
        if args.file:
            from PySide6.QtCore import QTimer

            from .open_package import open_package

            QTimer.singleShot(0, lambda: open_package(window, args.file))
        if profile(store) is None:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, window.first_run)
        return app.exec()
    finally:
        if hook is not None:
            hook.uninstall()
        store.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
