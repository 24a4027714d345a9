"""The settings service (services/settings.py), with Qt blocked: each setting read back as written, kept
under the key the app always used (a store made before keeps its values), a bad or unreadable value read as
its default, a bad choice refused naming the setting."""

from __future__ import annotations

import pytest

from sxsh_desktop.services.settings import LastOpen, UserSettings
from sxsh_desktop.store import open_store
from sxsh_desktop.store.engine import sqlite_url
from sxsh_desktop.store.errors import StoreError


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("SXSH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SXSH_CONFIG_DIR", str(tmp_path / "config"))
    with open_store(sqlite_url(tmp_path / "sxsh.db")) as s:
        yield s


def test_defaults_on_a_new_store(store):
    s = UserSettings(store)
    assert (s.language, s.role, s.mode, s.last_open) == ("vi", None, "consultant", None)
    assert (s.folder("report"), s.folder("package"), s.timestamp_server, s.so_certificate) == (None, None, "", "")


def test_each_setting_reads_back_and_keeps_the_old_key(store, tmp_path):
    s = UserSettings(store)
    s.set_language("en")
    s.set_role("reviewer")
    s.set_mode("review")
    s.set_last_open("a-1", 7, True)
    (tmp_path / "out").mkdir()
    s.remember_folder("report", tmp_path / "out")
    s.remember_timestamp_server("  http://tsa.example.vn  ")
    s.remember_so_certificate("/keys/so.pem ")
    again = UserSettings(store)
    assert (again.language, again.role, again.mode) == ("en", "reviewer", "review")
    assert again.last_open == LastOpen("a-1", 7, True)
    assert again.folder("report") == tmp_path / "out" and again.folder("package") is None
    assert (again.timestamp_server, again.so_certificate) == ("http://tsa.example.vn", "/keys/so.pem")
    assert store.get_meta("language") == "en" and store.get_meta("role") == "reviewer"
    assert store.get_meta("last_assessment") == {"id": "a-1", "task": 7, "open": True}
    assert store.get_meta("report_folder") == str(tmp_path / "out")


def test_values_of_another_shape_read_as_defaults(store, tmp_path):
    store.set_meta("language", "fr")
    store.set_meta("role", 3)
    store.set_meta("mode", None)
    store.set_meta("last_assessment", {"id": "a-1", "task": 99})
    store.set_meta("report_folder", str(tmp_path / "gone"))
    store.set_meta("tsa_url", ["x"])
    s = UserSettings(store)
    assert (s.language, s.role, s.mode) == ("vi", None, "consultant")
    assert s.last_open == LastOpen("a-1", 1, True)  # a task that is not 1–18: the first
    assert s.folder("report") is None and s.timestamp_server == ""
    store.set_meta("last_assessment", {"id": None, "task": 1, "open": False})
    assert s.last_open is None


def test_bad_choices_are_refused_naming_the_setting(store):
    s = UserSettings(store)
    for call, words in (
        (lambda: s.set_language("fr"), "language: 'fr' is not one of vi, en"),
        (lambda: s.set_role("admin"), "role: 'admin' is not one of consultant, reviewer"),
        (lambda: s.set_mode("x"), "mode: 'x' is not one of consultant, review"),
    ):
        with pytest.raises(ValueError) as exc:
            call()
        assert str(exc.value) == words
    assert store.get_meta("language") is None


class Broken:
    """A store whose meta table cannot be read or written (a damaged file, a full disk)."""

    def get_meta(self, key, default=None):
        raise StoreError("the database is damaged")

    def set_meta(self, key, value):
        raise StoreError("the disk is full")


def test_an_unreadable_store_gives_defaults_and_remembering_never_fails():
    s = UserSettings(Broken())
    assert (s.language, s.role, s.mode, s.last_open, s.timestamp_server) == ("vi", None, "consultant", None, "")
    s.remember_folder("package", "/tmp")  # logged, not raised: the export itself went well
    s.remember_timestamp_server("http://tsa")
    with pytest.raises(StoreError):
        s.set_language("en")  # a choice the user made is said when it cannot be kept


def test_the_data_folder_is_the_config_files(store, tmp_path, monkeypatch):
    s = UserSettings(store)
    assert s.data_folder() == tmp_path / "data" and s.chosen_data_folder() is None
    monkeypatch.delenv("SXSH_DATA_DIR")
    chosen = tmp_path / "elsewhere"
    assert s.change_data_folder(chosen) == chosen
    assert s.chosen_data_folder() == chosen and s.data_folder() == chosen
    assert (chosen / "sxsh.db").exists()  # the database copied before the next start uses it
