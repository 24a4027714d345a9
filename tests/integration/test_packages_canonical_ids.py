"""One assessment is one assessment however its id is spelt: a package whose document id (or package id)
is the same UUID in upper case or with urn:uuid: is never a second current assessment, on SQLite and on
PostgreSQL; the summary still counts one assessment and the same TOE."""

from __future__ import annotations

import pytest

from sxsh_desktop.store import open_store
from sxsh_desktop.store.review_ops import ReviewStore
from sxsh_desktop.sync.intake import ImportOptions, import_bytes


def _spellings(uid: str) -> list[str]:
    return [uid.upper(), f"urn:uuid:{uid}", f"URN:UUID:{uid.upper()}", "{" + uid + "}"]


@pytest.mark.parametrize("spelling", range(4))
def test_an_older_revision_under_another_spelling_of_the_id_is_not_a_second_assessment(
    db_url, packages, identities, spelling
):
    options = ImportOptions(trusted=[identities.cert_der("consultant")])
    r2 = packages.document(revision=2)
    uid = r2["id"]
    r1 = packages.document(revision=1, id=_spellings(uid)[spelling])
    with open_store(db_url) as store:
        review = ReviewStore(store)
        assert import_bytes(review, packages.build(r2), options).line == "imported"
        before = review.summary()
        assert before["assessments"] == 1 and before["energy_saving_toe"] > 0
        out = import_bytes(review, packages.build(r1), options)
        assert out.status in ("superseded", "refused"), out.line
        if out.status == "refused":
            assert "id" in out.line and uid in out.line.lower()
        after = review.summary()
        assert after["assessments"] == 1
        assert after["energy_saving_toe"] == pytest.approx(before["energy_saving_toe"])
        assert review.received(uid).summary.revision == 2
        assert review.counts()["received_assessment"] == 1


def test_a_package_id_in_upper_case_is_the_same_package(db_url, packages, identities):
    """The manifest's package id is compared as a UUID: the same id in another spelling with other
    content is the replay it is, not a new package."""
    from sxsh_desktop.interchange.document import dumps
    from sxsh_desktop.sync.package import build_package

    options = ImportOptions(trusted=[identities.cert_der("consultant")])
    pid = "0f8e2a4c-6b1d-4e3f-9a7b-5c2d1e0f3a4b"
    r1, r2 = packages.document(revision=1), packages.document(revision=2)

    def build(doc, package_id):
        return build_package(
            doc,
            dumps(doc).encode("utf-8"),
            packages.report(doc, "consultant"),
            packages.signer("consultant"),
            package_id=package_id,
        )

    with open_store(db_url) as store:
        review = ReviewStore(store)
        assert import_bytes(review, build(r1, pid), options).line == "imported"
        out = import_bytes(review, build(r2, f"urn:uuid:{pid.upper()}"), options)
        assert out.status == "refused" and "same package id" in out.line, out.line
        assert review.counts()["received_package"] == 1


def test_a_newer_revision_in_upper_case_supersedes_and_is_kept_in_lower_case(db_url, packages, identities):
    options = ImportOptions(trusted=[identities.cert_der("consultant")])
    r2 = packages.document(revision=2)
    uid = r2["id"]
    r3 = packages.document(revision=3, id=uid.upper())
    with open_store(db_url) as store:
        review = ReviewStore(store)
        assert import_bytes(review, packages.build(r2), options).line == "imported"
        out = import_bytes(review, packages.build(r3), options)
        assert out.line == "imported (supersedes revision 2)", out.line
        assert review.summary()["assessments"] == 1
        detail = review.received(uid)
        assert detail.summary.revision == 3 and [r.revision for r in detail.revisions] == [3, 2]
        assert review.counts()["received_assessment"] == 2
        assert all(getattr(r, "assessment_id", uid) == uid for r in detail.revisions)
