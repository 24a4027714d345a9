"""The user's settings, without Qt: what the desktop app and `sxsh` both need to know about how this copy is
used — the language, the role (consultant or reviewer), the data folder, the assessment open at the last
quit and the workspace shown, the folders and the timestamp server last used, the Sở's certificate last
encrypted to.

All but the data folder are kept in the store (its `app_meta` table, one key each, as before); the data
folder is in the config file, since the store lives in it (config.py). A value that cannot be read — a
damaged row, a value of another shape, a folder since removed — reads as its default, never as an error:
a setting is a convenience and must not keep the app from starting.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
ROLES = ("consultant", "reviewer")
MODES = ("consultant", "review")  # the workspace shown: the assessments, or the Sở's review

# the keys in the store's app_meta (the names the app has always used: a store made before keeps its values)
LANGUAGE_KEY = "language"
ROLE_KEY = "role"
LAST_ASSESSMENT_KEY = "last_assessment"
MODE_KEY = "mode"
TSA_KEY = "tsa_url"
REPORT_FOLDER_KEY = "report_folder"
PACKAGE_FOLDER_KEY = "package_folder"
CERTIFICATE_KEY = "so_certificate"
FOLDER_KEYS = {"report": REPORT_FOLDER_KEY, "package": PACKAGE_FOLDER_KEY}


def normalise_language(language: Any) -> str:
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


@dataclass(frozen=True)
class LastOpen:
    """The assessment open at the last quit: its id, the task shown, and whether it was open (or only
    chosen in the list)."""

    assessment_id: str
    task: int = 1
    open: bool = True


class UserSettings:
    """The settings of one store. Reads never raise; writes raise the store's error (a full disk, a
    read-only store) for the caller to say, except `remember_*`, which log and go on."""

    def __init__(self, store: Any):
        self.store = store

    # -- plain values kept in the store --------------------------------------------------------------

    def _get(self, key: str) -> Any:
        try:
            return self.store.get_meta(key)
        except Exception:  # any failure to read a setting reads as its default
            log.warning("the setting %s cannot be read; its default is used", key, exc_info=True)
            return None

    def _set(self, key: str, value: Any) -> None:
        if self._get(key) != value:
            self.store.set_meta(key, value)

    def _remember(self, key: str, value: Any) -> None:
        try:
            self._set(key, value)
        except Exception:  # remembering is a convenience; what was done went well
            log.warning("the setting %s cannot be kept", key, exc_info=True)

    # -- language and role ---------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The language of the screens (and the default of the report): "vi" unless "en" was chosen."""
        return normalise_language(self._get(LANGUAGE_KEY))

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"language: '{language}' is not one of {', '.join(LANGUAGES)}")
        self._set(LANGUAGE_KEY, language)

    @property
    def role(self) -> str | None:
        """Who uses this copy, as chosen at first run: "consultant", "reviewer", or None (not chosen)."""
        value = self._get(ROLE_KEY)
        return value if value in ROLES else None

    def set_role(self, role: str) -> None:
        if role not in ROLES:
            raise ValueError(f"role: '{role}' is not one of {', '.join(ROLES)}")
        self._set(ROLE_KEY, role)

    # -- where the user was ----------------------------------------------------------------------------

    @property
    def last_open(self) -> LastOpen | None:
        value = self._get(LAST_ASSESSMENT_KEY)
        if not isinstance(value, dict) or not isinstance(value.get("id"), str) or not value["id"]:
            return None
        task = value.get("task")
        task = task if isinstance(task, int) and not isinstance(task, bool) and 1 <= task <= 18 else 1
        return LastOpen(value["id"], task, bool(value.get("open", True)))

    def set_last_open(self, assessment_id: str | None, task: int = 1, open: bool = True) -> None:
        """The assessment chosen now (None: none), the task shown and whether it is open, for the next start."""
        self._set(LAST_ASSESSMENT_KEY, {"id": assessment_id, "task": task, "open": bool(open and assessment_id)})

    @property
    def mode(self) -> str:
        value = self._get(MODE_KEY)
        return value if value in MODES else "consultant"

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"mode: '{mode}' is not one of {', '.join(MODES)}")
        self._set(MODE_KEY, mode)

    # -- what the exports remember -----------------------------------------------------------------------

    def folder(self, kind: str) -> Path | None:
        """The folder a report or a package (`kind`) was last written to, while it still exists."""
        value = self._get(FOLDER_KEYS[kind])
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
        return None

    def remember_folder(self, kind: str, folder: str | Path) -> None:
        self._remember(FOLDER_KEYS[kind], str(folder))

    @property
    def timestamp_server(self) -> str:
        value = self._get(TSA_KEY)
        return value if isinstance(value, str) else ""

    def remember_timestamp_server(self, url: str | None) -> None:
        self._remember(TSA_KEY, (url or "").strip())

    @property
    def so_certificate(self) -> str:
        """The Sở's certificate file last encrypted a package to."""
        value = self._get(CERTIFICATE_KEY)
        return value if isinstance(value, str) else ""

    def remember_so_certificate(self, path: str) -> None:
        self._remember(CERTIFICATE_KEY, path.strip())

    # -- the data folder (the config file) -------------------------------------------------------------

    @staticmethod
    def data_folder() -> Path:
        """Where the store and the backups live now ($SXSH_DATA_DIR, else the folder chosen, else the default)."""
        from ..config import data_dir

        return data_dir()

    @staticmethod
    def chosen_data_folder() -> Path | None:
        """The data folder the user chose, or None for the platform's default."""
        from ..config import configured_data_dir

        return configured_data_dir()

    def change_data_folder(self, chosen: str | Path) -> Path | None:
        """Use `chosen` from the next start, the database copied there first (services/setup.py)."""
        from .setup import change_data_folder

        return change_data_folder(self.store, self.data_folder(), Path(chosen))
