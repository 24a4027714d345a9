"""Setting up an install without Qt (services/setup.py): a self-issued identity made in the data folder and
remembered in the store (not its passphrase), a .p12 checked with its passphrase, a wrong one refused;
the data folder changed with the database copied there (a consistent copy, the original untouched), the
same folder no change, and an existing database in the new folder kept as it is."""

from __future__ import annotations

import pytest

from sxsh_desktop.services import setup
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.signing.identity import IdentityError
from sxsh_desktop.store import open_store


@pytest.fixture
def store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'data' / 'sxsh.db'}", auto_backup=False)
    yield s
    s.close()


def test_a_self_issued_identity_is_made_and_remembered_without_its_passphrase(store, tmp_path):
    value = setup.create_identity(store, tmp_path / "data", "Nguyễn Thị Hồng Nhung", "VNCPC", "mat-khau-dai")
    assert value["kind"] == "pkcs12" and value["name"] == "Nguyễn Thị Hồng Nhung" and value["self_issued"]
    path = tmp_path / "data" / "identities"
    [p12] = path.glob("*.p12")
    assert value["path"] == str(p12) and p12.name.startswith("nguyễn-thị-hồng-nhung-")
    assert setup.identity(store) == value and "mat-khau-dai" not in repr(store.get_meta(setup.IDENTITY_KEY))
    again = setup.create_identity(store, tmp_path / "data", "Nguyễn Thị Hồng Nhung", "VNCPC", "mat-khau-dai")
    assert again["path"] != value["path"]  # a second one never overwrites the first

    with pytest.raises(IdentityError, match="at least 8 characters"):
        setup.create_identity(store, tmp_path / "data", "A", "B", "short")
    with pytest.raises(IdentityError, match="a name and an organisation"):
        setup.create_identity(store, tmp_path / "data", "A", "", "long enough")


def test_a_p12_is_checked_with_its_passphrase(store, tmp_path):
    made = setup.create_identity(store, tmp_path / "data", "Lê Văn An", "Sở Công Thương", "mat-khau-dai")
    store.set_meta(setup.IDENTITY_KEY, None)
    value = setup.import_identity(store, made["path"], "mat-khau-dai")
    assert value["fingerprint"] == made["fingerprint"] and setup.identity(store) == value
    with pytest.raises(IdentityError):
        setup.import_identity(store, made["path"], "sai mat khau")


def test_the_data_folder_moves_with_a_copy_of_the_database(store, tmp_path, monkeypatch):
    monkeypatch.setenv("SXSH_CONFIG_DIR", str(tmp_path / "config"))
    aid = load_sample(store).assessment_id
    current = tmp_path / "data"
    assert setup.change_data_folder(store, current, current) is None
    target = setup.change_data_folder(store, current, tmp_path / "elsewhere")
    assert target == (tmp_path / "elsewhere").absolute()
    with open_store(f"sqlite:///{target / 'sxsh.db'}", auto_backup=False) as copy:
        assert copy.get_assessment(aid).facility.name == store.get_assessment(aid).facility.name
    from sxsh_desktop.config import configured_data_dir

    assert configured_data_dir() == target
    # a folder that has a database already: used as it is, not overwritten
    store.update_facility(aid, name="Đổi tên sau khi chép")
    setup.change_data_folder(store, current, target)
    with open_store(f"sqlite:///{target / 'sxsh.db'}", auto_backup=False) as copy:
        assert copy.get_assessment(aid).facility.name != "Đổi tên sau khi chép"
