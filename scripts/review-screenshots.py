"""The review workspace's screenshots (called by scripts/make-screenshots): a Sở store with packages
from two consultants (real signed reports, one signer trusted), reviewed a little; then the received
list, one assessment with its audit log and the dashboard, in Vietnamese and English, at 1366×768.

    .venv/bin/python scripts/review-screenshots.py OUT_FOLDER
"""

from __future__ import annotations

import copy
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from sxsh_desktop.gui import i18n
from sxsh_desktop.gui.app import make_app, screenshot, settle
from sxsh_desktop.gui.main_window import MainWindow
from sxsh_desktop.store.engine import open_store

out = Path(sys.argv[1])
work = Path(tempfile.mkdtemp(prefix="sxsh-review-shots-"))
PASS = b"mat-khau-anh-chup"


def build(work: Path) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding

    from sxsh_desktop.gui.review.import_dialog import trusted_signer_of
    from sxsh_desktop.services.documents import import_object, sample_path
    from sxsh_desktop.services.packages import make_package
    from sxsh_desktop.signing.identity import SignerSettings, new_identity
    from sxsh_desktop.store.review_ops import ReviewStore
    from sxsh_desktop.sync.intake import ImportOptions, import_files

    ids = {}
    for key, name, org in (("nhung", "Nguyễn Thị Hồng Nhung", "Trung tâm SXSH Miền Trung"),
                           ("an", "Lê Văn An", "Công ty Tư vấn Năng lượng Xanh")):
        ids[key] = (work / f"{key}.p12", new_identity(name, org, work / f"{key}.p12", PASS))
    brewery = json.loads(sample_path().read_text(encoding="utf-8"))
    tapioca = json.loads(Path("tests/data/tapioca-starch.json").read_text(encoding="utf-8"))
    plan = [  # (base, id, facility, tax code, province, year, reporting consumption factor, signer)
        (brewery, "Công ty CP Bia Sông Lam", "2900100001", "Nghệ An", 2024, 1.0, "nhung"),
        (brewery, "Công ty TNHH Bia Hà Tĩnh", "3000200002", "Hà Tĩnh", 2023, 1.04, "nhung"),
        (tapioca, "Nhà máy Tinh bột sắn Yên Thành", "2900300003", "Nghệ An", 2024, 0.97, "an"),
        (tapioca, "Nhà máy Tinh bột sắn Hương Khê", "3000400004", "Hà Tĩnh", 2024, 1.02, "an"),
        (brewery, "Công ty Bia Huế Xanh", "3300500005", "Huế", 2023, 0.95, "an"),
        (tapioca, "Nhà máy Tinh bột sắn Đồng Xuân", "4400600006", "Phú Yên", 2024, 1.0, "nhung"),
    ]
    folder = work / "incoming"
    folder.mkdir()
    with open_store(f"sqlite:///{work / 'laptop.db'}") as laptop:
        for i, (base, name, tax, province, year, factor, who) in enumerate(plan):
            doc = copy.deepcopy(base)
            doc["id"] = f"5a0c0000-0000-4000-8000-00000000000{i + 1}"
            doc["facility"].update(name=name, tax_code=tax, province=province)
            rep = doc["periods"]["reporting"]
            rep["start"], rep["end"] = f"{year}-01-01", f"{year}-12-31"
            base_start = doc["periods"]["baseline"]
            base_start["start"], base_start["end"] = f"{year - 2}-01-01", f"{year - 2}-12-31"
            for c in doc["consumption"]:
                if c["period"] == "reporting":
                    c["quantity"]["value"] = round(c["quantity"]["value"] * factor, 3)
            aid = import_object(laptop, doc).assessment_id
            make_package(laptop, aid, folder / f"{i + 1}-{tax}.sxsh",
                         SignerSettings(identity=ids[who][0], passphrase=PASS), language="vi")
    with open_store(f"sqlite:///{work / 'so.db'}") as so:
        review = ReviewStore(so)
        review.add_trusted_signer(trusted_signer_of(ids["nhung"][1].public_bytes(Encoding.DER)), by="Trần Thị Bình")
        so.set_meta("consultant_profile", {"name": "Trần Thị Bình", "organisation": "Sở Công Thương Nghệ An"})
        import_files(review, sorted(folder.glob("*.sxsh")), ImportOptions(allow_untrusted=True, by="Trần Thị Bình"))
        first = "5a0c0000-0000-4000-8000-000000000001"
        review.set_state(first, "has_issues", by="Trần Thị Bình",
                         comment="Thiếu hoá đơn điện tháng 3 và tháng 4 của kỳ báo cáo; đề nghị bổ sung.")
        time.sleep(1)
        review.add_comment(first, "Đã nhận hoá đơn bổ sung, số liệu điện khớp.", by="Nguyễn Thị Hồng Nhung")
        review.set_state(first, "approved", by="Trần Thị Bình", comment="Đạt yêu cầu; chuyển Bộ Công Thương.")
        review.set_state("5a0c0000-0000-4000-8000-000000000002", "approved", by="Trần Thị Bình")
        review.set_state("5a0c0000-0000-4000-8000-000000000006", "rejected", by="Trần Thị Bình",
                         comment="Kỳ cơ sở không cùng công suất; đề nghị đánh giá lại.")
    return first


def shots(app, first: str) -> None:
    for lang in ("vi", "en"):
        store = open_store(f"sqlite:///{work / 'so.db'}")
        i18n.install(lang)
        window = MainWindow(store, lang, remember=False)
        ws = window.show_review()
        ws.select("5a0c0000-0000-4000-8000-000000000003")
        screenshot(window, str(out / f"review-list-{lang}.png"))
        ws.split.setSizes([150, 480])
        settle(app)
        ws.select(first)
        ws.detail.tabs.setCurrentWidget(ws.detail.audit_table)
        screenshot(window, str(out / f"review-detail-{lang}.png"))
        ws.tabs.setCurrentWidget(ws.dashboard)
        settle(app)
        ws.dashboard.chart.flush()
        screenshot(window, str(out / f"review-dashboard-{lang}.png"))
        window.close()
        store.close()


try:
    first = build(work)
    app = make_app()
    shots(app, first)
finally:
    shutil.rmtree(work, ignore_errors=True)
