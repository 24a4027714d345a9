"""Field laptop → package → Sở import → review → summary, on SQLite and on PostgreSQL: the summary's
figures are the savings summary's; revisions supersede; two simultaneous imports store one."""

from __future__ import annotations

import threading

import pytest

from sxsh_desktop.cli import main
from sxsh_desktop.domain.savings import compute_savings
from sxsh_desktop.review.service import dashboard, export_approved, export_csv
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.services.packages import make_package
from sxsh_desktop.services.received import report_pdf
from sxsh_desktop.store import open_store
from sxsh_desktop.store.review_ops import ReviewError, ReviewStore
from sxsh_desktop.sync.intake import ImportOptions, import_bytes, import_files
from sxsh_desktop.sync.package import check_package

PASSPHRASE = b"mat-khau-thu-nghiem"  # as in conftest.py


@pytest.fixture(scope="module")
def laptop(tmp_path_factory, identities):
    """Two packages of the sample made on a laptop with the real service: revision 1, then revision 2
    after an edit (each with its signed report)."""
    from sxsh_desktop.signing.identity import SignerSettings

    root = tmp_path_factory.mktemp("laptop")
    settings = SignerSettings(identity=identities.p12("consultant"), passphrase=PASSPHRASE)
    with open_store(root / "laptop.db") as store:
        aid = load_sample(store).assessment_id
        store.update_consultant(aid, name="Nguyễn Văn An")  # the consultant who signs (else a note says not)
        r1 = make_package(store, aid, root / "r1.sxsh", settings, language="vi")
        store.update_facility(aid, address="Lô 14, KCN Bắc Vinh")
        r2 = make_package(
            store, aid, root / "r2.sxsh", settings, language="en", encrypt_to=identities.certificate("so")
        )
        assert (r1.revision, r2.revision, r2.encrypted) == (1, 2, True)
        a2 = store.get_assessment(aid)
    return {"id": aid, "r1": root / "r1.sxsh", "r2": root / "r2.sxsh", "assessment": a2}


def _options(identities, **kw):
    from sxsh_desktop.sync.package import Decryption

    return ImportOptions(
        trusted=[identities.cert_der("consultant")],
        decryption=Decryption.from_file(identities.p12("so"), PASSPHRASE),
        **kw,
    )


def test_laptop_to_summary(db_url, laptop, identities, tmp_path):
    with open_store(db_url) as store:
        review = ReviewStore(store)
        events = []
        review.subscribe(events.append)
        seen = []
        outcomes = import_files(
            review,
            [laptop["r1"], laptop["r2"], laptop["r1"]],
            _options(identities, by="Trần Bình"),
            progress=lambda done, total, o: seen.append((done, total, o.line)),
        )
        assert [o.line for o in outcomes] == ["imported", "imported (supersedes revision 1)", "already imported"]
        assert [s[:2] for s in seen] == [(1, 3), (2, 3), (3, 3)]
        assert [e.what for e in events] == ["package imported", "package imported"]

        detail = review.received(laptop["id"])
        assert detail.summary.revision == 2 and [r.revision for r in detail.revisions] == [2, 1]
        assert detail.revisions[1].state == "superseded" and detail.revisions[1].superseded_by == 2
        assert detail.document["facility"]["address"] == "Lô 14, KCN Bắc Vinh"
        assert report_pdf(review, laptop["id"]).startswith(b"%PDF")

        review.set_state(laptop["id"], "has_issues", by="Trần Bình", comment="Thiếu hoá đơn điện tháng 3")
        review.set_state(laptop["id"], "approved", by="Lê Chi")
        with pytest.raises(ReviewError, match="already approved"):
            review.set_state(laptop["id"], "approved", by="Lê Chi")

        summary = review.summary()
        s = compute_savings(laptop["assessment"])
        assert summary["assessments"] == 1 and summary["facilities"] == 1
        assert summary["energy_saving_toe"] == pytest.approx(s["energy"]["saving_toe"])
        assert summary["saving_gj"] == pytest.approx(s["energy"]["saving_gj"])
        assert summary["co2_saving_t"] == pytest.approx(s["co2"]["saving_t"])
        assert summary["cost_saving_vnd"] == pytest.approx(s["cost_saving_vnd"])
        water = next(r for r in s["resources"] if r["resource"] == "water")
        assert summary["water_saving_m3"] == pytest.approx(water["saving"]["quantity"])
        met = next(t["met"] for t in s["targets"] if t["in_force"])  # the sample ends in 2024: 5–8 %
        assert summary["met_target"] == int(met) == 1
        assert summary["by_review_state"] == {"received": 0, "has_issues": 0, "approved": 1, "rejected": 0}
        assert summary["by_province"] == [
            {
                "province": "Nghệ An",
                "assessments": 1,
                "facilities": 1,
                "energy_saving_toe": pytest.approx(s["energy"]["saving_toe"]),
                "saving_gj": pytest.approx(s["energy"]["saving_gj"]),
                "water_saving_m3": pytest.approx(water["saving"]["quantity"]),
                "co2_saving_t": pytest.approx(s["co2"]["saving_t"]),
                "cost_saving_vnd": pytest.approx(s["cost_saving_vnd"]),
                "met_target": 1,
                "by_method": {"regression": 0, "ratio": 1},  # the sample's annual totals: the ratio
            }
        ]
        assert summary["by_method"] == {"regression": 0, "ratio": 1}
        assert review.summary(province="Huế")["assessments"] == 0
        assert review.summary(year=2024)["assessments"] == 1
        board = dashboard(review)
        assert [g["vsic"] for g in board["by_vsic"]] == ["1103"] and [g["year"] for g in board["by_year"]] == [2024]

        actions = [e.action for e in reversed(review.audit_log(laptop["id"]))]
        assert actions == ["import", "import", "review", "comment", "review"]
        assert review.audit_log(laptop["id"])[0].who == "Lê Chi"
        assert [c.text for c in review.comments(laptop["id"])] == ["Thiếu hoá đơn điện tháng 3"]

        # the approved package goes to the ministry as it was signed (decrypted) and still checks out
        [path] = export_approved(review, tmp_path / "ministry", by="Lê Chi")
        check = check_package(path.read_bytes(), trusted=[identities.cert_der("consultant")])
        assert check.trusted and check.assessment.revision == 2
        assert export_csv(review, tmp_path / "figures.csv") == 1
        assert "Nghệ An" in (tmp_path / "figures.csv").read_text(encoding="utf-8-sig")


def test_older_revision_after_newer_is_reported_not_applied(db_url, laptop, identities):
    with open_store(db_url) as store:
        review = ReviewStore(store)
        assert import_files(review, [laptop["r2"]], _options(identities))[0].line == "imported"
        before = review.counts()
        [old] = import_files(review, [laptop["r1"]], _options(identities))
        assert old.status == "superseded" and "revision 1 is older than revision 2" in old.line
        assert review.counts() == before
        assert review.received(laptop["id"]).summary.revision == 2


def test_a_new_revision_puts_the_review_back_to_received(db_url, laptop, identities):
    with open_store(db_url) as store:
        review = ReviewStore(store)
        import_files(review, [laptop["r1"]], _options(identities))
        review.set_state(laptop["id"], "approved", by="Lê Chi")
        import_files(review, [laptop["r2"]], _options(identities))
        assert review.received(laptop["id"]).summary.state == "received"
        assert review.summary()["by_review_state"]["received"] == 1


def test_two_imports_of_one_package_at_once_store_it_once(db_url, packages, identities):
    data = packages.build()
    stores = [open_store(db_url) for _ in range(2)]
    try:
        reviews = [ReviewStore(s) for s in stores]
        trusted = reviews[0].trusted_certificates() + [identities.cert_der("consultant")]
        # check first (the slow part), then race the two transactions
        from sxsh_desktop.sync.intake import _check_one, _record

        checked = _check_one(data, trusted, None, "p.sxsh")
        barrier = threading.Barrier(2)
        lines: list[str] = []

        def run(review):
            barrier.wait()
            lines.append(_record(review, checked, ImportOptions()).line)

        threads = [threading.Thread(target=run, args=(r,)) for r in reviews]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(lines) == ["already imported", "imported"]
        counts = reviews[0].counts()
        assert counts["received_package"] == 1 and counts["received_assessment"] == 1
        assert counts["review_state"] == 1 and counts["audit_log"] == 1
    finally:
        for s in stores:
            s.close()


def test_two_processes_import_the_same_packages(db_url, packages, identities, tmp_path):
    """Two `sxsh import` processes over the same ten packages at once: each stored once."""
    import subprocess
    import sys

    paths = []
    for i in range(10):
        doc = packages.document(id=f"00000000-0000-4000-8000-{i:012d}", facility__tax_code=f"01000000{i:02d}")
        paths.append(tmp_path / f"p{i}.sxsh")
        paths[-1].write_bytes(packages.build(doc))
    open_store(db_url).close()  # migrated once, before the race
    cmd = [
        sys.executable,
        "-m",
        "sxsh_desktop.cli",
        "import",
        "--db",
        db_url,
        "--jobs",
        "1",
        "--trust",
        str(identities.pem("consultant")),
        *map(str, paths),
    ]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    lines = [line.split(": ", 1)[1] for out, _ in outs for line in out.splitlines()]
    assert sorted(set(lines)) == ["already imported", "imported"] and lines.count("imported") == 10
    with open_store(db_url) as store:
        counts = ReviewStore(store).counts()
    assert counts["received_package"] == 10 and counts["received_assessment"] == 10


def test_cli_end_to_end(tmp_path, laptop, identities, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = f"sqlite:///{tmp_path / 'so.db'}"
    pw = identities.passphrase_file
    key = ["--key", str(identities.p12("so")), "--passphrase-file", str(pw)]
    assert main(["verify", str(laptop["r2"]), "--trust", str(identities.pem("consultant")), *key]) == 0
    assert "intact, signed by Nguyễn Văn An" in capsys.readouterr().out
    assert main(["trust", "add", "--db", db, str(identities.pem("consultant")), "--by", "Lê Chi"]) == 0
    assert "trusted" in capsys.readouterr().out
    assert main(["import", "--db", db, str(laptop["r1"]), str(laptop["r2"]), *key, "--by", "Trần Bình"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{laptop['r1']}: imported",
        f"{laptop['r2']}: imported (supersedes revision 1)",
    ]
    assert (
        main(["review", "--db", db, laptop["id"][:8], "--state", "approved", "--comment", "Đạt", "--by", "Lê Chi"]) == 0
    )
    assert "received → approved" in capsys.readouterr().out
    assert main(["summary", "--db", db, "--json"]) == 0
    import json

    out = json.loads(capsys.readouterr().out)
    assert out["assessments"] == 1 and out["by_review_state"]["approved"] == 1
    assert set(out) >= {
        "assessments",
        "facilities",
        "energy_saving_toe",
        "saving_gj",
        "co2_saving_t",
        "cost_saving_vnd",
        "met_target",
        "by_review_state",
        "by_province",
    }
    assert main(["summary", "--db", db, "--csv", str(tmp_path / "by-province.csv"), "--by", "province"]) == 0
    assert main(["export-approved", "--db", db, str(tmp_path / "out")]) == 0
    assert "1 approved package(s)" in capsys.readouterr().out
    assert len(list((tmp_path / "out").glob("*.sxsh"))) == 1


def test_import_bytes_for_a_single_package(tmp_path, packages, identities):
    with open_store(tmp_path / "so.db") as store:
        review = ReviewStore(store)
        out = import_bytes(review, packages.build(), ImportOptions(trusted=[identities.cert_der("consultant")]))
        assert out.line == "imported" and out.signer.name == "Nguyễn Văn An"


def test_checking_in_worker_processes(tmp_path, packages, identities):
    """workers > 1: the same outcomes, in order, encrypted packages too (the key goes to the workers)."""
    from sxsh_desktop.sync.package import Decryption

    paths = []
    for i in range(6):
        doc = packages.document(id=f"00000000-0000-4000-9000-{i:012d}", facility__province=["Huế", "Hà Tĩnh"][i % 2])
        paths.append(tmp_path / f"w{i}.sxsh")
        paths[-1].write_bytes(packages.build(doc, encrypt_to="so" if i % 3 == 0 else None))
    paths.insert(3, tmp_path / "missing.sxsh")
    options = ImportOptions(
        trusted=[identities.cert_der("consultant")], decryption=Decryption.from_file(identities.p12("so"), PASSPHRASE)
    )
    with open_store(tmp_path / "so.db") as store:
        review = ReviewStore(store)
        outcomes = import_files(review, paths, options, workers=2)
        assert [o.source for o in outcomes] == [str(p) for p in paths]
        assert [o.status for o in outcomes] == ["imported"] * 3 + ["refused"] + ["imported"] * 3
        assert "cannot be read" in outcomes[3].line
        assert [(p["province"], p["assessments"]) for p in review.summary()["by_province"]] == [
            ("Hà Tĩnh", 3),
            ("Huế", 3),
        ]
