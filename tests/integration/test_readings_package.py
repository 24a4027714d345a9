"""An assessment read by month goes from the laptop's store into a signed package and into the Sở's store
unchanged, and the Sở's figures are those of its own method."""

from __future__ import annotations

import pytest

from sxsh_desktop.domain.savings import compute_savings
from sxsh_desktop.interchange.document import parse_document, read_document, to_document
from sxsh_desktop.services.documents import sample_path
from sxsh_desktop.services.packages import make_package
from sxsh_desktop.store import open_store
from sxsh_desktop.store.review_ops import ReviewStore
from sxsh_desktop.sync.intake import ImportOptions, import_files
from tests.monthly import with_monthly_readings

PASSPHRASE = b"mat-khau-thu-nghiem"  # as in conftest.py


def test_24_monthly_readings_round_trip_through_the_package(tmp_path, identities, monkeypatch):
    from sxsh_desktop.signing.identity import SignerSettings

    monkeypatch.setenv("SXSH_DATA_DIR", str(tmp_path / "data"))
    monthly = with_monthly_readings(read_document(sample_path()))
    assert len(monthly.readings) == 24
    settings = SignerSettings(identity=identities.p12("consultant"), passphrase=PASSPHRASE)
    with open_store(tmp_path / "laptop.db") as store:
        store.add_assessment(monthly)
        made = make_package(store, monthly.id, tmp_path / "monthly.sxsh", settings, language="vi")
        exported = store.get_assessment(monthly.id)
    with open_store(tmp_path / "so.db") as so:
        review = ReviewStore(so)
        outcomes = import_files(review, [made.path], ImportOptions(trusted=[identities.cert_der("consultant")]))
        assert [o.status for o in outcomes] == ["imported"], [o.reason for o in outcomes]
        detail = review.received(monthly.id)
    received = parse_document(detail.document)
    assert received.readings == monthly.readings
    assert detail.document["readings"] == to_document(exported)["readings"]
    # the Sở's figures are computed with each resource's own method
    summary = compute_savings(received, "en")
    assert {r["resource"]: r["method"] for r in summary["resources"]}["electricity"] == "regression"
    assert detail.summary.figures.energy_saving_toe == pytest.approx(summary["energy"]["saving_toe"])
