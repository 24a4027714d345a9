"""The `sxsh` command groups; each module has `register(subparsers, common)`."""

from . import assessments, identity, packages, reports, review, selftest, templates

COMMAND_MODULES = [assessments, reports, identity, templates, packages, review, selftest]
