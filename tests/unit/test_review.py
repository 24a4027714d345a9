"""Review states, comments, the audit log, superseding and the aggregation math, on a store fed with
made-up checked packages (no signatures here: those are tests/integration/test_packages_*)."""

from __future__ import annotations

import uuid

import pytest

from sxsh_desktop.store import open_store
from sxsh_desktop.store.review_ops import TRANSITIONS, Figures, IncomingPackage, ReviewError, ReviewStore, TrustedSigner


def _incoming(
    aid: str,
    revision: int = 1,
    *,
    province: str = "Nghệ An",
    vsic: str = "1103",
    year: int | None = 2024,
    tax: str = "2901234567",
    toe: float = 10.0,
    met: bool = True,
    verdict: str = "trusted",
    digest: str | None = None,
    package_id: str | None = None,
    water: float = 5.0,
) -> IncomingPackage:
    pid = package_id or str(uuid.uuid4())
    return IncomingPackage(
        package_id=pid,
        sha256=uuid.UUID(pid).hex * 2,
        file_sha256="0" * 64,
        size=100,
        enveloped=False,
        created_at="2025-01-01T00:00:00Z",
        producer="SXSH Desktop 0.1.0",
        signer_name="Nguyễn Văn An",
        signer_organisation="VNCPC",
        signer_serial="1",
        signer_fingerprint="AA:BB",
        signer_certificate=b"cert",
        verdict=verdict,
        package_bytes=b"PK",
        assessment_id=aid,
        revision=revision,
        document={"id": aid, "revision": revision},
        content_digest=digest or f"{aid}-{revision}".ljust(64, "0")[:64],
        facility_name=f"Nhà máy {tax}",
        tax_code=tax,
        province=province,
        vsic=vsic,
        sector="bia",
        year=year,
        figures=Figures(
            energy_saving_toe=toe,
            saving_gj=toe * 41.868,
            water_saving_m3=water,
            co2_saving_t=toe * 3,
            cost_saving_vnd=toe * 1e6,
            energy_saving_percent=9.0 if met else 4.0,
            met_target=met,
        ),
    )


@pytest.fixture
def review(tmp_path):
    store = open_store(tmp_path / "so.db")
    yield ReviewStore(store)
    store.close()


def test_states_follow_the_transitions_and_are_logged(review):
    review.record_import(_incoming("a1"), by="Trần Bình")
    with pytest.raises(ReviewError, match="already received"):
        review.set_state("a1", "received")
    with pytest.raises(ReviewError, match="not one of"):
        review.set_state("a1", "done")
    assert review.set_state("a1", "has_issues", by="Trần Bình", comment="thiếu số liệu nước") == "received"
    assert review.set_state("a1", "approved", by="Lê Chi") == "has_issues"
    with pytest.raises(ReviewError, match="can become has issues, rejected, not received"):
        review.set_state("a1", "received")
    review.set_state("a1", "rejected", by="Lê Chi")
    with pytest.raises(ReviewError, match="no received assessment"):
        review.set_state("nope", "approved")
    log = list(reversed(review.audit_log("a1")))
    assert [(e.who, e.action) for e in log] == [
        ("Trần Bình", "import"),
        ("Trần Bình", "review"),
        ("Trần Bình", "comment"),
        ("Lê Chi", "review"),
        ("Lê Chi", "review"),
    ]
    assert log[1].detail == "received → has issues"
    assert [c.text for c in review.comments("a1")] == ["thiếu số liệu nước"]
    assert all(set(targets) <= set(TRANSITIONS) for targets in TRANSITIONS.values())


def test_comments_and_system_actor(review):
    review.record_import(_incoming("a1"))
    review.add_comment("a1", "  cần bổ sung  ", by="  Lê   Chi ")
    with pytest.raises(ReviewError, match="empty"):
        review.add_comment("a1", "   ")
    [c] = review.comments("a1")
    assert (c.author, c.text, c.revision) == ("Lê Chi", "cần bổ sung", 1)
    assert review.audit_log("a1")[-1].who == "system"


def test_an_untrusted_signer_cannot_be_approved_until_trusted(review):
    review.record_import(_incoming("a1", verdict="unknown_signer"))
    with pytest.raises(ReviewError, match="not a trusted signer"):
        review.set_state("a1", "approved")
    assert review.add_trusted_signer(TrustedSigner("AA:BB", "Nguyễn Văn An", "VNCPC", "2029", b"c", "", ""), by="x")
    assert not review.add_trusted_signer(TrustedSigner("AA:BB", "Nguyễn Văn An", "VNCPC", "2029", b"c", "", ""))
    review.set_state("a1", "approved")
    assert [t.fingerprint for t in review.trusted_signers()] == ["AA:BB"]
    review.remove_trusted_signer("AA:BB")
    assert review.trusted_certificates() == []


def test_revisions_supersede_and_older_ones_are_reported(review):
    assert review.record_import(_incoming("a1", 1, toe=5)).describe() == "imported"
    assert review.record_import(_incoming("a1", 3, toe=7)).describe() == "imported (supersedes revision 1)"
    before = review.counts()
    late = review.record_import(_incoming("a1", 2))
    assert late.status == "superseded" and late.newer_revision == 3
    same = review.record_import(_incoming("a1", 3, toe=7))  # same content, another package
    assert same.status == "already_imported"
    clash = review.record_import(_incoming("a1", 3, digest="f" * 64))
    assert clash.status == "refused" and "other content" in clash.reason
    pid = str(uuid.uuid4())
    review.record_import(_incoming("b1", package_id=pid))
    before = review.counts()
    again = _incoming("b1", package_id=pid)
    assert review.record_import(again).status == "already_imported"
    other = _incoming("c1", package_id=pid)  # the same package id with other bytes
    other = IncomingPackage(**{**other.__dict__, "sha256": "e" * 64})
    assert review.record_import(other).status == "refused"
    assert review.counts() == before  # nothing written, not even a review state for c1
    rows = review.received("a1").revisions
    assert [(r.revision, r.current, r.superseded_by) for r in rows] == [(3, True, None), (1, False, 3)]
    assert review.summary()["energy_saving_toe"] == pytest.approx(7 + 10)


def test_aggregation_math(review):
    data = [
        ("a", "Nghệ An", "1103", 2024, "0100000001", 10.0, True),
        ("b", "Nghệ An", "1103", 2023, "0100000001", 20.0, False),  # same facility, another assessment
        ("c", "Hà Tĩnh", "1701", 2024, "0100000002", 5.5, True),
        ("d", "Hà Tĩnh", "1701", None, "", 1.0, False),
    ]
    for aid, prov, vsic, year, tax, toe, met in data:
        review.record_import(_incoming(aid, province=prov, vsic=vsic, year=year, tax=tax, toe=toe, met=met))
    review.record_import(_incoming("a", 2, province="Nghệ An", year=2024, tax="0100000001", toe=12.0, met=True))
    review.set_state("c", "approved")
    review.set_state("d", "rejected")
    s = review.summary()
    assert s["assessments"] == 4
    assert s["facilities"] == 3  # two tax codes and one facility known by name only
    assert s["energy_saving_toe"] == pytest.approx(12 + 20 + 5.5 + 1)
    assert s["saving_gj"] == pytest.approx((12 + 20 + 5.5 + 1) * 41.868)
    assert s["co2_saving_t"] == pytest.approx((12 + 20 + 5.5 + 1) * 3)
    assert s["cost_saving_vnd"] == pytest.approx((12 + 20 + 5.5 + 1) * 1e6)
    assert s["water_saving_m3"] == pytest.approx(20.0)
    assert s["met_target"] == 2
    assert s["by_review_state"] == {"received": 2, "has_issues": 0, "approved": 1, "rejected": 1}
    assert [(p["province"], p["assessments"], p["met_target"]) for p in s["by_province"]] == [
        ("Hà Tĩnh", 2, 1),
        ("Nghệ An", 2, 1),
    ]
    assert review.summary(province="Nghệ An")["energy_saving_toe"] == pytest.approx(32)
    assert review.summary(year=2024)["assessments"] == 2
    assert review.summary(province="Hà Tĩnh", year=2024)["by_review_state"]["approved"] == 1
    by_year = review.aggregate("year")
    assert [(g["year"], g["assessments"]) for g in by_year] == [(2023, 1), (2024, 2), (None, 1)]
    assert [(g["vsic"], g["facilities"]) for g in review.aggregate("vsic")] == [("1103", 1), ("1701", 2)]
    with pytest.raises(ReviewError, match="not one of"):
        review.aggregate("colour")
    assert review.provinces() == ["Hà Tĩnh", "Nghệ An"] and review.years() == [2023, 2024]
    assert [r.assessment_id for r in review.list_received(search="0100000002")] == ["c"]
    assert [r.assessment_id for r in review.list_received(state="approved")] == ["c"]
    assert review.resolve_id("c") == "c"


def test_empty_summary(review):
    s = review.summary()
    assert s["assessments"] == 0 and s["energy_saving_toe"] == 0 and s["by_province"] == []
    assert s["by_review_state"] == {"received": 0, "has_issues": 0, "approved": 0, "rejected": 0}


def test_csv_export_guards_against_formulas(review, tmp_path):
    from sxsh_desktop.review.service import export_csv

    bad = _incoming("a1", tax="=cmd|'/c calc'!A1")
    review.record_import(bad)
    assert export_csv(review, tmp_path / "f.csv") == 1
    text = (tmp_path / "f.csv").read_text(encoding="utf-8-sig")
    assert "'=cmd" in text and ",=cmd" not in text
    assert export_csv(review, tmp_path / "g.csv", by="province") == 1


def test_consultants_are_read_from_the_newest_documents(review):
    from sxsh_desktop.review.service import consultants

    first = _incoming("11111111-1111-4111-8111-111111111111")
    first.document["consultant"] = {"name": "Võ Thị Ỹ Lan"}
    review.record_import(first)
    second = _incoming("11111111-1111-4111-8111-111111111111", revision=2)
    second.document["consultant"] = {"name": "Đặng Văn Ửng"}
    review.record_import(second)
    other = _incoming("22222222-2222-4222-8222-222222222222", tax="0101234567")
    review.record_import(other)  # a document that names no consultant
    assert consultants(review) == {
        "11111111-1111-4111-8111-111111111111": "Đặng Văn Ửng",
        "22222222-2222-4222-8222-222222222222": "",
    }


def test_a_former_province_is_counted_under_the_unit_that_holds_it_now(review):
    # Vĩnh Phúc and Hòa Bình are in Phú Thọ since 1/7/2025 (Resolution 202/2025/QH15); Bạc Liêu in Cà Mau
    review.record_import(_incoming("a", province="Vĩnh Phúc", tax="0100000001", toe=10.0))
    review.record_import(_incoming("b", province="tỉnh Hoà Bình", tax="0100000002", toe=5.0))
    review.record_import(_incoming("c", province="Phú Thọ", tax="0100000003", toe=1.0))
    review.record_import(_incoming("d", province="Bạc Liêu", tax="0100000004", toe=2.0))
    s = review.summary()
    assert [(p["province"], p["assessments"]) for p in s["by_province"]] == [("Cà Mau", 1), ("Phú Thọ", 3)]
    assert next(p for p in s["by_province"] if p["province"] == "Phú Thọ")["energy_saving_toe"] == pytest.approx(16)
    # a filter typed with the former name means the current unit
    assert review.summary(province="Vĩnh Phúc")["assessments"] == 3
    assert review.provinces() == ["Cà Mau", "Phú Thọ"]
    assert [g["province"] for g in review.aggregate("province")] == ["Cà Mau", "Phú Thọ"]


def test_the_audit_log_keeps_each_entry_as_a_message(review):
    """The English detail is what `sxsh review --log` prints, as it always was; the message kept with it
    says the entry in Vietnamese; an entry written before the message was kept is shown as written."""
    from sqlalchemy import update

    from sxsh_desktop.store.review_models import AuditLogRow

    review.record_import(_incoming("a1", package_id="11111111-0000-4000-8000-0000000000a1"), by="Trần Bình")
    review.set_state("a1", "has_issues", by="Trần Bình")
    review.record_import(
        _incoming("a1", 2, package_id="11111111-0000-4000-8000-0000000000a2", verdict="unknown_signer")
    )
    review.add_trusted_signer(TrustedSigner("AA:BB", "Nguyễn Văn An", "VNCPC", "2029", b"c", "", ""), by="x")
    review.remove_trusted_signer("AA:BB", by="x")
    review.add_comment("a1", "cần bổ sung hoá đơn", by="Lê Chi")
    entries = list(reversed(review.audit_log()))
    said = [(e.detail, e.said.text("vi") if e.said else None) for e in entries]
    assert said == [
        (
            "package 11111111-0000-4000-8000-0000000000a1 from Nguyễn Văn An (VNCPC), trusted signer",
            "gói 11111111-0000-4000-8000-0000000000a1 của Nguyễn Văn An (VNCPC), người ký được tin cậy",
        ),
        ("received → has issues", "đã nhận → cần bổ sung"),
        (
            "package 11111111-0000-4000-8000-0000000000a2 from Nguyễn Văn An (VNCPC), signer not trusted; "
            "supersedes revision 1",
            "gói 11111111-0000-4000-8000-0000000000a2 của Nguyễn Văn An (VNCPC), người ký chưa được tin cậy; "
            "thay cho lần sửa 1",
        ),
        ("has issues → received (revision 2 arrived)", "cần bổ sung → đã nhận (lần sửa 2 đã đến)"),
        ("trusted Nguyễn Văn An (VNCPC), SHA-256 AA:BB", "tin cậy Nguyễn Văn An (VNCPC), SHA-256 AA:BB"),
        ("no longer trusts Nguyễn Văn An (VNCPC), SHA-256 AA:BB", "thôi tin cậy Nguyễn Văn An (VNCPC), SHA-256 AA:BB"),
        ("cần bổ sung hoá đơn", None),  # a comment: the reviewer's words, as written
    ]
    assert all(e.said is None or str(e.said) == e.detail for e in entries)
    with review.store._write_sessions() as s, s.begin():  # an entry kept before revision 0011, or by a newer app
        s.execute(update(AuditLogRow).where(AuditLogRow.action == "trust").values(detail_code=None, detail_params=None))
        s.execute(update(AuditLogRow).where(AuditLogRow.action == "distrust").values(detail_code="audit.newer"))
    kept = {e.action: e for e in review.audit_log()}
    assert kept["trust"].said is None and kept["trust"].detail.startswith("trusted Nguyễn Văn An")
    assert kept["distrust"].said is None and kept["distrust"].detail.startswith("no longer trusts")
