"""A package carries the planning fields and the consultant's report texts: checked and opened at the Sở,
its assessment has them as the laptop had them, and its signed report prints the consultant's summary."""

from __future__ import annotations

from sxsh_desktop.domain.model import FocusCriterion, FocusMatrix, Maintenance
from sxsh_desktop.services.documents import load_sample
from sxsh_desktop.services.packages import make_package
from sxsh_desktop.signing.identity import SignerSettings
from sxsh_desktop.store import open_store
from sxsh_desktop.sync.package import check_package

PASSPHRASE = b"mat-khau-thu-nghiem"  # as in conftest.py


def test_the_package_carries_the_typed_fields(tmp_path, identities):
    with open_store(tmp_path / "laptop.db") as store:
        aid = load_sample(store).assessment_id
        store.update_consultant(aid, name="Nguyễn Văn An")
        store.set_focus_matrix(
            aid, FocusMatrix([FocusCriterion("waste_cost", "Chi phí dòng thải", 3)], {"milling": {"waste_cost": 4}})
        )
        store.set_maintenance(aid, Maintenance(["training"], "fermentation", "2025-12-31"))
        store.update_process_step(aid, "milling", basis_label="một ngày")
        store.set_executive_summary(aid, "Tóm tắt riêng của chuyên gia về nhà máy bia.")
        store.set_conclusions(aid, "Kết luận riêng.")
        settings = SignerSettings(identity=identities.p12("consultant"), passphrase=PASSPHRASE)
        made = make_package(store, aid, tmp_path / "p.sxsh", settings, language="vi")
        laptop = store.get_assessment(aid)
    check = check_package(made.path.read_bytes(), trusted=[identities.cert_der("consultant")])
    assert check.trusted, check.describe()
    got = check.assessment
    assert got is not None
    assert got.focus_matrix == laptop.focus_matrix and got.maintenance == laptop.maintenance
    assert got.step("milling").basis_label == "một ngày"
    assert (got.executive_summary, got.conclusions) == (
        "Tóm tắt riêng của chuyên gia về nhà máy bia.",
        "Kết luận riêng.",
    )
    assert check.document["maintenance"] == {
        "measures": ["training"],
        "next_focus": "fermentation",
        "review_date": "2025-12-31",
    }
    assert check.report_pdf is not None and check.report_pdf.startswith(b"%PDF")
