"""Shared set-up of the review workspace tests (no tests here): two consultant identities (one the Sở
trusts, one it does not), packages of the sample document varied by facility, province and year
(each with a small signed PDF standing for the report, as tests/integration/conftest.py makes them),
and a tampered copy. Made with the services the app uses: build_package, the identities' signers. And
how a test waits for an import the reviewer started: on the dialog's import_ended."""

from __future__ import annotations

import copy
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

PASSPHRASE = b"mat-khau-thu-nghiem"


def _small_signed_pdf(signer, doc: dict) -> bytes:
    """A one-page PDF bound to `doc` (its document attached and named, as a report is) and signed."""
    from reportlab.pdfgen import canvas

    from sxsh_desktop.interchange.document import dumps
    from sxsh_desktop.report.signing import sign_pdf
    from sxsh_desktop.signing.binding import bind

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "SXSH report (test)")
    c.showPage()
    c.save()
    bound = bind(buf.getvalue(), dumps(doc).encode("utf-8"), doc["id"], doc["revision"])
    return sign_pdf(bound, signer, box=(300, 60, 560, 140)).pdf


def sample_document() -> dict:
    from sxsh_desktop.services.documents import sample_path

    return json.loads(sample_path().read_text(encoding="utf-8"))


def varied(
    doc: dict,
    *,
    ident: str,
    name: str,
    tax_code: str,
    province: str,
    year: int | None = None,
    vsic: str | None = None,
    sector: str | None = None,
) -> dict:
    out = copy.deepcopy(doc)
    out["id"] = ident
    out["facility"].update(name=name, tax_code=tax_code, province=province)
    if vsic:
        out["facility"]["vsic"] = vsic
    if sector:
        out["facility"]["sector"] = sector
    if year:
        out["periods"]["reporting"]["start"] = f"{year}-01-01"
        out["periods"]["reporting"]["end"] = f"{year}-12-31"
    return out


def tampered(data: bytes) -> bytes:
    """The package with its document changed after signing (the manifest's hash no longer matches)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        entries = {i.filename: zf.read(i) for i in zf.infolist()}
    doc = json.loads(entries["assessment.json"])
    doc["facility"]["name"] = "Công ty đã sửa"
    entries["assessment.json"] = json.dumps(doc, ensure_ascii=False).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, blob in entries.items():
            zf.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), blob)
    return out.getvalue()


@dataclass
class PackageSet:
    folder: Path
    consultant_cert: bytes  # DER: the certificate the Sở trusts
    stranger_cert: bytes
    trusted: list[Path]  # packages signed by the trusted consultant
    untrusted: Path  # intact, signed by someone the Sở does not trust
    broken: Path  # tampered
    ids: dict[str, str]  # file stem → assessment id


def make_packages(root: Path) -> PackageSet:
    """A folder of four packages: two intact from the trusted consultant (Nghệ An 2024, Hà Tĩnh 2023),
    one intact from an untrusted signer (Huế 2024), one tampered."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from sxsh_desktop.interchange.document import dumps
    from sxsh_desktop.signing.identity import new_identity, signer_from_pkcs12
    from sxsh_desktop.sync.package import build_package

    root.mkdir(parents=True, exist_ok=True)
    certs, signers = {}, {}
    for key, name, org in (("consultant", "Nguyễn Văn An", "VNCPC"), ("stranger", "Kẻ Lạ", "Không rõ")):
        p12 = root / f"{key}.p12"
        certs[key] = new_identity(name, org, p12, PASSPHRASE).public_bytes(Encoding.DER)
        signers[key] = signer_from_pkcs12(p12, PASSPHRASE)
    base = sample_document()
    folder = root / "incoming"
    folder.mkdir()
    plan = [
        (
            "a-brewery",
            "consultant",
            dict(
                ident="11111111-0000-4000-8000-000000000001",
                name="Công ty Bia Sông Lam",
                tax_code="2900000001",
                province="Nghệ An",
            ),
        ),
        (
            "b-paper",
            "consultant",
            dict(
                ident="11111111-0000-4000-8000-000000000002",
                name="Công ty Giấy Hồng Lĩnh",
                tax_code="3000000002",
                province="Hà Tĩnh",
                year=2023,
                vsic="1701",
                sector="Sản xuất giấy",
            ),
        ),
        (
            "c-stranger",
            "stranger",
            dict(
                ident="11111111-0000-4000-8000-000000000003",
                name="Công ty Bia Cố Đô",
                tax_code="3300000003",
                province="Huế",
            ),
        ),
    ]
    paths, ids = {}, {}
    for stem, who, change in plan:
        doc = varied(base, **change)
        pdf = _small_signed_pdf(signers[who], doc)
        data = build_package(doc, dumps(doc).encode("utf-8"), pdf, signers[who])
        paths[stem] = folder / f"{stem}.sxsh"
        paths[stem].write_bytes(data)
        ids[stem] = doc["id"]
    broken = folder / "d-tampered.sxsh"
    broken.write_bytes(tampered(paths["a-brewery"].read_bytes()))
    return PackageSet(
        folder,
        certs["consultant"],
        certs["stranger"],
        [paths["a-brewery"], paths["b-paper"]],
        paths["c-stranger"],
        broken,
        ids,
    )


def click_and_wait_for_import(qtbot, dialog, button=None) -> None:
    """Click `button` (the dialog's Nhập/Import button when none is given) with the mouse, then wait for
    the import it started to end: the dialog's `import_ended`, sent once the job has said finished or
    failed. No time limit — an import checks each package in a worker process that a loaded machine starts
    slowly, and a correct import is never cut short; what the tests assert is the outcome."""
    from PySide6.QtCore import Qt

    button = button or dialog.import_button
    with qtbot.waitSignal(dialog.import_ended, timeout=None):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert dialog.running, f"{button.text()!r} started no import"  # else nothing would end the wait


def drop_files(qtbot, widget, paths) -> None:
    """Files dragged from a file manager onto `widget`: enter then drop, sent to the window as the
    platform sends them, so Qt finds the widget under the point that accepts drops."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window = widget.window()
    handle = window.windowHandle()
    point = QPointF(widget.mapTo(window, QPoint(widget.width() // 2, widget.height() // 2)))
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(handle, QDragEnterEvent(point.toPoint(), copy, mime, left, none))
    QApplication.sendEvent(handle, QDropEvent(point, copy, mime, left, none))
    qtbot.wait(10)
