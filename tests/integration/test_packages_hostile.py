"""Hostile packages: each is refused with its reason in words, the store is unchanged, nothing is
written outside the store, and memory stays bounded."""

from __future__ import annotations

import io
import json
import os
import struct
import tracemalloc
import warnings
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from sxsh_desktop.cli import main
from sxsh_desktop.domain.message import Message
from sxsh_desktop.store import open_store
from sxsh_desktop.store.review_models import ReceivedAssessmentRow
from sxsh_desktop.store.review_ops import ReviewStore
from sxsh_desktop.sync.intake import ImportOptions, import_files
from sxsh_desktop.sync.package import (
    MAX_ENTRIES,
    MAX_PACKAGE_BYTES,
    TAMPERED,
    Decryption,
    canonical_json,
    check_package,
)

PASSPHRASE = b"mat-khau-thu-nghiem"  # as in conftest.py


def _entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _rezip(
    entries: list[tuple[str, bytes]] | dict[str, bytes], *, attr: int | None = None, method: int = zipfile.ZIP_DEFLATED
) -> bytes:
    items = entries.items() if isinstance(entries, dict) else entries
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = method
            info.external_attr = (attr if attr is not None and name.startswith("link") else 0o100644) << 16
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "Duplicate name": the point of one test
                zf.writestr(info, data)
    return out.getvalue()


@pytest.fixture(scope="module")
def good(packages) -> bytes:
    return packages.build()


@pytest.fixture
def intake(tmp_path, identities, monkeypatch):
    """A Sở store that trusts the consultant and holds one imported package; imports run with the
    working folder set to an empty folder, which must stay empty."""
    store = open_store(tmp_path / "so" / "sxsh.db")
    review = ReviewStore(store)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    yield review, work
    store.close()


def _snapshot(review: ReviewStore) -> tuple:
    with review.store.sessions() as s:
        rows = s.execute(
            select(ReceivedAssessmentRow.assessment_id, ReceivedAssessmentRow.revision, ReceivedAssessmentRow.current)
        ).all()
    return review.counts(), sorted(rows), [(e.action, e.detail) for e in review.audit_log()]


def _import(review, work: Path, data: bytes, identities, **options):
    path = work.parent / "incoming.sxsh"
    path.write_bytes(data)
    opts = ImportOptions(trusted=[identities.cert_der("consultant")], **options)
    [outcome] = import_files(review, [path], opts)
    path.unlink()
    return outcome


def assert_vietnamese(said: Message | None) -> None:
    assert said is not None
    assert not said.untranslated(), said.untranslated()
    assert said.text("vi") != said.text("en")


def _refused(intake, identities, data: bytes, reason: str, **options):
    review, work = intake
    before = _snapshot(review)
    outside_before = sorted(os.listdir(work.parent))
    outcome = _import(review, work, data, identities, **options)
    assert outcome.status == "refused", outcome.line
    assert reason in outcome.line, outcome.line
    assert_vietnamese(outcome.said)  # the Vietnamese screen says it in Vietnamese
    assert _snapshot(review) == before  # the store is unchanged
    assert os.listdir(work) == []  # nothing written where the import ran
    assert sorted(os.listdir(work.parent)) == outside_before
    return outcome


def test_the_good_package_is_imported_once(intake, identities, good):
    review, work = intake
    assert _import(review, work, good, identities).line == "imported"
    before = _snapshot(review)
    assert _import(review, work, good, identities).line == "already imported"
    assert _snapshot(review) == before
    assert os.listdir(work) == []


def test_changed_document(intake, identities, good):
    e = _entries(good)
    doc = json.loads(e["assessment.json"])
    doc["facility"]["name"] = "Công ty khác"
    e["assessment.json"] = json.dumps(doc, ensure_ascii=False).encode()
    out = _refused(intake, identities, _rezip(e), "assessment.json was changed after the package was signed")
    assert out.verdict == TAMPERED


def test_changed_document_with_its_manifest_hash_updated(intake, identities, good):
    import hashlib

    e = _entries(good)
    e["assessment.json"] = e["assessment.json"].replace("Nghệ An".encode(), "Hà Tĩnh".encode())
    manifest = json.loads(e["manifest.json"])
    for f in manifest["files"]:
        if f["name"] == "assessment.json":
            f["sha256"], f["size"] = hashlib.sha256(e["assessment.json"]).hexdigest(), len(e["assessment.json"])
    e["manifest.json"] = canonical_json(manifest)
    _refused(intake, identities, _rezip(e), "manifest.json was changed after it was signed")


def test_removed_signature(intake, identities, good):
    e = _entries(good)
    del e["manifest.json.p7s"]
    out = _refused(intake, identities, _rezip(e), "the manifest's signature (manifest.json.p7s) is missing")
    assert out.verdict == TAMPERED


def test_signature_replaced_by_garbage(intake, identities, good):
    e = _entries(good)
    e["manifest.json.p7s"] = os.urandom(600)
    _refused(intake, identities, _rezip(e), "the manifest's signature cannot be read")


def test_signer_not_trusted(intake, identities, packages):
    _refused(intake, identities, packages.build(signer="stranger"), "signer not trusted (Kẻ Lạ")


def test_signer_not_trusted_can_be_allowed_and_is_marked(intake, identities, packages):
    review, work = intake
    outcome = _import(review, work, packages.build(signer="stranger"), identities, allow_untrusted=True)
    assert outcome.status == "imported" and "not trusted" in outcome.line
    [row] = review.list_received()
    assert row.verdict == "unknown_signer" and row.signer_name == "Kẻ Lạ"


def test_report_signed_by_someone_else(intake, identities, packages):
    _refused(
        intake,
        identities,
        packages.build(pdf_by="stranger"),
        "report.pdf is signed by someone other than the package's signer",
    )


def test_report_changed(intake, identities, packages, good):
    """A PDF altered inside a re-signed manifest: the manifest checks out, the report's signature does not."""
    from sxsh_desktop.signing.cms import sign_detached
    from sxsh_desktop.sync.package import make_manifest, zip_entries

    e = _entries(good)
    pdf = bytearray(e["report.pdf"])
    i = pdf.find(b"SXSH report (test)")
    pdf[i : i + 4] = b"XXXX"
    files = {n: e[n] for n in ("assessment.json", "assessment.schema.json")} | {"report.pdf": bytes(pdf)}
    manifest = canonical_json(make_manifest(packages.doc, files))
    data = zip_entries(
        {
            **files,
            "manifest.json": manifest,
            "manifest.json.p7s": sign_detached(manifest, packages.signer("consultant")),
        }
    )
    _refused(intake, identities, data, "report.pdf was changed after it was signed")


def _repack(packages, doc: dict, pdf: bytes, signer: str = "consultant") -> bytes:
    """A package of `doc` holding `pdf` as its report, the manifest re-hashed and re-signed by `signer`."""
    from sxsh_desktop.interchange.document import dumps
    from sxsh_desktop.sync.package import build_package

    return build_package(doc, dumps(doc).encode("utf-8"), pdf, packages.signer(signer))


def test_report_of_another_assessment_is_refused(intake, identities, packages):
    """The Hương Sen swap: the consultant's own signed report of one assessment put in the package of
    another, the manifest re-hashed and re-signed by the same consultant: every signature checks out,
    and the package is still refused, saying why."""
    other = packages.document(id="22222222-0000-4000-8000-000000000009", facility__name="Công ty Bia Hồng Hà")
    pdf_of_sample = packages.report(packages.doc, "consultant")
    outcome = _refused(
        intake, identities, _repack(packages, other, pdf_of_sample), "report.pdf is the report of another assessment"
    )
    assert packages.doc["id"] in outcome.line and other["id"] in outcome.line
    assert "là báo cáo của một đánh giá khác" in outcome.said.text("vi")


def test_report_of_another_revision_is_refused(intake, identities, packages):
    newer = packages.document(revision=packages.doc["revision"] + 1)
    pdf = packages.report(packages.doc, "consultant")
    _refused(intake, identities, _repack(packages, newer, pdf), "report.pdf is the report of revision")


def test_report_of_an_edited_document_is_refused(intake, identities, packages):
    """Same id and revision, one figure changed in the document after the report was made."""
    edited = packages.document(facility__employees=999)
    pdf = packages.report(packages.doc, "consultant")
    _refused(intake, identities, _repack(packages, edited, pdf), "made from a different assessment document")


def test_report_without_its_document_is_refused(intake, identities, packages):
    """A signed PDF that names no assessment (an older report, or any PDF signed by the consultant)."""
    pdf = packages.pdfs["consultant"]
    _refused(intake, identities, _repack(packages, packages.doc, pdf), "does not say which assessment")


def test_zip_slip(intake, identities, good, tmp_path):
    e = _entries(good)
    data = _rezip([*e.items(), ("../../evil", b"owned")])
    _refused(intake, identities, data, "points outside the package ('..')")
    for folder in (tmp_path, tmp_path.parent, Path.cwd(), Path.cwd().parent):
        assert not (folder / "evil").exists()


def test_absolute_path(intake, identities, good, tmp_path):
    e = _entries(good)
    target = tmp_path / "evil-absolute"
    _refused(intake, identities, _rezip([*e.items(), (str(target), b"owned")]), "has an absolute path")
    assert not target.exists()


def test_backslash_and_unknown_names(intake, identities, good):
    e = _entries(good)
    _refused(intake, identities, _rezip([*e.items(), ("..\\..\\evil.txt", b"x")]), "backslash")
    _refused(intake, identities, _rezip([*e.items(), ("notes.txt", b"x")]), "is not part of a package")


def test_symbolic_link(intake, identities, good):
    e = _entries(good)
    data = _rezip([*e.items(), ("link", b"/etc/passwd")], attr=0o120777)
    # the name is checked first (it is not a package entry); a link named like one is refused as a link
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, body in e.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = (0o120777 if name == "report.pdf" else 0o100644) << 16
            zf.writestr(info, body)
    _refused(intake, identities, out.getvalue(), "is a symbolic link")
    _refused(intake, identities, data, "the entry")


def test_duplicate_entry(intake, identities, good):
    e = _entries(good)
    _refused(intake, identities, _rezip([*e.items(), ("assessment.json", b"{}")]), "appears twice")


def test_too_many_entries(intake, identities, good):
    e = _entries(good)
    extra = [(f"x{i}", b"") for i in range(MAX_ENTRIES)]
    _refused(intake, identities, _rezip([*e.items(), *extra]), f"a package has at most {MAX_ENTRIES}")


def test_decompression_bomb(intake, identities, good):
    """An entry that unpacks to 200 MB (refused from its header), and one under the size cap but over
    the ratio: both refused before anything is unpacked, with little memory."""
    e = _entries(good)
    big = dict(e)
    big["assessment.json"] = b"\0" * (200 * 1024 * 1024)
    bomb = _rezip(big)
    del big
    ratio = dict(e)
    ratio["report.pdf"] = b"\0" * (20 * 1024 * 1024)
    dense = _rezip(ratio)
    del ratio
    assert len(bomb) < 1024 * 1024 and len(dense) < 1024 * 1024
    tracemalloc.start()
    try:
        _refused(intake, identities, bomb, "over the 30.0 MB limit per entry")
        _refused(intake, identities, dense, "a decompression bomb")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024


def test_headers_that_lie(intake, identities, good):
    """The central directory says assessment.json is small; reading stops at the declared size and
    the entry is refused as damaged, not read on."""
    data = bytearray(good)
    start = data.find(b"PK\x01\x02")
    while start >= 0:
        name_len = struct.unpack_from("<H", data, start + 28)[0]
        name = bytes(data[start + 46 : start + 46 + name_len])
        if name == b"assessment.json":
            struct.pack_into("<I", data, start + 24, 100)  # uncompressed size
        start = data.find(b"PK\x01\x02", start + 4)
    _refused(intake, identities, bytes(data), "assessment.json")


def test_truncated_file(intake, identities, good):
    _refused(intake, identities, good[: len(good) // 2], "truncated or damaged")
    _refused(intake, identities, good[:-30], "truncated or damaged")


def test_random_bytes(intake, identities):
    _refused(intake, identities, os.urandom(4096), "not an SXSH package")
    _refused(intake, identities, b"PK\x03\x04" + os.urandom(4096), "truncated or damaged")
    _refused(intake, identities, b"", "empty")


def test_file_over_the_size_cap_is_not_read(intake, identities, tmp_path):
    review, work = intake
    before = _snapshot(review)
    huge = tmp_path / "huge.sxsh"
    with huge.open("wb") as fh:  # sparse: no disk, and never read
        fh.truncate(MAX_PACKAGE_BYTES + 1)
    tracemalloc.start()
    try:
        [outcome] = import_files(review, [huge], ImportOptions(trusted=[identities.cert_der("consultant")]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert outcome.refused and "over the 50.0 MB limit" in outcome.line
    assert peak < 4 * 1024 * 1024
    assert _snapshot(review) == before


def test_encrypted_package_needs_the_right_key(intake, identities, packages):
    data = packages.build(encrypt_to="so")
    _refused(intake, identities, data, "the package is encrypted; give the Sở's key")
    stranger = Decryption.from_file(identities.p12("stranger"), PASSPHRASE)
    _refused(intake, identities, data, "encrypted to another recipient", decryption=stranger)
    review, work = intake
    so = Decryption.from_file(identities.p12("so"), PASSPHRASE)
    assert _import(review, work, data, identities, decryption=so).line == "imported"
    assert review.list_received()[0].signer_name == "Nguyễn Văn An"


def test_every_refusal_says_why_on_the_command_line(tmp_path, identities, good, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    e = _entries(good)
    e["assessment.json"] = e["assessment.json"] + b" "
    bad = tmp_path / "bad.sxsh"
    bad.write_bytes(_rezip(e))
    ok = tmp_path / "ok.sxsh"
    ok.write_bytes(good)
    db = f"sqlite:///{tmp_path / 'so.db'}"
    rc = main(["import", "--db", db, str(bad), str(ok), "--trust", str(identities.pem("consultant"))])
    out = capsys.readouterr()
    assert rc == 1
    assert f"{bad}: refused: assessment.json was changed after the package was signed" in out.out
    assert f"{ok}: imported" in out.out
    assert "1 of 2 package(s) refused" in out.err
    assert main(["verify", str(bad)]) == 1
    assert "tampered: assessment.json was changed" in capsys.readouterr().out
    assert main(["verify", str(ok), "--trust", str(identities.pem("stranger"))]) == 1
    assert "signer not trusted" in capsys.readouterr().out


def test_check_never_raises_on_garbage():
    for blob in (b"\x30\x82\x01\x00" + b"\0" * 300, b"PK\x05\x06" + b"\0" * 18, b"PK\x03\x04" * 1000):
        assert not check_package(blob).intact
