"""The signed PDF report: pyHanko and poppler agree it is valid, and that one flipped byte breaks it;
Vietnamese text comes back exactly; every font is embedded; both languages; PKCS#11 via SoftHSM2;
a timestamp (B-T) from a TSA and the fallback to B-B; incomplete assessments say what is missing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sxsh_desktop.interchange.document import read_document
from sxsh_desktop.report import ReportError
from sxsh_desktop.services.documents import sample_path
from sxsh_desktop.services.reports import build_report
from sxsh_desktop.signing.identity import IdentityError, SignerSettings, load_pkcs12, new_identity

PASS = b"mat-khau-bao-cao"
FACILITY = "Công ty TNHH Bia Hương Sen (ví dụ mẫu)"
SECOND_NAME = "Cơ sở Chế biến Thực phẩm Mỹ Đức"  # ở, ự, ỹ, Đ
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from softhsm import SOFTHSM_LIB, reload_softhsm  # noqa: E402

needs_poppler = pytest.mark.skipif(
    shutil.which("pdfsig") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdfsig, pdftotext, pdffonts) is not installed",
)


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _flat(text: str) -> str:
    return " ".join(text.split())


def _pdfsig(pdf: Path) -> str:
    return subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True).stdout


def _pyhanko_status(pdf: Path):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    with pdf.open("rb") as fh:
        reader = PdfFileReader(fh, strict=False)
        sigs = reader.embedded_signatures
        assert len(sigs) == 1
        context = ValidationContext(trust_roots=[], allow_fetching=False)
        return validate_pdf_signature(
            sigs[0],
            signer_validation_context=context,
            ts_validation_context=ValidationContext(trust_roots=[], allow_fetching=False),
        )


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("report")


@pytest.fixture(scope="module")
def identity(work: Path) -> Path:
    path = work / "consultant.p12"
    new_identity("Nguyễn Thị Hồng Nhung", "Trung tâm Tư vấn SXSH", path, PASS)
    return path


@pytest.fixture(scope="module")
def sample():
    return read_document(sample_path())


@pytest.fixture(scope="module")
def signed_vi(work: Path, identity: Path, sample) -> Path:
    out = work / "bao-cao.pdf"
    result = build_report(sample, out, "vi", signer=SignerSettings(identity=identity, passphrase=PASS))
    assert result.signed and result.level == "PAdES B-B" and not result.missing and result.pages >= 10
    return out


@needs_poppler
def test_signature_valid_in_pyhanko_and_pdfsig(signed_vi: Path) -> None:
    status = _pyhanko_status(signed_vi)
    assert status.intact and status.valid
    assert status.signing_cert.subject.native["common_name"] == "Nguyễn Thị Hồng Nhung"
    out = _pdfsig(signed_vi)
    assert "Signature Validation: Signature is Valid." in out
    assert "Total document signed" in out


@needs_poppler
def test_one_flipped_byte_breaks_the_signature(signed_vi: Path, work: Path) -> None:
    import re

    data = bytearray(signed_vi.read_bytes())
    match = re.search(rb"/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert match, "no /ByteRange in the signed report"
    first_range_end = int(match.group(1))
    position = first_range_end // 2  # inside the first signed range: the report itself
    data[position] ^= 0x01
    broken = work / "broken.pdf"
    broken.write_bytes(bytes(data))
    out = _pdfsig(broken)
    assert "Signature is Valid." not in out
    try:
        status = _pyhanko_status(broken)
    except Exception:  # a reader that gives up on the damage also rejects it
        return
    assert not (status.intact and status.valid)


@needs_poppler
def test_vietnamese_text_comes_back_exactly(signed_vi: Path) -> None:
    text = _text(signed_vi)
    assert FACILITY in text
    assert "BÁO CÁO ĐÁNH GIÁ SẢN XUẤT SẠCH HƠN" in text
    assert "Nguyễn Thị Hồng Nhung" in text
    assert "Trang 1/" in text
    flat = _flat(text)
    assert "1.172,8 TOE" in flat  # Vietnamese number format


@needs_poppler
def test_every_font_embedded(signed_vi: Path) -> None:
    out = subprocess.run(["pdffonts", str(signed_vi)], capture_output=True, text=True, check=True).stdout
    rows = [line for line in out.splitlines()[2:] if line.strip()]
    assert rows, out
    for row in rows:
        columns = row.split()
        emb = columns[-5]
        assert emb == "yes", row
    assert all("NotoSans" in row for row in rows)


@needs_poppler
def test_english_report_and_second_name(work: Path, sample) -> None:
    other = dataclasses.replace(sample, facility=dataclasses.replace(sample.facility, name=SECOND_NAME))
    out = work / "report-en.pdf"
    result = build_report(other, out, "en")
    assert not result.signed
    text = _text(out)
    assert SECOND_NAME in text
    assert "CLEANER PRODUCTION ASSESSMENT REPORT" in text
    flat = _flat(text)
    assert "1,172.8 TOE" in flat and "Page 1 of" in flat
    # the results chapter says which target band is in force and why (the sample's period ends in 2024)
    assert "The reporting period ends in 2024: the 5–8 % band of 2021–2025 of Decision 889/QĐ-TTg is in force." in flat
    assert "2021–2025 (in force)" in flat and "2016–2020 (for reference)" in flat


def test_signed_report_is_never_overwritten(signed_vi: Path, identity: Path, sample) -> None:
    before = signed_vi.read_bytes()
    with pytest.raises(ReportError, match="signed report and is never overwritten"):
        build_report(sample, signed_vi, "vi")
    assert signed_vi.read_bytes() == before


def test_unsigned_file_may_be_replaced(work: Path, sample) -> None:
    target = work / "draft.pdf"
    target.write_bytes(b"old draft")
    build_report(sample, target, "vi")
    assert target.read_bytes().startswith(b"%PDF")


@needs_poppler
def test_incomplete_assessment_says_what_is_missing(work: Path, sample, identity: Path) -> None:
    incomplete = dataclasses.replace(
        sample, reporting=None, options=[], consumption=[c for c in sample.consumption if c.period == "baseline"]
    )
    out = work / "incomplete.pdf"
    result = build_report(incomplete, out, "vi")
    assert {code for code, _ in result.missing} >= {"no_reporting", "no_options"}
    flat = _flat(_text(out))
    assert "Chưa có số liệu kỳ báo cáo: chưa tính được kết quả tiết kiệm." in flat
    assert "Chưa có cơ hội SXSH nào" in flat
    assert "BẢN NHÁP" in flat
    with pytest.raises(ReportError, match="cannot sign an incomplete assessment"):
        build_report(
            incomplete, work / "incomplete-signed.pdf", "vi", signer=SignerSettings(identity=identity, passphrase=PASS)
        )
    assert not (work / "incomplete-signed.pdf").exists()


def test_unreachable_tsa_falls_back_to_bb(work: Path, identity: Path, sample) -> None:
    result = build_report(
        sample,
        work / "tsa-down.pdf",
        "en",
        signer=SignerSettings(identity=identity, passphrase=PASS),
        tsa="http://127.0.0.1:9/tsa",
    )
    assert result.level == "PAdES B-B"
    assert result.warnings and "did not answer" in str(result.warnings[0])


def test_timestamp_gives_bt(work: Path, identity: Path, sample) -> None:
    from asn1crypto import keys, x509
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = cx509.Name([cx509.NameAttribute(NameOID.COMMON_NAME, "Test TSA")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        cx509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(cx509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    tsa = DummyTimeStamper(
        tsa_cert=x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        tsa_key=keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        ),
    )
    out = work / "bt.pdf"
    result = build_report(sample, out, "vi", signer=SignerSettings(identity=identity, passphrase=PASS), tsa=tsa)
    assert result.level == "PAdES B-T", result.warnings
    assert not result.warnings
    status = _pyhanko_status(out)
    assert status.intact and status.valid
    assert status.timestamp_validity is not None and status.timestamp_validity.intact


def test_wrong_passphrase_and_expired_identity(work: Path, identity: Path, sample) -> None:
    with pytest.raises(IdentityError, match="wrong passphrase"):
        build_report(sample, work / "x.pdf", "vi", signer=SignerSettings(identity=identity, passphrase=b"sai"))
    old = work / "expired.p12"
    new_identity(
        "Lê Văn Hết Hạn", "Công ty Tư vấn", old, PASS, years=1, not_before=dt.datetime(2019, 5, 1, tzinfo=dt.UTC)
    )
    with pytest.raises(IdentityError, match="expired"):
        build_report(sample, work / "y.pdf", "vi", signer=SignerSettings(identity=old, passphrase=PASS))
    assert not (work / "x.pdf").exists() and not (work / "y.pdf").exists()


@pytest.mark.skipif(
    not SOFTHSM_LIB.exists() or shutil.which("softhsm2-util") is None or shutil.which("pkcs11-tool") is None,
    reason="SoftHSM2 (softhsm2-util, libsofthsm2.so) or pkcs11-tool (opensc) is not installed",
)
@needs_poppler
def test_sign_with_pkcs11_token(work: Path, identity: Path, sample, monkeypatch: pytest.MonkeyPatch) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    hsm = work / "softhsm"
    (hsm / "tokens").mkdir(parents=True)
    conf = hsm / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {hsm / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    subprocess.run(
        ["softhsm2-util", "--init-token", "--free", "--label", "sxsh-token", "--so-pin", "87654321", "--pin", "123456"],
        check=True,
        capture_output=True,
        env=env,
    )
    ident = load_pkcs12(identity, PASS)
    (hsm / "key.der").write_bytes(ident.key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption()))
    (hsm / "cert.der").write_bytes(ident.certificate.public_bytes(Encoding.DER))
    for path, kind in ((hsm / "key.der", "privkey"), (hsm / "cert.der", "cert")):
        subprocess.run(
            [
                "pkcs11-tool",
                "--module",
                str(SOFTHSM_LIB),
                "--token-label",
                "sxsh-token",
                "--login",
                "--pin",
                "123456",
                "--write-object",
                str(path),
                "--type",
                kind,
                "--id",
                "01",
                "--label",
                "consultant",
            ],
            check=True,
            capture_output=True,
            env=env,
        )
    reload_softhsm()  # another test in this process may have loaded the library with its own tokens
    token = SignerSettings(pkcs11_lib=str(SOFTHSM_LIB), token_label="sxsh-token", key_label="consultant", pin="123456")
    out = work / "token.pdf"
    result = build_report(sample, out, "vi", signer=token)
    assert result.signed and result.signer is not None and result.signer.name == "Nguyễn Thị Hồng Nhung"
    status = _pyhanko_status(out)
    assert status.intact and status.valid
    assert "Signature Validation: Signature is Valid." in _pdfsig(out)
    with pytest.raises(IdentityError, match="wrong PIN"):
        build_report(sample, work / "token2.pdf", "vi", signer=dataclasses.replace(token, pin="000000"))
    with pytest.raises(IdentityError, match="no private key labelled 'other'"):
        build_report(sample, work / "token3.pdf", "vi", signer=dataclasses.replace(token, key_label="other"))


@needs_poppler
def test_an_investment_in_trieu_dong_or_ty_dong_is_in_the_implementation_table(work: Path, sample) -> None:
    from sxsh_desktop.domain.quantities import Quantity

    options = list(sample.options)
    options[0] = dataclasses.replace(options[0], investment=Quantity(12, "triệu đồng"))  # O1, implemented
    options[1] = dataclasses.replace(options[1], investment=Quantity(1.2, "tỷ đồng"), status="selected")
    out = work / "money-units.pdf"
    build_report(dataclasses.replace(sample, options=options), out, "vi")
    lines = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    # the implementation table is in millions of đồng: 12 triệu đồng → 12; 1,2 tỷ đồng → 1.200
    o1 = next(line for line in lines if line.startswith("O1") and line.rstrip().endswith("12"))
    o2 = next(line for line in lines if line.startswith("O2") and line.rstrip().endswith("1.200"))
    assert "Đã thực hiện" in o1 and "vòi nước" in o1 and "Được chọn" in o2 and "Bảo ôn" in o2
    assert o1.split()[-1] == "12" and o2.split()[-1] == "1.200"


@needs_poppler
def test_a_whole_leap_year_is_a_year_of_output(signed_vi: Path) -> None:
    # the sample's reporting period is the calendar year 2024 (366 days) with 125 000 hL: 125 000 hL a year
    flat = _flat(_text(signed_vi))
    assert "125.000 hL/năm" in flat and "124.658" not in flat
