"""Entry point of the frozen `sxsh` (the command line); PyInstaller starts here."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # `sxsh import --jobs N` checks packages in worker processes
    from sxsh_desktop.cli import main

    sys.exit(main())
