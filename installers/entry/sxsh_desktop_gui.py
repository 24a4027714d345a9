"""Entry point of the frozen `sxsh-desktop` (the GUI); PyInstaller starts here."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the Sở import checks packages in worker processes
    from sxsh_desktop.gui.app import main

    sys.exit(main())
