"""Benchmark: the full signed report of the sample assessment (goals: < 3 s on a 2-core machine, and
within 2× the floor measured in the same run).

Each measurement runs in a fresh Python process, as `sxsh report` does (imports included):

* floor: an empty reportlab page in Noto Sans, signed by the same self-issued identity (pyHanko);
* report: read the sample document, compute the savings, balances and economics, draw the six
  charts, lay out the report (two passes for the contents), attach its assessment document and sign
  it (PAdES B-B); on Linux the figures are drawn in a forked worker meanwhile (report/pdf/figures_ahead.py);
* with --in-process, also the report with its figures drawn in the process (a second thread runs, as in
  the desktop app, so no worker is forked);
* with --bound, also the same report with no figures at all (no chart made, drawn or placed; nothing
  else changed): a bound no way of drawing the figures can go below, beside the 2× line.

CPU time is of the process and its worker together.

Usage: .venv/bin/python bench/report_bench.py [--runs N] [--in-process] [--bound]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "brewery-sample.json"
GOAL_S = 3.0
FLOOR_RATIO = 2.0  # the full signed report within twice the floor, same run
PASSPHRASE = b"bench-passphrase"

FLOOR = r"""
import io, sys
from reportlab.pdfgen import canvas
from sxsh_desktop.report.fonts import register_reportlab_fonts
from sxsh_desktop.report.signing import sign_pdf
from sxsh_desktop.signing.identity import signer_from_pkcs12
family = register_reportlab_fonts()
buf = io.BytesIO()
c = canvas.Canvas(buf, initialFontName=family)
c.setFont(family, 12)
c.drawString(72, 720, "Trang trống")
c.showPage()
c.save()
signer = signer_from_pkcs12(sys.argv[1], sys.argv[2].encode())
out = sign_pdf(buf.getvalue(), signer, box=(300, 60, 560, 140))
open(sys.argv[3], "wb").write(out.pdf)
"""

REPORT = r"""
import sys
if sys.argv[5] == "in-process":  # a second thread: no forked worker, the figures drawn in the process
    import threading
    threading.Thread(target=threading.Event().wait, daemon=True).start()
if sys.argv[5] == "bound":  # no figure at all: the charts are neither made (no matplotlib), drawn nor placed
    from sxsh_desktop.report import charts, flow_chart, mv_charts
    from sxsh_desktop.report.pdf import figures_ahead
    for module, name in [(charts, "options_figure"), (charts, "sankey_figure"), (charts, "pareto_figure"),
                         (charts, "sec_figure"), (flow_chart, "flow_chart_figure"), (mv_charts, "mv_figure")]:
        setattr(module, name, lambda *args, **kwargs: None)  # a chapter leaves out a figure it is given None for
    figures_ahead.FiguresAhead.start = classmethod(lambda cls, *args, **kwargs: None)
from sxsh_desktop.interchange.document import read_document
from sxsh_desktop.services.reports import build_report
from sxsh_desktop.signing.identity import SignerSettings
a = read_document(sys.argv[4])
build_report(a, sys.argv[3], "vi", signer=SignerSettings(identity=sys.argv[1], passphrase=sys.argv[2].encode()))
"""


def _run(code: str, args: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one fresh process: on a shared machine the CPU time
    moves far less between runs than the wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--bound",
        action="store_true",
        help="also the report with no figures at all (what no way of drawing them can go below), same run",
    )
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="also the report with its figures drawn in the process (as the desktop app does), same run",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from sxsh_desktop.signing.identity import new_identity

    with tempfile.TemporaryDirectory() as tmp:
        identity = Path(tmp) / "bench.p12"
        new_identity("Người Đo Hiệu Năng", "SXSH Desktop", identity, PASSPHRASE)
        floor_runs, report_runs, single_runs, bound_runs = [], [], [], []
        for i in range(args.runs):
            floor_runs.append(_run(FLOOR, [str(identity), PASSPHRASE.decode(), str(Path(tmp) / f"floor{i}.pdf")]))
            common = [str(identity), PASSPHRASE.decode()]
            report_runs.append(_run(REPORT, [*common, str(Path(tmp) / f"report{i}.pdf"), str(SAMPLE), "cli"]))
            if args.in_process:
                single_runs.append(
                    _run(REPORT, [*common, str(Path(tmp) / f"single{i}.pdf"), str(SAMPLE), "in-process"])
                )
            if args.bound:
                bound_runs.append(_run(REPORT, [*common, str(Path(tmp) / f"bound{i}.pdf"), str(SAMPLE), "bound"]))
        size = (Path(tmp) / "report0.pdf").stat().st_size
    floors, reports = [w for w, _ in floor_runs], [w for w, _ in report_runs]
    floor_cpu, report_cpu = [c for _, c in floor_runs], [c for _, c in report_runs]
    floor, report = statistics.median(floors), statistics.median(reports)

    def runs(values: list[float]) -> str:
        return ", ".join(f"{x:.2f}" for x in values)

    print(f"floor  (empty page + signature, fresh process): {floor:.2f} s   (runs: {runs(floors)})")
    print(f"report (sample, 6 charts, signed):              {report:.2f} s   (runs: {runs(reports)})")
    if single_runs:
        walls, cpus = [w for w, _ in single_runs], [c for _, c in single_runs]
        print(
            f"report, figures drawn in the process (no worker): {statistics.median(walls):.2f} s "
            f"(runs: {runs(walls)}); CPU {statistics.median(cpus):.2f} s ({runs(cpus)}); "
            f"/ floor {statistics.median(walls) / floor:.1f}× wall, "
            f"{statistics.median(cpus) / statistics.median(floor_cpu):.1f}× CPU"
        )
    if bound_runs:
        walls, cpus = [w for w, _ in bound_runs], [c for _, c in bound_runs]
        print(
            f"report with no figures at all (the bound): {statistics.median(walls):.2f} s (runs: {runs(walls)}); "
            f"CPU {statistics.median(cpus):.2f} s ({runs(cpus)}); / floor {statistics.median(walls) / floor:.1f}× wall, "
            f"{statistics.median(cpus) / statistics.median(floor_cpu):.1f}× CPU"
        )
    print(
        f"CPU time, median: floor {statistics.median(floor_cpu):.2f} s ({runs(floor_cpu)}), "
        f"report {statistics.median(report_cpu):.2f} s ({runs(report_cpu)}); "
        f"report / floor {statistics.median(report_cpu) / statistics.median(floor_cpu):.1f}×"
    )
    ratio = report / floor
    print(
        f"report − floor: {report - floor:.2f} s; report / floor: {ratio:.1f}×; file {size / 1024:.0f} KiB; "
        f"goal < {GOAL_S:.1f} s: {'met' if report < GOAL_S else 'NOT met'}; "
        f"within {FLOOR_RATIO:.0f}× the floor: {'met' if ratio <= FLOOR_RATIO else 'NOT met'}"
    )
    return 0 if report < GOAL_S and ratio <= FLOOR_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
