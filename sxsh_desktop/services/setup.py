"""Setting up an install, without Qt (the first-run wizard and Preferences call these): the consultant's
profile, the signing identity (a self-issued one made, a .p12 checked, a USB token remembered) and the
data folder (the database copied there when the new folder has none).

What is chosen is kept: the profile and the identity in the store (meta `consultant_profile`,
`identity`; a passphrase or PIN never), the data folder in the config file, since the store lives in it.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.message import Message

PROFILE_KEY = "consultant_profile"
IDENTITY_KEY = "identity"
MIN_PASSPHRASE = 8


def profile(store: Any) -> dict | None:
    value = store.get_meta(PROFILE_KEY)
    return value if isinstance(value, dict) else None


def identity(store: Any) -> dict | None:
    value = store.get_meta(IDENTITY_KEY)
    return value if isinstance(value, dict) else None


def is_token(meta: dict | None) -> bool:
    """A USB token (PKCS#11) identity; without `kind` (kept before tokens were offered) a .p12 file."""
    return meta is not None and meta.get("kind") == "pkcs11"


def default_data_dir() -> Path:
    import platformdirs

    from ..config import APP_NAME

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def free_name(folder: Path, name: str) -> Path:
    """A new file name for an identity of `name` made today in `folder` (name-yyyymmdd[-n].p12)."""
    slug = re.sub(r"[^\w-]+", "-", name, flags=re.UNICODE).strip("-").lower() or "identity"
    stem = f"{slug}-{date.today():%Y%m%d}"
    target, n = folder / f"{stem}.p12", 1
    while target.exists():
        target, n = folder / f"{stem}-{n}.p12", n + 1
    return target


def _remember(store: Any, value: dict) -> dict:
    store.set_meta(IDENTITY_KEY, value)
    return value


def _file_identity(path: Path, info: Any) -> dict:
    return {
        "kind": "pkcs12",
        "path": str(path),
        "name": info.name,
        "organisation": info.organisation,
        "fingerprint": info.sha256_fingerprint,
        "not_after": info.not_after.isoformat(),
        "self_issued": info.self_issued,
    }


def create_identity(store: Any, folder: Path, name: str, organisation: str, passphrase: str) -> dict:
    """A self-issued identity (RSA 3072 and its certificate, PKCS#12 in `folder`/identities, protected by
    the passphrase), remembered in the store. IdentityError with a one-line message when refused."""
    from ..signing.identity import IdentityError, new_identity, signer_info

    if len(passphrase) < MIN_PASSPHRASE:
        raise IdentityError(Message("setup.short_passphrase", {"n": MIN_PASSPHRASE}))
    if not name or not organisation:
        raise IdentityError(Message("setup.holder_needed"))
    target = free_name(folder / "identities", name)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    cert = new_identity(name, organisation, target, passphrase.encode("utf-8"))
    return _remember(store, _file_identity(target, signer_info(cert)))


def import_identity(store: Any, path: Path, passphrase: str) -> dict:
    """A .p12/.pfx from a certificate authority, opened with its passphrase to check it, remembered where
    it is (not copied). IdentityError when it cannot be opened."""
    from ..signing.identity import load_pkcs12, signer_info

    path = Path(path).expanduser().absolute()
    info = signer_info(load_pkcs12(path, passphrase.encode("utf-8")).certificate)
    return _remember(store, _file_identity(path, info))


def token_identity(store: Any, library: str, token: str, key: str, info: Any) -> dict:
    """A USB token (PKCS#11) whose certificate `info` was read with its PIN, remembered by its library,
    token label and key label."""
    return _remember(
        store,
        {
            "kind": "pkcs11",
            "pkcs11_lib": library,
            "token_label": token,
            "key_label": key,
            "name": info.name,
            "organisation": info.organisation,
            "fingerprint": info.sha256_fingerprint,
            "not_after": info.not_after.isoformat(),
            "self_issued": info.self_issued,
        },
    )


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy (SQLite's backup API, safe while the app writes), readable by its owner only."""
    import sqlite3

    from ..store.engine import create_private_file

    partial = target.with_name(target.name + ".partial")
    create_private_file(partial)
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    partial.replace(target)


def change_data_folder(store: Any, current: Path, chosen: Path) -> Path | None:
    """Use `chosen` as the data folder from the next start (the config file), the database copied there
    first when it has none; the new folder, or None when it is the current one. OSError when refused."""
    from ..config import DATA_DIR_KEY, write_config
    from ..store.engine import DB_FILE_NAME

    target = Path(chosen).expanduser().absolute()
    if target == Path(current).absolute():
        return None
    target.mkdir(parents=True, exist_ok=True, mode=0o700)
    database = target / DB_FILE_NAME
    if not database.exists() and store.sqlite_path is not None:
        copy_database(store.sqlite_path, database)
    default = target == default_data_dir().absolute()
    write_config(**{DATA_DIR_KEY: None if default else str(target)})
    return target
