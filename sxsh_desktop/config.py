"""The app's small configuration file: what must be known before the store is opened.

The store holds the user's settings (language, profile, identity) — except where the store itself
lives. That one choice (the data folder picked at first run or in Preferences) is kept in
`config.json` in the platform's user config folder (`~/.config/sxsh-desktop/` on Linux,
`%LOCALAPPDATA%\\sxsh-desktop\\` on Windows; `$SXSH_CONFIG_DIR` overrides it, for tests). No Qt here:
`sxsh` honours the same choice.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

APP_NAME = "sxsh-desktop"
CONFIG_FILE = "config.json"
DATA_DIR_KEY = "data_dir"

log = logging.getLogger(__name__)


def config_dir() -> Path:
    override = os.environ.get("SXSH_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """What the app keeps only to be faster (the unit registry's cache): the platform's user cache
    folder (`~/.cache/sxsh-desktop/` on Linux, `%LOCALAPPDATA%\\sxsh-desktop\\Cache\\` on Windows);
    `$SXSH_CACHE_DIR` overrides it. Anything in it may be deleted at any time."""
    override = os.environ.get("SXSH_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def config_path() -> Path:
    return config_dir() / CONFIG_FILE


def read_config() -> dict[str, Any]:
    """The settings in the file; {} when there is none or it cannot be read (it is never fatal)."""
    path = config_path()
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("%s cannot be read (%s); the defaults are used", path, exc)
        return {}
    return value if isinstance(value, dict) else {}


def write_config(**changes: Any) -> Path:
    """Set (or, with None, remove) keys; the file is replaced whole."""
    config = read_config()
    for key, value in changes.items():
        if value is None:
            config.pop(key, None)
        else:
            config[key] = value
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(config, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def configured_data_dir() -> Path | None:
    """The data folder chosen by the user, or None for the platform's default."""
    value = read_config().get(DATA_DIR_KEY)
    return Path(value).expanduser() if isinstance(value, str) and value.strip() else None


def data_dir() -> Path:
    """The app's data folder: $SXSH_DATA_DIR if set, else the folder chosen by the user (configured_data_dir),
    else the platform's user data folder."""
    override = os.environ.get("SXSH_DATA_DIR")
    if override:
        return Path(override).expanduser()
    chosen = configured_data_dir()
    if chosen is not None:
        return chosen
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
