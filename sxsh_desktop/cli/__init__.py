"""`sxsh`: the services of SXSH Desktop without a screen (batch work, the ministry's server, tests).

main.py builds the parser from the command groups (assessments.py, balances.py, reports.py, identity.py, templates.py,
packages.py, review.py, selftest.py; each has `register(subparsers, common)`), runs the command and turns
every expected failure into one line on stderr and a non-zero exit (errors.py). The `sxsh` entry point is
`sxsh_desktop.cli:main`. No Qt here: `sxsh selftest --screen` loads the GUI's screen check only when asked.
"""

from .main import main

__all__ = ["main"]
