"""The pint unit registry, built from pint's definitions and ours, with pint's own disk cache.

Building the registry (parsing pint's definition file and resolving every unit's dimensions) costs
about half a second in each new process: `sxsh report`, the desktop app's start, every package
worker. pint can keep what it parsed and resolved in a folder (`cache_folder`, pickles named by the
definitions' content and pint's version, so a new pint or new definitions never read a stale entry);
the folder is the user's cache folder (config.cache_dir()). A cache that cannot be read (damaged,
half-written by another process, a folder that cannot be made) is removed and the registry built
without it: the cache only ever saves time.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pint

log = logging.getLogger(__name__)

CACHE_SUBFOLDER = "units"


def cache_folder() -> Path | None:
    """Where pint keeps its cache for this Python (pickles are read by the Python that wrote them);
    None when no cache folder can be named."""
    from ..config import cache_dir

    try:
        return cache_dir() / CACHE_SUBFOLDER / f"py{sys.version_info[0]}.{sys.version_info[1]}"
    except Exception:  # no home folder: no cache, never an error
        return None


def build_registry(definitions: list[str]) -> pint.UnitRegistry:
    """A registry with pint's units and `definitions` (pint's definition syntax, one per item): from
    the cache when it holds a good one, else built (and the cache written for the next process)."""
    folder = cache_folder()
    for attempt in (1, 2) if folder is not None else ():
        try:
            return _checked(_new_registry(definitions, folder))
        except Exception as exc:  # pint raises what pickle and the file system raise
            if attempt == 1:
                log.warning("the unit cache in %s cannot be used (%s); it is made again", folder, exc)
            shutil.rmtree(str(folder), ignore_errors=True)
    return _new_registry(definitions, None)


def _new_registry(definitions: list[str], folder: Path | None) -> pint.UnitRegistry:
    import pint

    ureg: pint.UnitRegistry = pint.UnitRegistry(autoconvert_offset_to_baseunit=True, cache_folder=folder)
    for line in definitions:
        ureg.define(line)
    return ureg


def _checked(ureg: pint.UnitRegistry) -> pint.UnitRegistry:
    """The registry, if a cached one converts as pint's definitions say (a pickle that loads but holds
    something else fails here rather than in a report)."""
    if abs(ureg.Quantity(1.0, "kWh").to("MJ").magnitude - 3.6) > 1e-12:
        raise ValueError("kWh is not 3.6 MJ")
    if abs(ureg.Quantity(1.0, "tấn").to("kg").magnitude - 1000.0) > 1e-9:
        raise ValueError("a tonne is not 1000 kg")
    return ureg
