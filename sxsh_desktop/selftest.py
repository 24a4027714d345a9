"""`sxsh-desktop --selftest` / `sxsh selftest`: check an installation end to end, in a throw-away folder.

What support asks a user to run. Each step uses the same code as the app:

1. migration — a SQLite database made at the first revision is opened by `open_store`, which backs
   it up and migrates it to the newest revision (Alembic loads the shipped migration files by path:
   in a frozen build this proves they were bundled);
2. sample — the shipped sample assessment is validated (JSON Schema) and stored;
3. savings — its savings summary is computed and checked against the known figures (energy saving
   10.9 % on TOE per hL), and a regression baseline is fitted to twelve known months (numpy's least
   squares, scipy's t distribution for the p-values: in a frozen build this proves they were bundled);
4. chart — the SEC before/after chart is drawn (matplotlib, Agg, the shipped Noto Sans) to a PNG;
5. screen (when the GUI asks for it) — a function the GUI passes in makes the QApplication (offscreen),
   loads the fonts and the Vietnamese catalogue, and draws the main window with the sample open and
   a chart through Qt: nothing here imports Qt;
6. identity — a self-issued identity (RSA 3072, PKCS#12) is made;
7. signed report — the sample's PDF report is built and signed (PAdES) with it, then validated with
   pyHanko against that identity's certificate (intact, valid, trusted, covering the whole file).

One line is printed: "SXSH Desktop 0.1.0 selftest: OK (…) in 4.2 s" or
"SXSH Desktop 0.1.0 selftest: FAILED at <step>: <reason>"; the exit code is 0 or 1. Nothing outside
the throw-away folder is read or written besides the shipped resources.
"""

from __future__ import annotations

import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from . import __version__

SAMPLE_ENERGY_SAVING_PERCENT = 10.92  # the brewery sample: 1 − SEC_r/SEC_b on TOE per hL
TOLERANCE_PERCENT = 0.05

# (work folder, the open store, the sample's id, its savings summary) → None, or raises with the reason
ScreenCheck = Callable[[Path, Any, str, dict[str, Any]], None]


class SelftestFailure(Exception):
    def __init__(self, step: str, reason: str):
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason


@dataclass
class SelftestResult:
    ok: bool
    seconds: float
    steps: list[str] = field(default_factory=list)  # the steps that passed, in order
    timings: dict[str, float] = field(default_factory=dict)
    failed_step: str | None = None
    reason: str | None = None

    def line(self) -> str:
        head = f"SXSH Desktop {__version__} selftest"
        if self.ok:
            return f"{head}: OK ({', '.join(self.steps)}) in {self.seconds:.1f} s"
        return f"{head}: FAILED at {self.failed_step}: {self.reason}"


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class _Run:
    def __init__(self) -> None:
        self.result = SelftestResult(ok=False, seconds=0.0)

    def step(self, name: str, fn: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        try:
            value = fn()
        except SelftestFailure:
            raise
        except BaseException as exc:  # noqa: B036 - the verdict names whatever failed
            if isinstance(exc, KeyboardInterrupt):
                raise
            raise SelftestFailure(name, _one_line(exc)) from exc
        self.result.timings[name] = time.perf_counter() - start
        self.result.steps.append(name)
        return value


# -- the steps -------------------------------------------------------------------------------------


def _migration(work: Path) -> Any:
    from sqlalchemy import create_engine

    from .store.backup import list_backups
    from .store.engine import head_revision, migrate, open_store, sqlite_revision, sqlite_url

    db = work / "selftest.db"
    old = create_engine(sqlite_url(db))
    try:
        migrate(old, "0001")
    finally:
        old.dispose()
    if sqlite_revision(db) != "0001":
        raise SelftestFailure("migration", "the database could not be made at revision 0001")
    store = open_store(db)
    revision = sqlite_revision(db)
    if revision != head_revision():
        store.close()
        raise SelftestFailure("migration", f"the database is at {revision}, not at {head_revision()}")
    if not list_backups(store):
        store.close()
        raise SelftestFailure("migration", "no backup was made before the migration")
    return store


def _sample(store: Any) -> Any:
    from .services.documents import load_sample

    return store.get_assessment(load_sample(store).assessment_id)


def _savings(assessment: Any) -> dict[str, Any]:
    from .domain.savings import compute_savings

    summary = compute_savings(assessment, "vi")
    energy = summary.get("energy") or {}
    percent = energy.get("saving_percent")
    if percent is None:
        raise SelftestFailure("savings", "the sample gives no energy saving")
    if abs(percent - SAMPLE_ENERGY_SAVING_PERCENT) > TOLERANCE_PERCENT:
        raise SelftestFailure(
            "savings", f"energy saving {percent:.2f} % where the sample gives {SAMPLE_ENERGY_SAVING_PERCENT:.2f} %"
        )
    if len(summary.get("resources") or []) < 3:
        raise SelftestFailure("savings", "the sample's resources are missing from the summary")
    _regression()
    return summary


def _regression() -> None:
    """Twelve months of E = 50 000 kWh + 120 kWh/t · P (± 300 kWh): the model must find them."""
    from .domain.regression import Observation, fit

    wobble = (300, -300, 150, -150, 0, 200, -200, 100, -100, 250, -250, 0)
    months = [Observation(50000 + 120 * p + w, p, 30) for p, w in zip(range(800, 1400, 50), wobble, strict=True)]
    model = fit(months)
    if not (model.valid and abs(model.slope - 120) < 2 and model.p_slope < 1e-6 and model.r2 > 0.99):
        raise SelftestFailure(
            "savings",
            f"the regression baseline is off (slope {model.slope:.2f}, p {model.p_slope:.2g}, R² {model.r2:.3f})",
        )


def sec_rows(summary: dict[str, Any]) -> list[tuple[str, str, float, float]]:
    """(name, specific unit, SEC baseline, SEC reporting) per resource of a savings summary."""
    rows = []
    for r in summary.get("resources") or []:
        b, p = r.get("baseline") or {}, r.get("reporting") or {}
        if b.get("specific") is not None and p.get("specific") is not None:
            rows.append((r["resource"], r["specific_unit"], b["specific"], p["specific"]))
    return rows


def _chart(work: Path, summary: dict[str, Any]) -> Path:
    from .report.charts import figure_png, sec_figure

    fig = sec_figure(sec_rows(summary), ("2022", "2024"), "vi")
    if fig is None:
        raise SelftestFailure("chart", "no chart could be drawn from the sample's savings")
    png = figure_png(fig, dpi=100)
    if not png.startswith(b"\x89PNG\r\n\x1a\n") or len(png) < 5000:
        raise SelftestFailure("chart", f"the chart's PNG is not a picture ({len(png)} bytes)")
    path = work / "chart.png"
    path.write_bytes(png)
    return path


def _identity(work: Path) -> tuple[Path, bytes]:
    from .signing.identity import new_identity

    path = work / "selftest.p12"
    passphrase = secrets.token_urlsafe(18).encode("ascii")
    new_identity("Kiểm tra cài đặt", "SXSH Desktop selftest", path, passphrase, years=1)
    return path, passphrase


def _signed_report(work: Path, assessment: Any, identity: tuple[Path, bytes]) -> Path:
    from .services.reports import build_report
    from .signing.identity import SignerSettings

    path, passphrase = identity
    result = build_report(
        assessment, work / "report.pdf", "vi", signer=SignerSettings(identity=path, passphrase=passphrase)
    )
    if not result.signed or result.pages < 2:
        raise SelftestFailure("signed report", f"the report was not signed ({result.pages} pages)")
    return result.path


def _validate(pdf: Path, identity: tuple[Path, bytes]) -> None:
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    from .signing.identity import load_pkcs12, quiet_pyhanko_logs

    quiet_pyhanko_logs()
    cert = load_pkcs12(*identity).certificate
    root = asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))
    with pdf.open("rb") as fh:
        signatures = PdfFileReader(fh, strict=False).embedded_signatures
        if len(signatures) != 1:
            raise SelftestFailure("signed report", f"the report has {len(signatures)} signatures, not 1")
        status = validate_pdf_signature(signatures[0], ValidationContext(trust_roots=[root], allow_fetching=False))
    if not (status.intact and status.valid):
        raise SelftestFailure("signed report", "pyHanko finds the report's signature broken")
    if not status.trusted:
        raise SelftestFailure("signed report", "pyHanko does not trust the report's signer against its own certificate")
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        raise SelftestFailure("signed report", "the signature does not cover the whole report")


# -- the run ---------------------------------------------------------------------------------------


def run_selftest(screen_check: ScreenCheck | None = None, keep: Path | None = None) -> SelftestResult:
    """Run every step in a throw-away folder (or in `keep`, left in place, for support)."""
    run = _Run()
    started = time.perf_counter()
    store = None
    tmp = None
    if keep is None:
        tmp = tempfile.TemporaryDirectory(prefix="sxsh-selftest-", ignore_cleanup_errors=True)
        work = Path(tmp.name)
    else:
        work = Path(keep)
        work.mkdir(parents=True, exist_ok=True)
    try:
        store = run.step("migration", lambda: _migration(work))
        assessment = run.step("sample", lambda: _sample(store))
        summary = run.step("savings", lambda: _savings(assessment))
        run.step("chart", lambda: _chart(work, summary))
        if screen_check is not None:
            run.step("screen", lambda: screen_check(work, store, assessment.id, summary))
        identity = run.step("identity", lambda: _identity(work))
        pdf = run.step("signed report", lambda: _signed_report(work, assessment, identity))
        run.step("signature", lambda: _validate(pdf, identity))
        run.result.ok = True
    except SelftestFailure as failure:
        run.result.failed_step, run.result.reason = failure.step, failure.reason
    finally:
        if store is not None:
            store.close()
        if tmp is not None:
            tmp.cleanup()
        run.result.seconds = time.perf_counter() - started
    return run.result


def main(
    screen_check: ScreenCheck | None = None,
    *,
    verbose: bool = False,
    keep: Path | None = None,
    out: TextIO | None = None,
) -> int:
    """Print the verdict (and with `verbose` the time of each step on stderr); 0 when all passed."""
    import logging

    out = out or sys.stdout
    logging.getLogger("alembic").setLevel(logging.WARNING)  # the verdict is the one line, not the migration's log
    result = run_selftest(screen_check, keep)
    if verbose:
        for name, seconds in result.timings.items():
            print(f"  {name}: {seconds:.2f} s", file=sys.stderr)
    print(result.line(), file=out, flush=True)
    return 0 if result.ok else 1
