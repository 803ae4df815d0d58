"""Benchmark booklet: cold and warm builds, shared layouts, 1,000 editions, memory, anchors.

Usage: python bench/bench.py [--editions N] [--anchors DIR [--anchors-python PYTHON]]

Builds a project in a temporary folder: both shipped topics, generated clinic brands,
two variants and two papers (N editions, 1,000 by default). Prints each figure beside
its target. With --anchors (the folder of peer tools building a comparable booklet, each
script printing one JSON line of timings), the same figures for them, from the same
run, and the ratios. Run from the repository folder after installing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from booklet.pipeline import BuildRequest, build_edition  # noqa: E402
from booklet.variant.resolve import Project  # noqa: E402

TARGETS = {
    "cold": 0.30,
    "warm_ms": 45,
    "shared_ms": 15,
    "build_all": 30.0,
    "rerun": 1.0,
    "memory_mb": 150,
    "size_kb": 80,
}
PALETTE = ["#0B5394", "#38761D", "#990000", "#674EA7", "#9BD3CB", "#B45F06", "#1C4587"]
ANCHORS = {"typst": "typst_build.py", "reportlab": "rl_build.py", "weasyprint": "weasy_build.py"}


def report(name: str, value: float, unit: str, target: float | None = None) -> None:
    verdict = ""
    if target is not None:
        verdict = f"  (target ≤ {target:g} {unit}: {'met' if value <= target else 'MISSED'})"
    print(f"{name:<52} {value:10.3f} {unit}{verdict}", flush=True)


def measured(command: list[str], cwd: Path) -> tuple[float, str]:
    """Wall time of a whole process, and its stdout."""
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr.decode()}")
    return elapsed, result.stdout.decode()


PEAK = (
    "import resource, subprocess, sys; "
    "code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)"
)
"""A small launcher: a child forked from the benchmark itself would start at its size."""


def peak_mb(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall time and peak memory (MB) of the largest process of ``command`` and its workers."""
    elapsed, out = measured([sys.executable, "-c", PEAK, *command], cwd)
    return elapsed, int(out.split()[-1]) / 1024


def make_project(editions: int) -> Path:
    """Both topics × generated brands × two variants × two papers: ``editions`` editions."""
    project = Path(tempfile.mkdtemp(prefix="booklet-bench-"))
    for name in ("layouts", "fonts", "brands", "topics"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "content.yaml", project / "content.yaml")
    brand_text = (ROOT / "brands" / "riverside" / "brand.yaml").read_text()
    per_brand = 2 * 2 * 2  # topics × variants × papers
    brands = ["none"]
    for index in range(1, max(1, -(-editions // per_brand))):
        folder = project / "brands" / f"clinic-{index}"
        folder.mkdir()
        shutil.copy(ROOT / "brands" / "riverside" / "logo.png", folder / "logo.png")
        text = brand_text.replace("Riverside Foot & Ankle Clinic", f"Sample Clinic {index}")
        text = text.replace("#0B5394", PALETTE[index % len(PALETTE)])
        (folder / "brand.yaml").write_text(text)
        brands.append(f"brands/clinic-{index}/brand.yaml")
    groups = [brands[start : start + 100] for start in range(0, len(brands), 100)]
    (project / "editions.yaml").write_text(
        "output: site\neditions:\n"
        + "".join(
            "  - contents: [content.yaml, topics/hand-care/content.yaml]\n"
            f"    brands: [{', '.join(group)}]\n"
            "    variants: [standard, large-print]\n"
            "    papers: [letter, a4]\n"
            for group in groups  # an editions file's lists hold at most 100 items
        )
    )
    return project


def cold_builds(project: Path) -> tuple[float, float, float]:
    """Whole ``booklet build`` processes: into new folders, and again into the same one."""
    command = [sys.executable, "-m", "booklet", "build"]
    fresh = [measured([*command, "--out", f"cold-{run}"], project)[0] for run in range(3)]
    again = [measured([*command, "--out", "cold-0"], project)[0] for _ in range(3)]
    pdf_only = [measured([*command, "--format", "pdf", "--out", "cold-0"], project)[0]]
    return statistics.median(fresh), statistics.median(again), pdf_only[0]


def warm_builds(project: Path, count: int = 15) -> tuple[float, float]:
    """Median warm times, PDF only and PDF with its HTML edition, in seconds."""
    figures = []
    for format in ("pdf", "both"):
        request = BuildRequest(
            project / "content.yaml", "standard", project / "warm", Project(project), format=format
        )
        build_edition(request)  # warm up: fonts registered, modules imported
        times = []
        for _ in range(count):
            start = time.perf_counter()
            build_edition(request)
            times.append(time.perf_counter() - start)
        figures.append(statistics.median(times))
    return figures[0], figures[1]


def shared_layout_builds(project: Path, count: int = 10) -> float:
    """Median time of branded editions that start from their unbranded sibling's layout."""

    def request(brand: Path | None) -> BuildRequest:
        return BuildRequest(
            project / "content.yaml", "standard", project / "shared", Project(project), brand=brand
        )

    build_edition(request(None))  # the sibling lays out first
    brands = sorted((project / "brands").glob("clinic-*/brand.yaml"))[:count]
    times = []
    for brand in brands:
        start = time.perf_counter()
        build_edition(request(brand))
        times.append(time.perf_counter() - start)
    return statistics.median(times) if times else float("nan")


def anchor_figures(anchors: Path, python: str, editions: int) -> dict[str, dict[str, float]]:
    """Each anchor's cold process time, warm per-edition time and peak memory, this run."""
    figures = {}
    with tempfile.TemporaryDirectory(prefix="anchors-") as out:
        for tool, script in ANCHORS.items():
            if not (anchors / script).is_file():
                continue
            cold = statistics.median(
                measured([python, script, "--out", f"{out}/{tool}-cold"], anchors)[0]
                for _ in range(3)
            )
            command = [python, script, "--editions", str(editions), "--out", f"{out}/{tool}"]
            elapsed, peak = peak_mb(command, anchors)
            _, line = measured(command, anchors)
            timings = json.loads(line.strip().splitlines()[-1])
            figures[tool] = {
                "cold": cold,
                "warm_ms": timings["rest_median_s"] * 1000,
                "per_edition_ms": elapsed / editions * 1000,
                "memory_mb": peak,
            }
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--editions", type=int, default=1000)
    parser.add_argument("--anchors", type=Path, help="the peer tools' folder (see its README)")
    parser.add_argument(
        "--anchors-python", default=sys.executable, help="the Python the anchors run with"
    )
    parser.add_argument("--anchor-editions", type=int, default=50)
    arguments = parser.parse_args()
    project = make_project(arguments.editions)
    ours: dict[str, float] = {}
    try:
        print(f"booklet benchmark on {os.cpu_count()} cores\n")
        fresh, again, pdf_only = cold_builds(project)
        ours["cold"] = fresh
        report("cold `booklet build`, new folder (PDF and HTML)", fresh, "s", TARGETS["cold"])
        report("  again into the same folder (seed, fonts cached)", again, "s", TARGETS["cold"])
        report("  PDF only, same folder", pdf_only, "s", TARGETS["cold"])
        warm_pdf, warm_both = warm_builds(project)
        ours["warm_ms"] = warm_pdf * 1000
        report(
            "warm standard edition, tagged PDF (median)", warm_pdf * 1000, "ms", TARGETS["warm_ms"]
        )
        report("  with its HTML edition", warm_both * 1000, "ms")
        shared = shared_layout_builds(project) * 1000
        report(
            "edition sharing its sibling's layout (PDF+HTML)", shared, "ms", TARGETS["shared_ms"]
        )
        from booklet.model.editions import load_editions

        count = len(load_editions(project / "editions.yaml").editions)
        command = [sys.executable, "-m", "booklet", "build-all"]
        elapsed, peak = peak_mb(command, project)
        ours["per_edition_ms"] = elapsed / count * 1000
        ours["memory_mb"] = peak
        report(
            f"build-all, {count} editions (PDF and HTML), all cores",
            elapsed,
            "s",
            TARGETS["build_all"] * count / 1000,
        )
        report("  per edition", elapsed / count * 1000, "ms")
        report("  peak memory, largest process (a worker)", peak, "MB", TARGETS["memory_mb"])
        rerun, _ = peak_mb(command, project)
        report(f"build-all again, nothing changed ({count})", rerun, "s", TARGETS["rerun"])
        for label, path in {
            "standard": project / "cold-0" / "foot-neuropathy-massage-standard-letter.pdf",
            "large print": project / "site" / "foot-neuropathy-massage-large-print-letter.pdf",
        }.items():
            target = TARGETS["size_kb"] if label == "standard" else None
            report(f"PDF size, {label} edition", path.stat().st_size / 1000, "KB", target)
        if arguments.anchors:
            compare(
                ours,
                anchor_figures(
                    arguments.anchors, arguments.anchors_python, arguments.anchor_editions
                ),
            )
    finally:
        shutil.rmtree(project, ignore_errors=True)
    return 0


def compare(ours: dict[str, float], anchors: dict[str, dict[str, float]]) -> None:
    """The anchors' figures and booklet's as a multiple of each (lower is better for us)."""
    print("\nanchors, same run (booklet ÷ anchor)")
    names = {
        "cold": ("cold build", "s"),
        "warm_ms": ("warm edition", "ms"),
        "per_edition_ms": ("per edition, many in one go", "ms"),
        "memory_mb": ("peak memory", "MB"),
    }
    for tool, figures in anchors.items():
        for key, (label, unit) in names.items():
            ratio = ours[key] / figures[key] if figures[key] else float("nan")
            print(f"  {tool:<11} {label:<30} {figures[key]:9.3f} {unit:<3} booklet ×{ratio:.1f}")


if __name__ == "__main__":
    raise SystemExit(main())
