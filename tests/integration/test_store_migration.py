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


def test_planning_values_leave_extra_for_their_columns(tmp_path):
    """0009: the focus matrix, the maintenance, the basis label and the implementation plan move out of
    `extra` into their columns, after a backup at 0008 that still has them; a value of a shape the app
    never wrote stays in `extra`; the document the assessment gives is the one it gave before."""
    import json

    from sxsh_desktop.interchange.document import to_document

    matrix = {
        "criteria": [{"id": "waste_cost", "name": "Chi phí", "weight": 3}, {"id": "potential", "name": "Tiềm năng"}],
        "scores": {"S1": {"waste_cost": 5, "potential": 0}},
    }
    maintenance = {"measures": ["training"], "next_focus": "S1", "review_date": "2025-12-31", "by": "Sở"}
    db = tmp_path / "sxsh.db"
    _at_revision(db, "0008")
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA foreign_keys=ON")
        con.execute(
            "INSERT INTO assessment (id, revision, created_at, updated_at, language, assessment_type, template,"
            " product_name, product_unit, product_extra, consultant_name, consultant_organisation,"
            " consultant_email, consultant_phone, consultant_extra, discount_rate, grid_emission_factor_year,"
            " balance_tolerance_percent, settings_extra, exported_digest, extra, periods_extra) VALUES"
            " ('a1', 1, '2023-01-01T00:00:00Z', '2023-01-02T00:00:00Z', 'vi', 'rapid', NULL, 'bia', 'hL', '{}',"
            " '', '', '', '', '{}', 0.1, NULL, 5.0, '{}', NULL, ?, '{}')",
            (json.dumps({"focus_matrix": matrix, "maintenance": maintenance, "k": 1}),),
        )
        con.execute(
            "INSERT INTO facility (assessment_id, name, tax_code, province, address, vsic, sector,"
            " employees, products, extra) VALUES ('a1', 'Nhà máy', '', 'Huế', '', '', '', 10, '[]', '{}')"
        )
        con.execute(
            'INSERT INTO process_step (assessment_id, step_id, position, name, "order", focus,'
            " basis_value, basis_unit, extra) VALUES ('a1', 'S1', 0, 'Nấu', 1, 1, 100, 'hL', ?)",
            (json.dumps({"basis_label": "một mẻ", "note": "giữ"}),),
        )
        for i, plan in enumerate(
            [
                {"responsible": "Hưng", "planned_date": "2025-06-30", "done_date": "2025-07-01"},
                {"responsible": "Lan", "planned_date": "cuối tháng 6", "priority": 1},  # not a date: stays in extra
            ]
        ):
            con.execute(
                "INSERT INTO option (assessment_id, option_id, position, title, category, cost_class, status,"
                " resource_savings, technical, environmental, extra) VALUES ('a1', ?, ?, 'Sửa', 'good_housekeeping',"
                " 'no_low_cost', 'selected', '[]', '', '', ?)",
                (f"O{i + 1}", i, json.dumps(plan)),
            )
        before = {
            "assessment": con.execute("SELECT extra FROM assessment").fetchone()[0],
            "step": con.execute("SELECT extra FROM process_step").fetchone()[0],
        }
    con.close()

    with open_store(sqlite_url(db)) as store:
        backups = list_backups(store)
        assert len(backups) == 1 and f"before-{head_revision()}" in backups[0].name
        with sqlite3.connect(backups[0]) as con:
            assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0008"
            assert con.execute("SELECT extra FROM assessment").fetchone()[0] == before["assessment"]
            assert con.execute("SELECT extra FROM process_step").fetchone()[0] == before["step"]
        con.close()
        a = store.get_assessment("a1")
        assert integrity_check(store) == []
    assert a.extra == {"k": 1}
    assert a.focus_matrix is not None and [c.weight for c in a.focus_matrix.criteria] == [3, 1]
    assert a.focus_matrix.scores == {"S1": {"waste_cost": 5, "potential": 0}}
    assert (a.maintenance.measures, a.maintenance.next_focus, a.maintenance.review_date) == (
        ["training"],
        "S1",
        "2025-12-31",
    )
    assert a.maintenance.extra == {"by": "Sở"}
    assert (a.process_steps[0].basis_label, a.process_steps[0].extra) == ("một mẻ", {"note": "giữ"})
    o1, o2 = a.options
    assert (o1.responsible, o1.planned_date, o1.done_date, o1.extra) == ("Hưng", "2025-06-30", "2025-07-01", {})
    assert (o2.responsible, o2.planned_date, o2.extra) == ("Lan", None, {"planned_date": "cuối tháng 6", "priority": 1})
    doc = to_document(a)
    assert doc["focus_matrix"] == {
        "criteria": [
            {"id": "waste_cost", "name": "Chi phí", "weight": 3},
            {"id": "potential", "name": "Tiềm năng", "weight": 1},
        ],
        "scores": {"S1": {"waste_cost": 5, "potential": 0}},
    }
    assert doc["maintenance"] == maintenance and doc["process_steps"][0]["basis_label"] == "một mẻ"
    assert doc["options"][1]["planned_date"] == "cuối tháng 6"  # as it was: the schema will say what is wrong


def test_planning_migration_goes_back_down_without_loss(tmp_path):
    """0009's downgrade puts the typed values back into `extra` as 0008 kept them."""
    import json

    from sxsh_desktop.domain.model import FocusCriterion, FocusMatrix, Maintenance

    db = tmp_path / "sxsh.db"
    with open_store(sqlite_url(db)) as store:
        a = Assessment(id="a1", facility=Facility(name="Nhà máy"))
        a.focus_matrix = FocusMatrix([FocusCriterion("c", "Chi phí", 2)], {"S1": {"c": 4}})
        a.maintenance = Maintenance(["training"], "S1", "2025-12-31")
        a.executive_summary = "Tóm tắt."
        store.add_assessment(a)
    engine = create_engine(sqlite_url(db))
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0008")
    engine.dispose()
    with sqlite3.connect(db) as con:
        extra = json.loads(con.execute("SELECT extra FROM assessment").fetchone()[0])
    con.close()
    assert extra == {
        "focus_matrix": {"criteria": [{"id": "c", "name": "Chi phí", "weight": 2}], "scores": {"S1": {"c": 4}}},
        "maintenance": {"measures": ["training"], "next_focus": "S1", "review_date": "2025-12-31"},
        "executive_summary": "Tóm tắt.",
    }


def test_method_values_leave_extra_for_their_columns(tmp_path):
    """0010: the benchmark's sub-process, the monitoring layout, the savings methods and the regression bounds
    move out of `extra` and `settings_extra` into their columns, after a backup at 0009 that still has them;
    a value of a shape the app never wrote stays where it was; the document is the one it gave before."""
    import json

    from sxsh_desktop.interchange.document import content_digest, to_document

    layout = {
        "driver": "Sản lượng thành phẩm (t)",
        "period": "month",
        "resources": ["electricity", "ice"],
        "drivers": [{"key": "cdd", "name": "Độ-ngày làm mát"}],
        "units": {"electricity": "kWh", "ice": "t"},
        "note": "giữ",
    }
    settings = {"savings_methods": {"electricity": "ratio"}, "regression_min_r2": 0.8, "regression_max_p_slope": 1.5}
    db = tmp_path / "sxsh.db"
    _at_revision(db, "0009")
    with sqlite3.connect(db) as con:
        for aid, extra, kept in [
            ("a1", {"benchmark_process": "hot_rolling_long", "monitoring_layout": layout, "k": 1}, settings),
            # not of the app's shapes: a layout without its units, a number as the process, an unknown method
            (
                "a2",
                {"benchmark_process": 7, "monitoring_layout": {"driver": "x"}},
                {"savings_methods": {"water": "guess"}},
            ),
        ]:
            con.execute(
                "INSERT INTO assessment (id, revision, created_at, updated_at, language, assessment_type, template,"
                " product_name, product_unit, product_extra, consultant_name, consultant_organisation,"
                " consultant_email, consultant_phone, consultant_extra, discount_rate, grid_emission_factor_year,"
                " balance_tolerance_percent, settings_extra, exported_digest, extra, periods_extra) VALUES"
                " (?, 1, '2023-01-01T00:00:00Z', '2023-01-02T00:00:00Z', 'vi', 'rapid', NULL, 'cá', 't', '{}',"
                " '', '', '', '', '{}', 0.1, NULL, 5.0, ?, NULL, ?, '{}')",
                (aid, json.dumps(kept), json.dumps(extra)),
            )
            con.execute(
                "INSERT INTO facility (assessment_id, name, tax_code, province, address, vsic, sector,"
                " employees, products, extra) VALUES (?, 'Nhà máy', '', 'Cà Mau', '', '', '', 10, '[]', '{}')",
                (aid,),
            )
        before = con.execute("SELECT extra, settings_extra FROM assessment ORDER BY id").fetchall()
    con.close()
    # the document as the app at 0009 gave it: the kept fields come out under the same names
    digest_before = content_digest(
        {
            "benchmark_process": "hot_rolling_long",
            "monitoring_layout": layout,
            "k": 1,
            "settings": {
                "discount_rate": 0.1,
                "grid_emission_factor_year": None,
                "balance_tolerance_percent": 5,
                **settings,
            },
        }
    )

    with open_store(sqlite_url(db)) as store:
        backups = list_backups(store)
        assert len(backups) == 1 and f"before-{head_revision()}" in backups[0].name
        with sqlite3.connect(backups[0]) as con:
            assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0009"
            assert con.execute("SELECT extra, settings_extra FROM assessment ORDER BY id").fetchall() == before
        con.close()
        a1, a2 = store.get_assessment("a1"), store.get_assessment("a2")
        assert integrity_check(store) == []
    assert a1.extra == {"k": 1} and a1.benchmark_process == "hot_rolling_long"
    m = a1.monitoring_layout
    assert m is not None and (m.driver, m.period, m.resources, m.units, m.extra) == (
        "Sản lượng thành phẩm (t)",
        "month",
        ["electricity", "ice"],
        {"electricity": "kWh", "ice": "t"},
        {"note": "giữ"},
    )
    assert [(d.key, d.name) for d in m.drivers] == [("cdd", "Độ-ngày làm mát")]
    s = a1.settings
    assert (s.savings_methods, s.regression_min_r2, s.regression_max_p_slope) == ({"electricity": "ratio"}, 0.8, None)
    assert s.extra == {"regression_max_p_slope": 1.5}  # outside (0, 1]: left where it was
    assert a2.benchmark_process is None and a2.monitoring_layout is None and a2.settings.savings_methods == {}
    assert a2.extra == {"benchmark_process": 7, "monitoring_layout": {"driver": "x"}}
    assert a2.settings.extra == {"savings_methods": {"water": "guess"}}
    doc = to_document(a1)
    assert doc["monitoring_layout"] == layout and doc["benchmark_process"] == "hot_rolling_long"
    assert (
        doc["settings"]["savings_methods"] == {"electricity": "ratio"}
        and doc["settings"]["regression_max_p_slope"] == 1.5
    )
    picked = {k: doc[k] for k in ("benchmark_process", "monitoring_layout", "k", "settings")}
    assert content_digest(picked) == digest_before


def test_method_migration_goes_back_down_without_loss(tmp_path):
    """0010's downgrade puts the typed values back into `extra` and `settings_extra` as 0009 kept them."""
    import json

    from sxsh_desktop.domain.model import MonitoringDriver, MonitoringLayout, Settings

    db = tmp_path / "sxsh.db"
    with open_store(sqlite_url(db)) as store:
        a = Assessment(id="a1", facility=Facility(name="Nhà máy"))
        a.benchmark_process = "eaf_billet"
        a.monitoring_layout = MonitoringLayout(
            "Sản lượng (t)", "month", ["water"], [MonitoringDriver("cdd", "CDD")], {"water": "m3"}
        )
        a.settings = Settings(savings_methods={"water": "ratio"}, regression_min_r2=0.6, extra={"x": 1})
        store.add_assessment(a)
    engine = create_engine(sqlite_url(db))
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0009")
    engine.dispose()
    with sqlite3.connect(db) as con:
        extra, settings = (
            json.loads(v) for v in con.execute("SELECT extra, settings_extra FROM assessment").fetchone()
        )
        columns = {r[1] for r in con.execute("PRAGMA table_info(assessment)")}
    con.close()
    assert extra == {
        "benchmark_process": "eaf_billet",
        "monitoring_layout": {
            "driver": "Sản lượng (t)",
            "period": "month",
            "resources": ["water"],
            "drivers": [{"key": "cdd", "name": "CDD"}],
            "units": {"water": "m3"},
        },
    }
    assert settings == {"x": 1, "savings_methods": {"water": "ratio"}, "regression_min_r2": 0.6}
    assert "benchmark_process" not in columns and "monitoring_units" not in columns
