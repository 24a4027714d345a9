"""The store: exact round trip, every fine-grained operation (and its refusal), file safety."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from sxsh_desktop.domain.model import (
    Assessment,
    Consultant,
    Consumption,
    Facility,
    Flow,
    Option,
    Period,
    ProcessStep,
    Product,
    ResourceSaving,
    Settings,
    TaskProgress,
    TeamMember,
)
from sxsh_desktop.domain.quantities import Quantity
from sxsh_desktop.domain.validation import ValidationError
from sxsh_desktop.store import StoreError, default_database_path, open_store
from sxsh_desktop.store.backup import backup_if_due, backup_now, integrity_check, list_backups
from sxsh_desktop.store.engine import sqlite_url
from sxsh_desktop.store.mapping import assessment_to_rows, rows_to_assessment

AID = "7f1c9a52-3b7e-4f0e-9d3c-2a1b0c4d5e6f"


def rich_assessment(aid: str = AID, flows_per_step: int = 3, steps: int = 3) -> Assessment:
    """Every field set, extras at every level, some optional quantities None."""

    def flows(si: int) -> list[Flow]:
        out = []
        for j in range(flows_per_step):
            out.append(
                Flow(
                    id=f"F{si}.{j}",
                    direction="input" if j % 2 == 0 else "output",
                    kind="raw_material" if j % 2 == 0 else "wastewater",
                    name=f"dòng {si}.{j}",
                    quantity=Quantity(10.5 + j, "kg" if j % 2 == 0 else "m3"),
                    resource="malt" if j % 2 == 0 else None,
                    unit_price=Quantity(12000, "VND/kg") if j % 2 == 0 else None,
                    treatment_cost=None if j % 2 == 0 else Quantity(5000, "VND/m3"),
                    causes=[f"nguyên nhân {j}", "rò rỉ"] if j % 3 == 0 else [],
                    extra={"density": {"value": 1.02, "unit": "t/m3"}, "note": [1, 2, {"x": None}]} if j == 0 else {},
                )
            )
        return out

    return Assessment(
        id=aid,
        revision=3,
        created_at="2024-01-02T03:04:05Z",
        updated_at="2024-02-03T04:05:06Z",
        language="vi",
        assessment_type="detailed",
        template="beer",
        facility=Facility(
            name="Công ty Bia Hà Nội",
            tax_code="0100100079-001",
            province="Hà Nội",
            address="183 Hoàng Hoa Thám",
            vsic="1103",
            sector="Đồ uống",
            employees=420,
            design_capacity=Quantity(100_000_000, "L/năm"),
            products=["bia chai", "bia lon"],
            extra={"fax": "024 1234", "x-future": {"deep": [1, 2.5, "ba"]}},
        ),
        consultant=Consultant("Nguyễn Văn A", "VNCPC", "a@vncpc.org", "+84 90 000 0000", {"cert": "CP-12"}),
        team=[
            TeamMember("Trần B", "Giám đốc", "trưởng nhóm", {"phone": "1"}),
            TeamMember("Lê C", "Quản đốc", "thành viên"),
        ],
        product=Product("bia", "hL", {"density": 1.01}),
        baseline=Period("2022-01-01", "2022-12-31", Quantity(1_000_000, "hL"), {"source": "sổ sách"}),
        reporting=Period("2023-01-01", "2023-12-31", Quantity(1_050_000, "hL")),
        consumption=[
            Consumption(
                "electricity", "baseline", Quantity(9_000_000, "kWh"), None, Quantity(1800, "VND/kWh"), {"meter": "M1"}
            ),
            Consumption("water", "baseline", Quantity(500_000, "m3")),
            Consumption(
                "coal_fines_3_4", "reporting", Quantity(1200, "tấn"), "coal_fines_3_4", Quantity(3_000_000, "VND/t")
            ),
            Consumption("electricity", "reporting", Quantity(8_900_000, "kWh")),
        ],
        process_steps=[
            ProcessStep(
                id=f"S{i}",
                name=f"Công đoạn {i}",
                order=i + 1,
                basis=Quantity(100, "hL"),
                focus=(i == 1),
                flows=flows(i),
                extra={"equipment": ["nồi nấu"]} if i == 0 else {},
            )
            for i in range(steps)
        ],
        options=[
            Option(
                "O1",
                "Sửa rò rỉ hơi",
                "good_housekeeping",
                "no_low_cost",
                "implemented",
                "S1",
                "implement_now",
                Quantity(5_000_000, "VND"),
                None,
                Quantity(40_000_000, "VND/năm"),
                5.0,
                [
                    ResourceSaving("electricity", Quantity(50_000, "kWh"), {"basis": "đo"}),
                    ResourceSaving("water", Quantity(1000, "m3")),
                ],
                "dễ",
                "giảm nước thải",
                {"priority": 1},
            ),
            Option("O2", "Thay nồi hơi", "technology_change", "investment"),
        ],
        tasks=[TaskProgress(1, True, "đã lập nhóm", {"date": "2024-01-05"}), TaskProgress(5, False, "")],
        settings=Settings(0.12, 2022, 4.0, {"currency": "VND"}),
        extra={"maintenance_notes": "kiểm tra hàng tháng", "focus_matrix": [[1, 2], [3, 4]]},
        periods_extra={"note": "năm tài chính"},
    )


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SXSH_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def store(tmp_path):
    s = open_store(sqlite_url(tmp_path / "data" / "sxsh.db"))
    yield s
    s.close()


@pytest.fixture
def stored(store):
    store.add_assessment(rich_assessment())
    return store


def unchanged(store, before: Assessment) -> None:
    assert store.get_assessment(before.id) == before


# -- round trip ----------------------------------------------------------------------------------


def test_mapping_round_trip_without_database():
    a = rich_assessment()
    assert rows_to_assessment(assessment_to_rows(a)) == a


def test_add_get_round_trip_is_exact(stored):
    expected = rich_assessment()
    got = stored.get_assessment(AID)
    assert got == expected
    assert got.process_steps[0].flows[1].unit_price is None
    assert got.process_steps[0].flows[1].treatment_cost == Quantity(5000, "VND/m3")
    assert got.facility.extra["x-future"] == {"deep": [1, 2.5, "ba"]}
    assert [c.resource for c in got.consumption] == ["electricity", "water", "coal_fines_3_4", "electricity"]
    assert type(got.options[0].lifetime_years) is int  # whole numbers come back whole (document JSON unchanged)


def test_round_trip_of_a_minimal_assessment(store):
    a = Assessment(id="min")
    store.add_assessment(a)
    got = store.get_assessment("min")
    assert got.created_at and got.updated_at.endswith("Z")
    assert dataclasses.replace(got, created_at="", updated_at="") == a


def test_default_database_path_honours_env(tmp_path):
    assert default_database_path() == tmp_path / "data" / "sxsh.db"


def test_open_default_store_under_data_dir(tmp_path):
    with open_store() as s:
        s.add_assessment(Assessment(id="x"))
    assert (tmp_path / "data" / "sxsh.db").exists()


def test_add_refuses_duplicate_id_and_invalid(stored):
    with pytest.raises(StoreError, match="already in the store"):
        stored.add_assessment(rich_assessment())
    bad = rich_assessment("other")
    bad.baseline = Period("2022-01-01", "2022-12-31", Quantity(0, "hL"))
    with pytest.raises(ValidationError) as exc:
        stored.add_assessment(bad)
    assert any(p.field == "periods.baseline.production" for p in exc.value.problems)
    assert [s.id for s in stored.list_assessments()] == [AID]


def test_get_missing(store):
    with pytest.raises(StoreError, match="no assessment with id nope"):
        store.get_assessment("nope")


def test_replace_keeps_created_at(stored):
    a = rich_assessment()
    a.created_at = "2030-01-01T00:00:00Z"
    a.facility.name = "Tên mới"
    a.process_steps = a.process_steps[:2]
    stored.replace_assessment(a)
    got = stored.get_assessment(AID)
    assert got.created_at == "2024-01-02T03:04:05Z"
    assert got.updated_at != a.updated_at
    assert got.facility.name == "Tên mới" and len(got.process_steps) == 2
    assert dataclasses.replace(got, created_at=a.created_at, updated_at=a.updated_at) == a
    a.updated_at = "2031-01-01T00:00:00Z"
    stored.replace_assessment(a, keep_updated_at=True)
    assert stored.get_assessment(AID).updated_at == "2031-01-01T00:00:00Z"


def test_list_delete_cascade_and_duplicate(stored):
    new_id = stored.duplicate_assessment(AID)
    copy_ = stored.get_assessment(new_id)
    assert new_id != AID and copy_.revision == 1
    assert copy_.facility.name == "Công ty Bia Hà Nội (bản sao)"
    assert copy_.process_steps == rich_assessment().process_steps
    summaries = {s.id: s for s in stored.list_assessments()}
    assert set(summaries) == {AID, new_id}
    s = summaries[AID]
    assert (s.facility_name, s.province, s.tax_code, s.revision, s.product, s.consultant_name, s.template) == (
        "Công ty Bia Hà Nội",
        "Hà Nội",
        "0100100079-001",
        3,
        "bia",
        "Nguyễn Văn A",
        "beer",
    )

    stored.delete_assessment(AID)
    with pytest.raises(StoreError):
        stored.get_assessment(AID)
    with stored.engine.connect() as conn:
        for table in ("facility", "team_member", "period", "consumption", "process_step", "option", "task_progress"):
            n = conn.exec_driver_sql(f'SELECT count(*) FROM "{table}" WHERE assessment_id = ?', (AID,)).scalar()
            assert n == 0, table
        flows = conn.exec_driver_sql("SELECT count(*) FROM flow").scalar()
        assert flows == 9  # only the copy's
    assert integrity_check(stored) == []
    assert stored.get_assessment(new_id) == copy_


# -- fine-grained operations ---------------------------------------------------------------------


def test_update_facility_and_refusal(stored):
    change = stored.update_facility(AID, name="Bia Sài Gòn", employees=500)
    assert change.assessment_id == AID and change.what == "facility"
    got = stored.get_assessment(AID)
    assert (got.facility.name, got.facility.employees) == ("Bia Sài Gòn", 500)
    assert got.facility.extra == rich_assessment().facility.extra
    assert got.updated_at != rich_assessment().updated_at
    with pytest.raises(ValidationError) as exc:
        stored.update_facility(AID, tax_code="12", name="x")
    assert exc.value.problems[0].field == "facility.tax_code"
    unchanged(stored, got)
    with pytest.raises(StoreError, match="no field 'colour'"):
        stored.update_facility(AID, colour="red")


def test_consultant_product_settings_extra(stored):
    stored.update_consultant(AID, email="b@vncpc.org")
    stored.set_product(AID, "bia hơi", "L")
    stored.update_settings(AID, discount_rate=0.08)
    stored.set_extra(AID, "maintenance_notes", "mỗi tuần")
    stored.set_extra(AID, "focus_matrix", None)
    got = stored.get_assessment(AID)
    assert got.consultant.email == "b@vncpc.org" and got.consultant.extra == {"cert": "CP-12"}
    assert got.product == Product("bia hơi", "L", {"density": 1.01})
    assert got.settings.discount_rate == 0.08 and got.settings.extra == {"currency": "VND"}
    assert got.extra == {"maintenance_notes": "mỗi tuần"}

    with pytest.raises(ValidationError):
        stored.set_product(AID, "bia", "kWh")  # production in hL cannot be kWh of product
    with pytest.raises(ValidationError):
        stored.update_settings(AID, balance_tolerance_percent=150)
    with pytest.raises(StoreError):
        stored.set_extra(AID, "bad", object())
    unchanged(stored, got)


def test_team_operations(stored):
    i = stored.add_team_member(AID, TeamMember("Phạm D", "Kỹ sư", "thành viên"))
    assert i == 2
    stored.update_team_member(AID, 0, TeamMember("Trần B", "Tổng giám đốc", "trưởng nhóm", {"phone": "2"}))
    stored.delete_team_member(AID, 1)
    got = stored.get_assessment(AID)
    assert [t.name for t in got.team] == ["Trần B", "Phạm D"]
    assert got.team[0].position == "Tổng giám đốc"
    assert stored.add_team_member(AID, TeamMember("E")) == 2
    stored.set_team(AID, [TeamMember("X"), TeamMember("Y")])
    assert [t.name for t in stored.get_assessment(AID).team] == ["X", "Y"]
    with pytest.raises(StoreError, match="no team member number 5"):
        stored.delete_team_member(AID, 5)


def test_periods(stored):
    p = Period("2024-01-01", "2024-12-31", Quantity(1_100_000, "hL"), {"k": 1})
    stored.set_period(AID, "reporting", p)
    assert stored.get_assessment(AID).reporting == p
    before = stored.get_assessment(AID)
    with pytest.raises(ValidationError) as exc:
        stored.set_period(AID, "baseline", Period("2022-01-01", "2022-12-31", Quantity(0, "hL")))
    assert exc.value.problems[0].field == "periods.baseline.production"
    with pytest.raises(ValidationError):  # consumption lines of the reporting period need it
        stored.set_period(AID, "reporting", None)
    unchanged(stored, before)
    with pytest.raises(StoreError):
        stored.set_period(AID, "future", p)
    # remove the reporting consumption first, then the period can go
    stored.delete_consumption(AID, 3)
    stored.delete_consumption(AID, 2)
    stored.set_period(AID, "reporting", None)
    assert stored.get_assessment(AID).reporting is None


def test_consumption(stored):
    c = Consumption("do", "reporting", Quantity(12, "t"), None, Quantity(20_000_000, "VND/t"))
    assert stored.add_consumption(AID, c) == 4
    stored.update_consumption(AID, 1, Consumption("water", "baseline", Quantity(480_000, "m3")))
    stored.delete_consumption(AID, 0)
    got = stored.get_assessment(AID)
    assert [x.quantity for x in got.consumption] == [
        Quantity(480_000, "m3"),
        Quantity(1200, "tấn"),
        Quantity(8_900_000, "kWh"),
        Quantity(12, "t"),
    ]
    with pytest.raises(ValidationError) as exc:
        stored.update_consumption(AID, 2, Consumption("electricity", "reporting", Quantity(5, "kg")))
    assert exc.value.problems[0].field.startswith("consumption[2].quantity")
    with pytest.raises(ValidationError):
        stored.add_consumption(AID, Consumption("electricity", "baseline", Quantity(-5, "kWh")))
    unchanged(stored, got)
    assert stored.add_consumption(AID, c) == 4  # indexes stay dense after a delete


def test_process_steps(stored):
    new = ProcessStep(
        "S9",
        "Chiết chai",
        4,
        Quantity(1, "hL"),
        flows=[Flow("A", "input", "water", "nước rửa", Quantity(2, "m3"), "water")],
    )
    stored.add_process_step(AID, new)
    stored.update_process_step(AID, "S0", name="Nghiền", focus=True)
    stored.move_process_step(AID, "S9", 1)
    got = stored.get_assessment(AID)
    assert [s.id for s in got.process_steps] == ["S9", "S0", "S1", "S2"]
    assert [s.order for s in got.process_steps] == [1, 2, 3, 4]
    assert got.process_steps[0].flows == new.flows
    assert got.step("S0").name == "Nghiền" and got.step("S0").focus
    assert got.step("S0").flows == rich_assessment().process_steps[0].flows

    with pytest.raises(ValidationError) as exc:
        stored.add_process_step(AID, ProcessStep("S1", "trùng", 9, Quantity(1, "hL")))
    assert "used twice" in exc.value.problems[0].message
    with pytest.raises(ValidationError):
        stored.update_process_step(AID, "S1", basis=Quantity(0, "hL"))
    with pytest.raises(ValidationError) as exc:  # option O1 points at S1
        stored.delete_process_step(AID, "S1")
    assert exc.value.problems[0].field == "options[0].process_step"
    unchanged(stored, got)

    stored.update_process_step(AID, "S1", id="S1b")
    assert stored.get_assessment(AID).options[0].process_step == "S1b"
    stored.delete_process_step(AID, "S2")
    got = stored.get_assessment(AID)
    assert [s.id for s in got.process_steps] == ["S9", "S0", "S1b"]
    with stored.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM flow").scalar() == 3 + 3 + 1
    with pytest.raises(StoreError, match="no process step"):
        stored.delete_process_step(AID, "S2")


def test_flows(stored):
    f = Flow(
        "N",
        "output",
        "solid_waste",
        "bã malt",
        Quantity(3, "t"),
        "malt",
        None,
        Quantity(200_000, "VND/t"),
        ["quá trình lọc"],
        {"x": 1},
    )
    stored.add_flow(AID, "S1", f)
    stored.update_flow(
        AID,
        "S1",
        "F1.0",
        dataclasses.replace(rich_assessment().process_steps[1].flows[0], quantity=Quantity(11, "kg"), unit_price=None),
    )
    stored.delete_flow(AID, "S1", "F1.1")
    got = stored.get_assessment(AID)
    flows = got.step("S1").flows
    assert [x.id for x in flows] == ["F1.0", "F1.2", "N"]
    assert flows[0].quantity == Quantity(11, "kg") and flows[0].unit_price is None
    assert flows[2] == f

    with pytest.raises(ValidationError) as exc:  # kWh priced per kg
        stored.update_flow(
            AID,
            "S1",
            "F1.2",
            Flow("F1.2", "input", "energy", "điện", Quantity(5, "kWh"), "electricity", Quantity(1800, "VND/kg")),
        )
    assert exc.value.problems[0].field == "process_steps[1].flows[1].unit_price"
    with pytest.raises(ValidationError) as exc:
        stored.add_flow(AID, "S1", dataclasses.replace(f, id="M", quantity=Quantity(1, "VND")))
    assert exc.value.problems[0].field == "process_steps[1].flows[3].quantity"
    with pytest.raises(ValidationError, match="used twice"):
        stored.add_flow(AID, "S1", dataclasses.replace(f, id="F1.2"))
    with pytest.raises(ValidationError, match="used twice"):
        stored.update_flow(AID, "S1", "N", dataclasses.replace(f, id="F1.0"))
    with pytest.raises(StoreError, match="no flow"):
        stored.delete_flow(AID, "S1", "F1.1")
    unchanged(stored, got)


def test_options(stored):
    o3 = Option(
        "O3",
        "Thu hồi nước",
        "onsite_recovery",
        "investment",
        investment=Quantity(2, "tỷđ"),
        lifetime_years=10,
        resource_savings=[ResourceSaving("water", Quantity(5000, "m3"))],
    )
    stored.add_option(AID, o3)
    o2 = dataclasses.replace(rich_assessment().options[1], status="selected", screening="further_study")
    stored.update_option(AID, "O2", o2)
    stored.delete_option(AID, "O1")
    got = stored.get_assessment(AID)
    assert got.options == [o2, o3]
    with pytest.raises(ValidationError, match="used twice"):
        stored.add_option(AID, dataclasses.replace(o3, title="khác"))
    with pytest.raises(ValidationError) as exc:
        stored.update_option(AID, "O3", dataclasses.replace(o3, investment=Quantity(5, "kWh")))
    assert exc.value.problems[0].field == "options[1].investment"
    with pytest.raises(ValidationError):
        stored.update_option(AID, "O3", dataclasses.replace(o3, process_step="nowhere"))
    unchanged(stored, got)


def test_tasks(stored):
    stored.set_task(AID, 5, True, "xong")
    stored.set_task(AID, 18, False, "sắp tới")
    got = stored.get_assessment(AID)
    assert got.tasks == [
        TaskProgress(1, True, "đã lập nhóm", {"date": "2024-01-05"}),
        TaskProgress(5, True, "xong"),
        TaskProgress(18, False, "sắp tới"),
    ]
    with pytest.raises(ValidationError):
        stored.set_task(AID, 19, True)
    unchanged(stored, got)


def test_mark_exported_revision(stored):
    updated = stored.get_assessment(AID).updated_at
    assert stored.mark_exported(AID, "d1") == 3  # first export keeps the revision
    assert stored.mark_exported(AID, "d1") == 3  # nothing changed
    assert stored.mark_exported(AID, "d2") == 4
    assert stored.mark_exported(AID, "d2") == 4
    assert stored.get_assessment(AID).revision == 4
    assert stored.get_assessment(AID).updated_at == updated
    new_id = stored.duplicate_assessment(AID)
    assert stored.mark_exported(new_id, "d2") == 1


def test_listeners_and_app_meta(stored):
    seen = []
    stop = stored.subscribe(seen.append)
    stored.set_task(AID, 2, True)
    with pytest.raises(ValidationError):
        stored.set_task(AID, 0, True)
    stop()
    stored.set_task(AID, 3, True)
    assert [(c.what, c.ids) for c in seen] == [("task", ("2",))]
    assert stored.get_meta("last_assessment") is None
    stored.set_meta("last_assessment", AID)
    stored.set_meta("consultant_profile", {"name": "Nguyễn Văn A"})
    assert stored.get_meta("last_assessment") == AID
    assert stored.get_meta("consultant_profile") == {"name": "Nguyễn Văn A"}


def test_updated_at_is_rfc3339_utc(stored):
    stored.update_facility(AID, address="mới")
    updated = stored.get_assessment(AID).updated_at
    assert len(updated) == 20 and updated.endswith("Z") and updated[10] == "T"


# -- scale ---------------------------------------------------------------------------------------


def test_big_assessment_round_trips_and_edits_one_flow(store):
    """2,000 flows read back whole and one flow edited in place (its speed is bench/edit_latency_bench.py's)."""
    big = rich_assessment("big", flows_per_step=100, steps=20)
    store.add_assessment(big)
    got = store.get_assessment("big")
    assert sum(len(s.flows) for s in got.process_steps) == 2000
    assert got == big
    store.update_flow("big", "S7", "F7.42", dataclasses.replace(big.process_steps[7].flows[42], name="sửa"))
    again = store.get_assessment("big")
    assert again.process_steps[7].flows[42].name == "sửa"
    assert again.process_steps[7].flows[41] == big.process_steps[7].flows[41]


# -- the file ------------------------------------------------------------------------------------


def test_file_mode_and_pragmas(store, tmp_path):
    db = tmp_path / "data" / "sxsh.db"
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o600
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_existing_file_is_made_private(tmp_path):
    db = tmp_path / "loose.db"
    sqlite3.connect(db).close()
    os.chmod(db, 0o644)
    open_store(sqlite_url(db)).close()
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o600


def test_transaction_is_atomic(stored):
    """A failure inside an operation leaves nothing behind (the flush error rolls back)."""
    before = stored.get_assessment(AID)
    bad = Flow("Z", "input", "water", "x", Quantity(1, "m3"), extra={"not json": object()})
    with pytest.raises(Exception):  # noqa: B017 - the JSON encoder's own error
        stored.add_flow(AID, "S0", bad)
    unchanged(stored, before)


def test_backups_rotation_and_integrity(stored, tmp_path):
    paths = [backup_now(stored) for _ in range(5)]
    backups = list_backups(stored)
    assert backups == paths  # all of today's are kept, in the order they were made
    for p in backups:
        assert stat.S_IMODE(os.stat(p).st_mode) == 0o600
        with sqlite3.connect(p) as con:
            assert con.execute("SELECT count(*) FROM flow").fetchone()[0] == 9
    assert backup_if_due(stored) is None
    old = time.time() - 2 * 86400
    for p in backups:  # the time recorded beside the backup counts, not the file's
        record = json.loads(p.with_name(p.name + ".json").read_text())
        record["made_at_epoch"] = old
        p.with_name(p.name + ".json").write_text(json.dumps(record))
    assert backup_if_due(stored) is not None
    assert integrity_check(stored) == []


def test_auto_backup_at_open(tmp_path):
    url = sqlite_url(tmp_path / "data" / "sxsh.db")
    with open_store(url) as s:  # new database: nothing to back up
        s.add_assessment(Assessment(id="a"))
        assert list_backups(s) == []
    with open_store(url) as s:
        assert len(list_backups(s)) == 1
    with open_store(url) as s:  # a backup younger than a day exists
        assert len(list_backups(s)) == 1


def test_backup_dir_override_and_plain_path(tmp_path):
    with open_store(tmp_path / "db.sqlite", backup_dir=tmp_path / "elsewhere") as s:
        p = backup_now(s)
    assert p.parent == tmp_path / "elsewhere"


def test_memory_store_and_server_backup_refusal():
    with open_store("sqlite://") as s:
        s.add_assessment(copy.deepcopy(rich_assessment()))
        assert s.get_assessment(AID) == rich_assessment()
        with pytest.raises(StoreError, match="administrator"):
            backup_now(s)


def test_not_an_sxsh_database_is_refused(tmp_path):
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreError, match="not an SXSH Desktop database"):
        open_store(sqlite_url(db))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a readable SQLite database"):
        open_store(sqlite_url(junk))
    assert junk.read_bytes() == b"this is not sqlite" * 100


def test_no_qt_in_store():
    import sxsh_desktop.store as pkg

    for path in Path(pkg.__file__).parent.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "PySide" not in text and "PyQt" not in text, path


def test_add_at_an_index_puts_an_undone_delete_back_where_it_was(tmp_path):
    from sxsh_desktop.interchange.document import read_document
    from sxsh_desktop.paths import resources_dir
    from sxsh_desktop.store.engine import open_store

    store = open_store(f"sqlite:///{tmp_path / 'pos.db'}")
    a = read_document(resources_dir() / "samples" / "brewery-sample.json")
    store.add_assessment(a)
    step = a.process_steps[1]
    removed = step.flows[2]
    store.delete_flow(a.id, step.id, removed.id)
    store.add_flow(a.id, step.id, removed, index=2)
    assert [f.id for f in store.get_assessment(a.id).process_steps[1].flows] == [f.id for f in step.flows]

    reading = a.consumption[3]
    store.delete_consumption(a.id, 3)
    assert store.add_consumption(a.id, reading, index=3) == 3
    assert store.get_assessment(a.id).consumption == a.consumption

    option = a.options[1]
    store.delete_option(a.id, option.id)
    store.add_option(a.id, option, index=1)
    assert [o.id for o in store.get_assessment(a.id).options] == [o.id for o in a.options]


def test_the_fast_start_knows_the_same_head_as_alembic():
    from sxsh_desktop.store.engine import head_revision, shipped_head

    assert shipped_head() == head_revision()


def test_update_assessment_type_and_refuse_an_unknown_one(tmp_path):
    import pytest as _pytest

    from sxsh_desktop.domain.validation import ValidationError as _VE
    from sxsh_desktop.interchange.document import read_document
    from sxsh_desktop.paths import resources_dir
    from sxsh_desktop.store.engine import open_store

    store = open_store(f"sqlite:///{tmp_path / 'type.db'}")
    a = read_document(resources_dir() / "samples" / "brewery-sample.json")
    store.add_assessment(a)
    store.update_assessment(a.id, assessment_type="rapid")
    assert store.get_assessment(a.id).assessment_type == "rapid"
    with _pytest.raises(_VE, match="'quick' is not one of rapid, detailed"):
        store.update_assessment(a.id, assessment_type="quick")
    assert store.get_assessment(a.id).assessment_type == "rapid"
