"""The `sxsh` parser and its run: the command groups of this package registered on one parser, each
expected failure turned into one line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from .. import __version__
from .errors import EXIT_FAILURE, EXIT_USAGE, CommandError


def command_modules() -> list[Any]:
    """The command groups, in the order of `sxsh --help`; imported when the parser is built."""
    from . import assessments, balances, identity, packages, reports, review, selftest, templates

    return [assessments, balances, reports, identity, templates, packages, review, selftest]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sxsh",
        description="SXSH Desktop from the command line: cleaner-production assessments, savings, reports, packages.",
    )
    parser.add_argument("--version", action="version", version=f"sxsh {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="database URL (default: the app's SQLite file in your data folder); sqlite:///path.db or "
        "postgresql+psycopg://user@host/db",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(sub, common)
    return parser


def _expected_errors() -> tuple[type[BaseException], ...]:
    from ..domain.quantities import UnitError
    from ..domain.validation import ValidationError
    from ..interchange.document import DocumentError
    from ..report import ReportError
    from ..signing.cms import SignatureError
    from ..signing.identity import IdentityError
    from ..store.errors import StoreError
    from ..sync.package import PackageError

    return (
        CommandError,
        DocumentError,
        UnitError,
        ValidationError,
        StoreError,
        ReportError,
        IdentityError,
        SignatureError,
        PackageError,
        OSError,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("sxsh: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader stopped reading (`sxsh list | head`): stop quietly, as other command-line tools do;
        # stdout goes to the null device so that the flush at exit does not fail again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILURE
    except BaseException as exc:  # every failure is one line, never a traceback
        if isinstance(exc, SystemExit):
            raise
        print(f"sxsh: {describe_failure(exc)}", file=sys.stderr)
        return EXIT_FAILURE


def describe_failure(exc: BaseException) -> str:
    """Any failure as one line for people: expected errors as they are worded, database errors in
    words (no SQL, no password), the rest by kind."""
    from sqlalchemy.exc import SQLAlchemyError

    from ..store.words import clean, database_error_in_words

    if isinstance(exc, _expected_errors()):
        return clean(_one_line(exc), None)
    if isinstance(exc, SQLAlchemyError) or type(exc).__module__.split(".")[0] in ("sqlite3", "psycopg"):
        return f"database: {database_error_in_words(exc)}"
    if isinstance(exc, RecursionError):
        return "the input is nested too deeply to be read"
    if isinstance(exc, MemoryError):
        return "not enough memory for this input"
    if isinstance(exc, UnicodeError):
        return f"the text cannot be read or written as UTF-8 ({clean(str(exc))[:120]})"
    if isinstance(exc, ValueError) and "integer string conversion" in str(exc):
        return "a number in the input has too many digits"
    return f"unexpected {type(exc).__name__}: {clean(str(exc)) or 'no detail'}"


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    return " ".join(str(exc).split())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
