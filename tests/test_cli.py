"""The ``booklet`` command as a user runs it, in a project folder.

Most tests call :func:`booklet.cli.main` in-process with string buffers; a few run the
real command in a subprocess, to prove the installed entry point behaves the same.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from booklet import __version__
from booklet.cli import main

DATA = Path(__file__).parent / "data"


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def run(*arguments: str, cwd: Path) -> Result:
    """``booklet ARGUMENTS`` in-process, from the folder ``cwd``."""
    stdout, stderr = io.StringIO(), io.StringIO()
    before = Path.cwd()
    os.chdir(cwd)
    try:
        code = main(list(arguments), stdout=stdout, stderr=stderr)
    finally:
        os.chdir(before)
    return Result(code, stdout.getvalue(), stderr.getvalue())


def run_process(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``booklet ARGUMENTS`` as its own process, as a user's shell runs it."""
    return subprocess.run(
        [sys.executable, "-m", "booklet", *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_main_returns_the_exit_code_and_writes_to_the_given_streams() -> None:
    buffer, errors = io.StringIO(), io.StringIO()
    assert main(["--version"], stdout=buffer, stderr=errors) == 0
    assert buffer.getvalue() == f"booklet {__version__}\n"
    assert main(["build", "--paper", "b5"], stdout=buffer, stderr=errors) == 2
    assert "invalid choice: 'b5'" in errors.getvalue()


def test_the_installed_command_builds_and_reports_errors(workspace: Path) -> None:
    result = run_process("build", cwd=workspace)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "output/sample-guide-standard-letter.pdf"
    broken = run_process("check", "--content", str(DATA / "broken-content.yaml"), cwd=workspace)
    assert broken.returncode == 1
    assert "Traceback" not in broken.stderr
    assert broken.stderr.startswith("error: ")


def test_build_with_no_arguments_writes_the_default_booklet(workspace: Path) -> None:
    result = run("build", cwd=workspace)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "output/sample-guide-standard-letter.pdf\noutput/sample-guide-standard-letter.html\n"
    )
    pdf, html = result.stdout.split()
    assert (workspace / pdf).read_bytes().startswith(b"%PDF-")
    assert (workspace / html).read_text().startswith("<!DOCTYPE html>")


def test_two_builds_are_byte_identical(workspace: Path) -> None:
    run("build", "--out", "first", cwd=workspace)
    run("build", "--out", "second", cwd=workspace)
    first = (workspace / "first" / "sample-guide-standard-letter.pdf").read_bytes()
    second = (workspace / "second" / "sample-guide-standard-letter.pdf").read_bytes()
    assert first == second


def test_build_takes_content_layout_and_out(workspace: Path) -> None:
    layout = workspace / "layouts" / "standard.yaml"
    copy = workspace / "mine.yaml"
    copy.write_text(layout.read_text().replace("name: standard", "name: mine"))
    result = run(
        "build",
        "--content",
        str(DATA / "minimal-content.yaml"),
        "--layout",
        "mine.yaml",
        "--out",
        "elsewhere",
        cwd=workspace,
    )
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout
        == "elsewhere/hand-care-mine-letter.pdf\nelsewhere/hand-care-mine-letter.html\n"
    )


def test_check_accepts_the_shipped_content(workspace: Path) -> None:
    result = run("check", cwd=workspace)
    assert result.returncode == 0
    assert result.stdout == ""
    assert "content.yaml: OK" in result.stderr


def test_check_reports_every_problem_without_a_traceback(workspace: Path) -> None:
    broken = DATA / "broken-content.yaml"
    result = run("check", "--content", str(broken), cwd=workspace)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith(f"error: {broken}:3:3: meta.subtitel: unknown field 'subtitel'")
    assert lines[1].startswith(
        f"error: {broken}:19:20: sections[0].blocks[0].paragraph: unknown template variable "
        "clinic.fax"
    )
    assert lines[2].startswith(f"error: {broken}:20:18: sections[0].blocks[1].bullets: expected")
    assert lines[3].startswith(f"error: {broken}:22:17: sections[0].blocks[2].callout.kind:")


def test_failed_build_keeps_the_previous_pdf(workspace: Path) -> None:
    assert run("build", cwd=workspace).returncode == 0
    pdf = workspace / "output" / "sample-guide-standard-letter.pdf"
    good = pdf.read_bytes()
    content = workspace / "content.yaml"
    content.write_text(content.read_text().replace("kind: tip", "kind: hint", 1))
    result = run("build", cwd=workspace)
    assert result.returncode == 1
    assert "callout.kind: 'hint' is not valid (valid: tip, caution)" in result.stderr
    assert pdf.read_bytes() == good
    assert sorted(path.name for path in pdf.parent.iterdir()) == [
        ".cache",  # seeds and subset fonts for the next build (booklet.reuse), no temporary file
        "sample-guide-standard-letter.html",
        pdf.name,
    ]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["build", "--content", "missing.yaml"], "error: missing.yaml: file not found"),
        (["build", "--layout", "fancy"], "error: layouts/fancy.yaml: no layout named 'fancy'"),
    ],
)
def test_user_mistakes_exit_non_zero_with_one_line(
    workspace: Path, arguments: list[str], message: str
) -> None:
    result = run(*arguments, cwd=workspace)
    assert result.returncode == 1
    assert result.stderr.startswith(message)
    assert len(result.stderr.splitlines()) == 1


def test_version_and_help(workspace: Path) -> None:
    assert run("--version", cwd=workspace).stdout == f"booklet {__version__}\n"
    help_text = run("--help", cwd=workspace).stdout
    for command in ("build", "check"):
        assert command in help_text
    build_help = run("build", "--help", cwd=workspace).stdout
    for option in ("--content", "--layout", "--out"):
        assert option in build_help


def test_no_command_prints_help_and_fails(workspace: Path) -> None:
    result = run(cwd=workspace)
    assert result.returncode == 1
    assert "usage: booklet" in result.stderr


def test_diagrams_writes_a_review_sheet_with_every_step(workspace: Path) -> None:
    from pypdf import PdfReader

    from booklet.model.content import load_content

    result = run("diagrams", cwd=workspace)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "output/sample-guide-diagrams.pdf\n"
    reader = PdfReader(workspace / result.stdout.strip())
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    steps = list(load_content(workspace / "content.yaml").steps())
    for number, step in enumerate(steps, start=1):
        if step.diagram is None:
            assert step.title not in text  # a step without a picture has no cell
            continue
        assert f"{number}. {step.title}" in text
        assert " ".join(step.diagram.alt.split()) in text
    assert "How to read the pictures" in text


def test_build_a_branded_large_print_a4_edition(workspace: Path, root: Path) -> None:
    import shutil

    shutil.copytree(root / "brands", workspace / "brands")
    result = run(
        "build",
        "--variant",
        "large-print",
        "--paper",
        "a4",
        "--brand",
        "brands/meadow/brand.yaml",
        cwd=workspace,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "output/sample-guide-meadow-large-print-a4.pdf",
        "output/sample-guide-meadow-large-print-a4.html",
    ]
    notes = [line for line in result.stderr.splitlines() if line.startswith("note: ")]
    # a co-brand: the pale colour is the band, its title in a darker shade, said once
    assert notes == [
        "note: brand colour #9BD3CB is pale: the cover band keeps it, with text in its "
        "darker shade #1B3D38 (7.1:1)"
    ]


def test_a_broken_brand_is_a_one_line_error(workspace: Path) -> None:
    brand = workspace / "brand.yaml"
    brand.write_text("name: A\nlogo: ../../etc/passwd.png\nlogo_alt: A logo\n")
    result = run("build", "--brand", "brand.yaml", cwd=workspace)
    assert result.returncode == 1
    assert result.stderr.startswith(
        "error: brand.yaml:2:7: logo: '../../etc/passwd.png' is outside"
    )
    assert "Traceback" not in result.stderr
    assert not (workspace / "output").exists()


def test_unknown_paper_is_refused_by_the_parser(workspace: Path) -> None:
    result = run("build", "--paper", "legal", cwd=workspace)
    assert result.returncode == 2
    assert "invalid choice: 'legal'" in result.stderr


def test_booklet_build_prints_each_file_it_writes(workspace: Path) -> None:
    result = run("build", "--booklet", "--paper", "a4", cwd=workspace)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "output/sample-guide-standard-booklet-a4.pdf",
        "output/sample-guide-standard-booklet-a4.html",
        "output/sample-guide-standard-booklet-a4-print.pdf",
        "output/sample-guide-standard-booklet-a4-how-to-print.pdf",
    ]


def test_bleed_needs_a_length_with_a_unit(workspace: Path) -> None:
    result = run("build", "--bleed", "3", cwd=workspace)
    assert result.returncode == 2
    assert "'3' is not a length (valid: 0 to 10mm with its unit, e.g. 3mm" in result.stderr


@pytest.mark.parametrize(
    ("choice", "suffixes"), [("pdf", [".pdf"]), ("html", [".html"]), ("both", [".pdf", ".html"])]
)
def test_format_chooses_the_pdf_the_html_edition_or_both(
    workspace: Path, choice: str, suffixes: list[str]
) -> None:
    result = run("build", "--format", choice, cwd=workspace)
    assert result.returncode == 0, result.stderr
    assert [Path(line).suffix for line in result.stdout.splitlines()] == suffixes


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        pytest.param(
            ["serve", "--port", "80000"],
            "argument --port: '80000' is not a port (valid: 1024 to 65535, or 0 for any free port)",
            id="port-too-big",
        ),
        pytest.param(
            ["build", "--bleed", "3cm"],
            "argument --bleed: '3cm' is more bleed than a print shop uses (valid: 0 to 10mm "
            "with its unit, e.g. 3mm or 0.125in)",
            id="bleed-too-big",
        ),
        pytest.param(
            ["build", "--bleed", "5"],
            "argument --bleed: '5' is not a length (valid: 0 to 10mm with its unit, e.g. 3mm "
            "or 0.125in)",
            id="bleed-without-unit",
        ),
    ],
)
def test_options_out_of_range_say_the_range(
    workspace: Path, arguments: list[str], message: str
) -> None:
    result = run(*arguments, cwd=workspace)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_running_outside_a_project_says_where_it_looked(tmp_path: Path) -> None:
    result = run("check", "--content", str(tmp_path / "x.yaml"), cwd=tmp_path)
    assert result.returncode == 1
    assert "there is no layouts folder at" in result.stderr
    assert "run booklet from the project folder, the one that holds layouts/ and fonts/, or " in (
        result.stderr
    )


def test_project_names_the_folder_of_layouts_and_fonts(workspace: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    content = workspace / "content.yaml"
    result = run("check", "--content", str(content), "--project", str(workspace), cwd=elsewhere)
    assert result.returncode == 0, result.stderr


def test_each_bleed_writes_its_own_print_shop_file(workspace: Path) -> None:
    first = run("build", "--format", "pdf", "--bleed", "3mm", cwd=workspace)
    second = run("build", "--format", "pdf", "--bleed", "5mm", "--crop-marks", cwd=workspace)
    assert first.stdout.strip().endswith("-print-shop-3mm.pdf")
    assert second.stdout.strip().endswith("-print-shop-5mm-crop.pdf")


def test_check_reports_reading_levels_and_strict_fails_on_a_miss(workspace: Path) -> None:
    result = run("check", cwd=workspace)
    assert result.returncode == 0
    assert "reading: whole booklet: grade " in result.stderr
    content = workspace / "content.yaml"
    content.write_text(
        content.read_text().replace(
            "Tick each box as you go.",
            "Subsequently, individuals experiencing considerable uncertainty regarding "
            "horticultural maintenance procedures should consult knowledgeable professionals.",
        )
    )
    relaxed = run("check", cwd=workspace)
    assert relaxed.returncode == 0 and "warning: content.yaml: Daily check reads above" in (
        relaxed.stderr
    )
    strict = run("check", "--strict", cwd=workspace)
    assert strict.returncode == 1
    assert "error: content.yaml: Daily check reads above its target" in strict.stderr
