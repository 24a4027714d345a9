"""`sxsh selftest`: the installation check of `sxsh-desktop --selftest`, from the command line."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "selftest",
        help="check this installation end to end (migration, savings, chart, signed "
        "report) in a throw-away folder and print a one-line verdict",
    )
    p.add_argument(
        "--screen",
        action="store_true",
        help="also draw the main window and a chart through Qt (offscreen), as sxsh-desktop --selftest does",
    )
    p.add_argument("-v", "--verbose", action="store_true", help="print the time of each step on stderr")
    p.add_argument(
        "--keep",
        metavar="DIR",
        type=Path,
        help="work in DIR and leave what was made there (the database, the chart, the signed report)",
    )
    p.set_defaults(handler=cmd_selftest)


def cmd_selftest(args: argparse.Namespace) -> int:
    from ..selftest import main

    check = None
    if args.screen:
        # The GUI's screen check, loaded by name and only when asked: the command line itself never imports
        # Qt (the layer contract in .importlinter), yet `sxsh selftest --screen` checks the Qt part of an
        # installation where the GUI program has no console to print to (Windows).
        check = importlib.import_module("sxsh_desktop.gui.selftest").screen_check
    return main(check, verbose=args.verbose, keep=args.keep)
