"""The `sxsh` command groups; each module has `register(subparsers, common)`."""

from . import assessments, identity, reports, templates

COMMAND_MODULES = [assessments, reports, identity, templates]
