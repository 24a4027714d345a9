"""The same store on a real PostgreSQL server (a throw-away cluster made for the test)."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from sxsh_desktop.domain.model import Assessment, Flow
from sxsh_desktop.domain.quantities import Quantity
from sxsh_desktop.domain.validation import ValidationError
from sxsh_desktop.store import StoreError, open_store
from sxsh_desktop.store.backup import backup_now, integrity_check
from sxsh_desktop.store.engine import head_revision

pytestmark = pytest.mark.postgres

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))
from test_store_roundtrip import rich_assessment  # noqa: E402

# `pg_url` (a fresh database on a throw-away cluster) comes from tests/integration/conftest.py


def test_postgres_round_trip_and_operations(pg_url):
    with open_store(pg_url) as store:
        a = rich_assessment()
        store.add_assessment(a)
        assert store.get_assessment(a.id) == a
        flow = dataclasses.replace(a.process_steps[1].flows[0], name="sửa")
        store.update_flow(a.id, "S1", "F1.0", flow)
        with pytest.raises(ValidationError):
            store.update_flow(
                a.id,
                "S1",
                "F1.0",
                Flow("F1.0", "input", "energy", "điện", Quantity(1, "kWh"), "electricity", Quantity(1, "VND/kg")),
            )
        store.move_process_step(a.id, "S2", 1)
        got = store.get_assessment(a.id)
        assert [s.id for s in got.process_steps] == ["S2", "S0", "S1"]
        assert got.step("S1").flows[0] == flow
        assert integrity_check(store) == []
        with pytest.raises(StoreError, match="administrator"):
            backup_now(store)
        store.delete_assessment(a.id)
        assert store.list_assessments() == []
        store.add_assessment(Assessment(id="keep"))
    with open_store(pg_url) as store:  # reopening at head changes nothing
        assert [s.id for s in store.list_assessments()] == ["keep"]


def test_postgres_newer_database_is_refused(pg_url):
    open_store(pg_url).close()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    try:
        with pytest.raises(StoreError, match=r"newer version of SXSH Desktop \(revision 9999_future\)"):
            open_store(pg_url)
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{head_revision()}'")
        engine.dispose()
