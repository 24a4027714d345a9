"""The command line's own failure and exit codes (the base of the cli package: every command group uses them)."""

from __future__ import annotations

EXIT_USAGE = 2
EXIT_FAILURE = 1


class CommandError(Exception):
    """A failure to report as one line on stderr."""
