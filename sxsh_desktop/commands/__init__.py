"""The `sxsh` command groups; each module has `register(subparsers, common)`."""

from . import assessments, balances, identity, packages, reports, review, selftest, templates

COMMAND_MODULES = [assessments, balances, reports, identity, templates, packages, review, selftest]
