"""``booklet build-all``: every edition, only what changed, failures contained."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from booklet.model.editions import load_editions
from booklet.publish.build_all import build_all
from booklet.variant.resolve import Project

EDITIONS = """output: out
editions:
  - contents: [content.yaml]
    brands: [none, brands/riverside/brand.yaml, brands/meadow/brand.yaml]
    variants: [standard]
    papers: [letter]
  - contents: [content.yaml]
    brands: [brands/riverside/brand.yaml]
    variants: [standard]
    booklet: [true]
"""


@pytest.fixture
def project(workspace: Path, root: Path) -> Path:
    shutil.copytree(root / "brands", workspace / "brands")
    (workspace / "editions.yaml").write_text(EDITIONS)
    return workspace


def run_all(project: Path) -> tuple[list[str], list[str], list]:
    summary = build_all(project / "editions.yaml", Project(project), jobs=2, say=lambda line: None)
    return summary.built, summary.up_to_date, summary.failed


def test_editions_file_expands_every_combination(project: Path) -> None:
    plan = load_editions(project / "editions.yaml")
    assert len(plan.editions) == 4
    assert plan.out_dir == project / "out"
    assert {e.brand.parent.name if e.brand else None for e in plan.editions} == {
        None,
        "riverside",
        "meadow",
    }


def test_second_run_renders_nothing_and_touching_a_brand_rebuilds_only_its_editions(
    project: Path,
) -> None:
    built, fresh, failed = run_all(project)
    assert (len(built), len(fresh), failed) == (4, 0, [])
    manifest = json.loads((project / "out" / ".manifest.json").read_text())
    assert len(manifest) == 4
    pdf = project / "out" / "sample-guide-meadow-standard-letter.pdf"
    before = pdf.stat().st_mtime_ns

    built, fresh, failed = run_all(project)
    assert (built, len(fresh), failed) == ([], 4, [])
    assert pdf.stat().st_mtime_ns == before

    time.sleep(0.01)
    os.utime(project / "brands" / "riverside" / "brand.yaml")
    built, fresh, failed = run_all(project)
    assert sorted(built) == [
        "content.yaml|brands/riverside/brand.yaml|standard|letter|booklet",
        "content.yaml|brands/riverside/brand.yaml|standard|letter|pages",
    ]
    assert len(fresh) == 2 and failed == []


def test_editing_a_view_file_beside_the_content_rebuilds_its_editions(project: Path) -> None:
    run_all(project)
    time.sleep(0.01)
    os.utime(project / "views" / "plant.yaml")
    built, fresh, _ = run_all(project)
    assert len(built) == 4 and fresh == []


def test_a_deleted_output_is_rebuilt(project: Path) -> None:
    run_all(project)
    (project / "out" / "sample-guide-standard-letter.pdf").unlink()
    built, _, _ = run_all(project)
    assert built == ["content.yaml|none|standard|letter|pages"]


def test_a_broken_logo_fails_only_its_editions_and_the_exit_code(project: Path) -> None:
    (project / "brands" / "meadow" / "logo.svg").write_text("<svg not really")
    result = subprocess.run(
        [sys.executable, "-m", "booklet", "build-all", "--jobs", "2"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert "3 built, 0 up to date, 1 failed" in result.stderr
    assert "error: content.yaml|brands/meadow/brand.yaml|standard|letter|pages:" in result.stderr
    assert "'logo.svg' is not a readable SVG" in result.stderr
    assert "Traceback" not in result.stderr
    out = project / "out"
    assert (out / "sample-guide-riverside-standard-letter.pdf").is_file()
    assert not (out / "sample-guide-meadow-standard-letter.pdf").exists()
    page = (out / "index.html").read_text()
    assert "Riverside Foot &amp; Ankle Clinic" in page and "Meadow Lane" not in page


def test_download_page_lists_every_edition_with_its_facts(project: Path) -> None:
    run_all(project)
    page = (project / "out" / "index.html").read_text().replace("\xa0", " ")
    manifest = json.loads((project / "out" / ".manifest.json").read_text())
    for entry in manifest.values():
        assert f'href="{entry["files"][0]["path"]}"' in page
        assert (project / "out" / entry["thumbnail"]).is_file()
    assert "Print file (two pages a side)" in page and "How to print it" in page
    assert "Reviewed: March 2, 2026" in page
    assert "US Letter (" in page and " pages, " in page
    assert "http" not in page.replace("http-equiv", "")  # no external assets


def test_two_runs_at_once_leave_everything_whole(project: Path) -> None:
    from pypdf import PdfReader

    command = [sys.executable, "-m", "booklet", "build-all", "--jobs", "1"]
    runs = [
        subprocess.Popen(command, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    results = [run.communicate(timeout=300) for run in runs]
    assert all(run.returncode == 0 for run in runs), results
    summaries = sorted(err.decode().splitlines()[-1] for _, err in results)
    assert summaries == ["0 built, 4 up to date, 0 failed", "4 built, 0 up to date, 0 failed"]
    manifest = json.loads((project / "out" / ".manifest.json").read_text())
    for entry in manifest.values():
        for file in entry["files"]:
            path = project / "out" / file["path"]
            if file["kind"] == "html":
                assert path.read_text().rstrip().endswith("</html>")
            else:
                assert len(PdfReader(path).pages) == file["pages"]
    assert not [p for p in (project / "out").iterdir() if p.name.endswith(".tmp")]


def test_serve_shows_the_download_page(project: Path) -> None:
    import urllib.request

    run_all(project)
    server = subprocess.Popen(
        [sys.executable, "-m", "booklet", "serve", "--port", "0", "--out", "out"],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = server.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url, timeout=10) as response:
            assert b"Patient booklets: read online or print" in response.read()
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_without_a_page_is_a_clear_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "booklet", "serve", "--out", "nothing"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "no download page yet (run `booklet build-all` first)" in result.stderr


def test_build_all_from_another_folder_uses_the_editions_files_project(
    project: Path, tmp_path_factory
) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "booklet",
            "build-all",
            "--editions",
            str(project / "editions.yaml"),
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "4 built, 0 up to date, 0 failed" in result.stderr


def test_jobs_must_be_positive(project: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "booklet", "build-all", "--jobs", "0"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "'0' is not a whole number of 1 or more" in result.stderr


def test_a_failed_rebuild_keeps_the_last_good_edition_listed(project: Path) -> None:
    run_all(project)
    (project / "brands" / "meadow" / "logo.svg").write_text("<svg not really")
    _, _, failed = run_all(project)
    assert [outcome.key for outcome in failed] == [
        "content.yaml|brands/meadow/brand.yaml|standard|letter|pages"
    ]
    assert "Meadow Lane" in (project / "out" / "index.html").read_text()
    assert (project / "out" / "sample-guide-meadow-standard-letter.pdf").is_file()
    _, _, failed_again = run_all(project)
    assert len(failed_again) == 1  # retried on every run until it builds


def test_brand_colour_notes_are_shown_once_however_many_editions(project: Path) -> None:
    lines: list[str] = []
    build_all(project / "editions.yaml", Project(project), jobs=1, say=lines.append)
    notes = [line for line in lines if line.startswith("note: ")]
    assert notes  # Meadow's pale colours are darkened, and the run says so
    assert len(notes) == len(set(notes))
    assert any("brand colour #9BD3CB" in note for note in notes)
    assert all("brand colour #" in note or "brand accent #" in note for note in notes)


NO_RENDERING = """
import sys
from booklet.cli import main
code = main(["build-all", "--editions", sys.argv[1]])
loaded = [name for name in ("booklet.pipeline", "pikepdf", "pypdfium2") if name in sys.modules]
print(code, loaded)
"""


def test_a_run_with_nothing_to_build_loads_no_rendering_modules(project: Path) -> None:
    run_all(project)
    result = subprocess.run(
        [sys.executable, "-c", NO_RENDERING, str(project / "editions.yaml")],
        capture_output=True,
        text=True,
        check=True,
        cwd=project,
    )
    assert result.stdout.splitlines()[-1] == "0 []"


def test_a_clinics_editions_go_to_one_worker_in_small_batches(project: Path) -> None:
    from booklet.publish.build_all import BATCHES_PER_WORKER, Task, batches

    plan = load_editions(project / "editions.yaml")
    tasks = [Task(e, "", project / "out", project, "both") for e in plan.editions] * 20
    found = batches(tasks, 2)
    assert sum(len(batch) for batch in found) == len(tasks)
    assert len(found) <= 2 * BATCHES_PER_WORKER
    assert max(len(batch) for batch in found) <= -(-len(tasks) // (2 * BATCHES_PER_WORKER))
    brands = [[task.edition.brand for task in batch] for batch in found]
    order = [brand for batch in brands for brand in batch]
    assert order == sorted(order, key=lambda brand: brand.as_posix() if brand else "")


def test_a_change_to_booklet_itself_rebuilds_every_edition(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from booklet.publish import fingerprints

    run_all(project)
    monkeypatch.setattr(fingerprints, "engine_digest", lambda: "another engine")
    built, fresh, _ = run_all(project)
    assert len(built) == 4 and fresh == []
