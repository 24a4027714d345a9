"""Migrations: an old database is backed up, then upgraded with its data; a newer one is refused
untouched; the migrated schema is the models' schema."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from sxsh_desktop.domain.model import Assessment, Facility
from sxsh_desktop.store import StoreError, open_store
from sxsh_desktop.store.backup import integrity_check, list_backups
from sxsh_desktop.store.engine import alembic_config, head_revision, sqlite_url
from sxsh_desktop.store.models import Base


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SXSH_DATA_DIR", str(tmp_path))


def _at_revision(path, revision: str) -> None:
    engine = create_engine(sqlite_url(path))
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
    engine.dispose()


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_there_is_a_second_revision():
    assert head_revision() >= "0002"  # 0003: the Sở's intake and review tables


def test_old_database_is_backed_up_then_migrated(tmp_path):
    db = tmp_path / "sxsh.db"
    _at_revision(db, "0001")
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA foreign_keys=ON")
        con.execute(
            "INSERT INTO assessment (id, revision, created_at, updated_at, language, assessment_type, template,"
            " product_name, product_unit, product_extra, consultant_name, consultant_organisation,"
            " consultant_email, consultant_phone, consultant_extra, discount_rate, grid_emission_factor_year,"
            " balance_tolerance_percent, settings_extra, exported_digest, extra, periods_extra) VALUES"
            " ('old', 2, '2023-01-01T00:00:00Z', '2023-01-02T00:00:00Z', 'vi', 'rapid', NULL, 'bia', 'hL', '{}',"
            " 'Nguyễn Văn A', '', '', '', '{}', 0.1, NULL, 5.0, '{}', NULL, '{\"k\": 1}', '{}')"
        )
        con.execute(
            "INSERT INTO facility (assessment_id, name, tax_code, province, address, vsic, sector,"
            " employees, products, extra) VALUES ('old', 'Nhà máy cũ', '', 'Huế', '', '', '', 10,"
            " '[]', '{}')"
        )
        con.execute(
            'INSERT INTO process_step (assessment_id, step_id, position, name, "order", focus,'
            " basis_value, basis_unit, extra) VALUES ('old', 'S1', 0, 'Nấu', 1, 1, 100, 'hL', '{}')"
        )
    con.close()

    with open_store(sqlite_url(db)) as store:
        backups = list_backups(store)
        assert len(backups) == 1 and f"before-{head_revision()}" in backups[0].name
        with sqlite3.connect(backups[0]) as con:
            assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
            assert con.execute("SELECT name FROM facility").fetchone()[0] == "Nhà máy cũ"
        con.close()
        a = store.get_assessment("old")
        assert (a.facility.name, a.revision, a.extra, a.process_steps[0].id) == ("Nhà máy cũ", 2, {"k": 1}, "S1")
        assert integrity_check(store) == []
        store.set_meta("last_assessment", "old")  # the table 0002 added
        assert store.get_meta("last_assessment") == "old"


def test_database_from_a_newer_app_is_refused_untouched(tmp_path):
    db = tmp_path / "sxsh.db"
    with open_store(sqlite_url(db)) as store:
        store.add_assessment(Assessment(id="a1", facility=Facility(name="Nhà máy")))
    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    digest = _sha256(db)
    mtime = db.stat().st_mtime_ns

    with pytest.raises(StoreError) as exc:
        open_store(sqlite_url(db))
    assert str(exc.value) == (
        "This database was made by a newer version of SXSH Desktop (revision 9999_future); "
        "update the app to open it. The file was not changed."
    )
    assert _sha256(db) == digest and db.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in tmp_path.iterdir()) == files  # no backup folder, no WAL left behind


def test_fresh_database_is_created_at_head(tmp_path):
    db = tmp_path / "new" / "sxsh.db"
    with open_store(sqlite_url(db)) as store:
        assert integrity_check(store) == []
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
    con.close()


def test_migrations_create_exactly_the_models(tmp_path):
    """The hand-written migrations and the models describe the same schema."""
    db = tmp_path / "sxsh.db"
    open_store(sqlite_url(db)).close()
    engine = create_engine(sqlite_url(db))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert diff == []


def test_received_rows_get_their_savings_method(tmp_path):
    """0008: a row received before without readings is counted by the ratio; one with readings is
    worked out from its document when the review is opened."""
    import json

    from sxsh_desktop.interchange.document import read_document, to_document
    from sxsh_desktop.paths import resources_dir
    from sxsh_desktop.review.service import open_review
    from tests.monthly import with_monthly_readings

    sample = read_document(resources_dir() / "samples" / "brewery-sample.json")
    db = tmp_path / "sxsh.db"
    _at_revision(db, "0007")
    with sqlite3.connect(db) as con:
        for i, (aid, doc) in enumerate(
            [("annual", to_document(sample)), ("monthly", to_document(with_monthly_readings(sample)))], 1
        ):
            con.execute(
                "INSERT INTO received_package (id, package_id, sha256, file_sha256, size, enveloped, created_at,"
                " producer, signer_name, signer_organisation, signer_serial, signer_fingerprint, signer_certificate,"
                " verdict, imported_at, imported_by, package_bytes) VALUES (?, ?, ?, '', 1, 0, '', '', '', '', '',"
                " '', x'00', 'trusted', '2026-01-01T00:00:00Z', '', x'00')",
                (i, f"p{i}", f"{i}" * 64),
            )
            con.execute(
                "INSERT INTO received_assessment (assessment_id, revision, package_id, document, content_digest,"
                " facility_name, tax_code, province, vsic, sector, year, energy_saving_toe, saving_gj,"
                " water_saving_m3, co2_saving_t, cost_saving_vnd, met_target, current, received_at)"
                " VALUES (?, 1, ?, ?, ?, '', '', 'Huế', '', '', 2024, 1, 1, 1, 1, 1, 1, 1, '2026-01-01T00:00:00Z')",
                (aid, i, json.dumps(doc), f"{i}" * 64),
            )
            con.execute(
                "INSERT INTO review_state (assessment_id, state, revision, updated_at, updated_by)"
                " VALUES (?, 'received', 1, '2026-01-01T00:00:00Z', '')",
                (aid,),
            )
    con.close()
    with open_store(sqlite_url(db)) as store:
        with sqlite3.connect(db) as con:
            assert dict(con.execute("SELECT assessment_id, method FROM received_assessment")) == {
                "annual": "ratio",
                "monthly": None,
            }
        con.close()
        s = open_review(store).summary()
        assert s["by_method"] == {"regression": 1, "ratio": 1}
        assert s["by_province"][0]["by_method"] == {"regression": 1, "ratio": 1}
