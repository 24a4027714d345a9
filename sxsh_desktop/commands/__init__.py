"""The `sxsh` command groups; each module has `register(subparsers, common)`."""

from . import assessments

COMMAND_MODULES = [assessments]
