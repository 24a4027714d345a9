"""SoftHSM2 in tests: the PKCS#11 library is loaded once per process and reads SOFTHSM2_CONF only
when it initialises, so a test that points it at its own token folder must re-initialise it."""

from __future__ import annotations

from pathlib import Path

SOFTHSM_LIB = Path("/usr/lib/softhsm/libsofthsm2.so")


def reload_softhsm() -> None:
    """Make the already loaded library read the current SOFTHSM2_CONF (and see its tokens)."""
    import pkcs11

    pkcs11.lib(str(SOFTHSM_LIB)).reinitialize()
