"""Making a signing identity, reading a passphrase or PIN file, and importing a document, refused as
messages of the catalogue: raised through `new_identity`, `read_secret_file`, `open_signer`,
`export_certificate`, `services.setup.create_identity` and `services.documents` with bad input; the English
as the CLI has always printed it, the Vietnamese whole (the operating system's words quoted as written), and
nothing written or stored by the refusal."""

from __future__ import annotations

import dataclasses
import json

import pytest
from said_checks import assert_said

from sxsh_desktop.services import documents, setup
from sxsh_desktop.signing.identity import (
    IdentityError,
    SignerSettings,
    export_certificate,
    new_identity,
    open_signer,
    read_secret_file,
)
from sxsh_desktop.store import StoreError, open_store

PASS = b"mat-khau-dai"


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "data" / "sxsh.db", auto_backup=False)
    yield s
    s.close()


def _refused(call) -> IdentityError:
    with pytest.raises(IdentityError) as refused:
        call()
    return refused.value


def test_a_secret_file_that_cannot_be_read(tmp_path):
    gone = tmp_path / "pass.txt"
    exc = _refused(lambda: read_secret_file(gone))
    why = exc.said.params["error"]
    assert why == "No such file or directory"  # the operating system's words, quoted as written
    assert_said(
        exc,
        f"{gone}: cannot read the passphrase file ({why})",
        f"Không đọc được tệp mật khẩu {gone} ({why})",
        str(gone),
        why,
    )


def test_a_pin_file_that_is_not_text_and_a_passphrase_file_that_is_empty(tmp_path):
    pin = tmp_path / "pin.txt"
    pin.write_bytes(b"\xff\xfe\x00")
    assert_said(
        _refused(lambda: read_secret_file(pin, what="PIN")),
        f"{pin}: the PIN file is not UTF-8 text",
        f"{pin}: tệp mã PIN không phải văn bản UTF-8",
        str(pin),
    )
    empty = tmp_path / "pass.txt"
    empty.write_text("\n")
    assert_said(
        _refused(lambda: read_secret_file(empty)),
        f"{empty}: the passphrase file is empty",
        f"{empty}: tệp mật khẩu đang trống",
        str(empty),
    )


@pytest.mark.parametrize(
    ("name", "organisation", "passphrase", "en", "vi"),
    [
        (
            " ",
            "VNCPC",
            PASS,
            "identity: the holder's name is empty (--name)",
            "chưa nhập họ tên người đứng tên chứng thư",
        ),
        (
            "Lê Văn An",
            "",
            PASS,
            "identity: the organisation is empty (--organisation)",
            "chưa nhập tên tổ chức của người đứng tên chứng thư",
        ),
        (
            "Lê Văn An",
            "VNCPC",
            b"1234567",
            "identity: the passphrase must have at least 8 characters",
            "mật khẩu phải có ít nhất 8 ký tự",
        ),
    ],
)
def test_an_identity_is_not_made_without_a_holder_or_a_passphrase(tmp_path, name, organisation, passphrase, en, vi):
    target = tmp_path / "id.p12"
    assert_said(_refused(lambda: new_identity(name, organisation, target, passphrase)), en, vi)
    assert not target.exists()


def test_an_identity_file_is_never_overwritten_and_one_that_cannot_be_written(tmp_path):
    target = tmp_path / "id.p12"
    target.write_bytes(b"an identity already")
    assert_said(
        _refused(lambda: new_identity("Lê Văn An", "VNCPC", target, PASS)),
        f"{target}: already exists; an identity file is never overwritten, choose another name",
        f"{target} đã có; tệp chứng thư không bao giờ bị ghi đè, hãy chọn tên khác",
        str(target),
    )
    assert target.read_bytes() == b"an identity already"
    nowhere = tmp_path / "no-such-folder" / "id.p12"
    exc = _refused(lambda: new_identity("Lê Văn An", "VNCPC", nowhere, PASS))
    why = exc.said.params["error"]
    assert_said(
        exc,
        f"{nowhere}: cannot write the identity file ({why})",
        f"Không ghi được tệp chứng thư {nowhere} ({why})",
        str(nowhere),
        why,
    )
    assert not nowhere.parent.exists()


def test_a_certificate_that_cannot_be_written(tmp_path):
    p12 = tmp_path / "id.p12"
    new_identity("Lê Văn An", "VNCPC", p12, PASS)
    out = tmp_path / "no-such-folder" / "an.pem"
    exc = _refused(lambda: export_certificate(p12, PASS, out))
    why = exc.said.params["error"]
    assert_said(
        exc,
        f"{out}: cannot write the certificate ({why})",
        f"Không ghi được chứng thư số ra tệp {out} ({why})",
        str(out),
        why,
    )


def test_signing_needs_an_identity_or_a_token():
    def sign() -> None:
        with open_signer(SignerSettings()):
            pass

    assert_said(
        _refused(sign),
        "signing: give an identity file (--identity) or a PKCS#11 token (--pkcs11-lib)",
        "để ký, hãy chọn một tệp chứng thư hoặc một USB token (PKCS#11)",
        "USB token",  # what the Vietnamese CAs' devices are called
    )


@pytest.mark.parametrize(
    ("name", "organisation", "passphrase", "en", "vi"),
    [
        (
            "Lê Văn An",
            "VNCPC",
            "ngan",
            "the passphrase must have at least 8 characters",
            "mật khẩu phải có ít nhất 8 ký tự",
        ),
        (
            "",
            "VNCPC",
            "mat-khau-dai",
            "an identity names its holder: a name and an organisation are needed",
            "chứng thư phải ghi người đứng tên: cần có họ tên và tên tổ chức",
        ),
    ],
)
def test_the_first_run_identity_is_refused_before_anything_is_written(
    store, tmp_path, name, organisation, passphrase, en, vi
):
    exc = _refused(lambda: setup.create_identity(store, tmp_path / "data", name, organisation, passphrase))
    assert_said(exc, en, vi)
    assert store.get_meta(setup.IDENTITY_KEY) is None
    assert not (tmp_path / "data" / "identities").exists()


def test_a_document_with_other_content_or_an_older_revision_is_not_imported(store):
    aid = documents.load_sample(store).assessment_id
    stored = store.get_assessment(aid)
    changed = dataclasses.replace(stored, facility=dataclasses.replace(stored.facility, name="Nhà máy khác"))
    with pytest.raises(StoreError) as other:
        documents.import_assessment(store, changed)
    assert_said(
        other.value,
        f"assessment {aid} is already in the store with other content; use --replace to overwrite it with the file",
        f"đánh giá {aid} đã có trong cơ sở dữ liệu với nội dung khác; tệp chưa được nhập",
        aid,
    )
    assert store.get_assessment(aid) == stored
    documents.import_assessment(store, dataclasses.replace(changed, revision=3), replace_existing=True)
    kept = store.get_assessment(aid)
    with pytest.raises(StoreError) as older:
        documents.import_assessment(store, dataclasses.replace(stored, revision=2), replace_existing=True)
    assert_said(
        older.value,
        f"the file is revision 2 of assessment {aid}, older than the stored revision 3; nothing was replaced "
        "(add --force to go back to it)",
        f"tệp là lần sửa 2 của đánh giá {aid}, cũ hơn lần sửa 3 đang lưu; không có gì bị thay thế",
        aid,
    )
    assert store.get_assessment(aid) == kept


def test_a_damaged_sample_names_the_field_by_its_display_name(store, tmp_path, monkeypatch):
    doc = json.loads(documents.sample_path().read_text(encoding="utf-8"))
    doc["periods"]["baseline"]["production"]["value"] = -60000
    bad = tmp_path / "sample.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(documents, "sample_path", lambda: bad)
    with pytest.raises(StoreError) as refused:
        documents.load_sample(store)
    assert_said(
        refused.value,
        "the sample assessment is damaged: periods.baseline.production: must be more than 0 (got -60000)",
        "đánh giá mẫu bị hỏng: Sản lượng kỳ cơ sở: phải lớn hơn 0 (đang là -60.000)",
        "periods.baseline.production",
    )
    assert store.list_assessments() == []
