"""Benchmark booklet: cold and warm build times, build-all over 200+ editions, PDF sizes.

Usage: python bench/bench.py [--editions N]
Prints each figure beside its target. Run from the repository folder after installing.
"""

from __future__ import annotations

import argparse
import os
import resource
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
    "cold": 0.3,
    "warm": 0.050,
    "build_all": 10.0,
    "rerun": 1.0,
    "size_kb": 80,
}


def report(name: str, value: float, unit: str, target: float | None = None) -> None:
    verdict = ""
    if target is not None:
        verdict = f"  (target ≤ {target:g} {unit}: {'met' if value <= target else 'MISSED'})"
    print(f"{name:<46} {value:10.3f} {unit}{verdict}")


def cold_build(project: Path) -> float:
    times = []
    for run in range(3):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "booklet", "build", "--out", f"cold-{run}"],
            cwd=project,
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def warm_builds(project: Path, count: int = 15) -> float:
    request = BuildRequest(project / "content.yaml", "standard", project / "warm", Project(project))
    build_edition(request)  # warm up: fonts registered, modules imported
    times = []
    for _ in range(count):
        start = time.perf_counter()
        build_edition(request)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def make_project(editions: int) -> Path:
    """A project with enough content copies and brands for ``editions`` editions."""
    project = Path(tempfile.mkdtemp(prefix="booklet-bench-"))
    for name in ("layouts", "fonts", "brands"):
        shutil.copytree(ROOT / name, project / name)
    content = (ROOT / "content.yaml").read_text()
    brand_text = (ROOT / "brands" / "riverside" / "brand.yaml").read_text()
    for index in range(1, 8):
        folder = project / "brands" / f"clinic-{index}"
        folder.mkdir()
        shutil.copy(ROOT / "brands" / "riverside" / "logo.png", folder / "logo.png")
        (folder / "brand.yaml").write_text(
            brand_text.replace("Riverside Foot & Ankle Clinic", f"Sample Clinic {index}")
        )
    brand_files = (project / "brands").glob("*/brand.yaml")
    brands = ["none", *sorted(str(path.relative_to(project)) for path in brand_files)]
    per_content = len(brands) * 2 * 2
    contents = []
    for index in range(-(-editions // per_content)):
        name = f"topic-{index}.yaml"
        (project / name).write_text(
            content.replace("slug: foot-neuropathy-massage", f"slug: topic-{index}")
        )
        contents.append(name)
    shutil.copy(ROOT / "content.yaml", project / "content.yaml")
    (project / "editions.yaml").write_text(
        "output: site\neditions:\n"
        f"  - contents: [{', '.join(contents)}]\n"
        f"    brands: [{', '.join(brands)}]\n"
        "    variants: [standard, large-print]\n"
        "    papers: [letter, a4]\n"
    )
    return project


def build_all_run(project: Path) -> tuple[float, float]:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "booklet", "build-all"],
        cwd=project,
        check=True,
        capture_output=True,
    )
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, peak_mb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--editions", type=int, default=200)
    arguments = parser.parse_args()
    project = make_project(arguments.editions)
    try:
        print(f"booklet benchmark on {os.cpu_count()} cores\n")
        report(
            "cold `booklet build` (whole process, median)",
            cold_build(project),
            "s",
            TARGETS["cold"],
        )
        report(
            "warm standard edition (median of 15)",
            warm_builds(project) * 1000,
            "ms",
            TARGETS["warm"] * 1000,
        )
        editions = len(
            list(
                __import__("booklet.model.editions", fromlist=["x"])
                .load_editions(project / "editions.yaml")
                .editions
            )
        )
        elapsed, peak = build_all_run(project)
        report(f"build-all, {editions} editions, all cores", elapsed, "s", TARGETS["build_all"])
        report("  per edition", elapsed / editions * 1000, "ms")
        report("  peak memory of the largest process", peak, "MB")
        rerun, _ = build_all_run(project)
        report(f"build-all again, nothing changed ({editions})", rerun, "s", TARGETS["rerun"])
        sizes = {
            "standard": project / "cold-0" / "foot-neuropathy-massage-standard-letter.pdf",
            "large print": project / "site" / "topic-0-large-print-letter.pdf",
            "branded": project / "site" / "topic-0-riverside-standard-letter.pdf",
        }
        for label, path in sizes.items():
            target = TARGETS["size_kb"] if label == "standard" else None
            report(f"PDF size, {label} edition", path.stat().st_size / 1000, "KB", target)
    finally:
        shutil.rmtree(project, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
