"""`python -m sxsh_desktop.cli`: the same as `sxsh`."""

from .main import main

raise SystemExit(main())
