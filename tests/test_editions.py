"""The editions file: its paths stay in its folder, each mistake reported once, with its line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from booklet.model.editions import load_editions
from booklet.publish.build_all import build_all
from booklet.source.errors import BookletError
from booklet.variant.resolve import Project


def problems(path: Path) -> list[str]:
    with pytest.raises(BookletError) as caught:
        load_editions(path)
    return [str(problem) for problem in caught.value.problems]


def write(folder: Path, text: str) -> Path:
    path = folder / "editions.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            "  - contents: [../../../etc/passwd]\n",
            "3:16: editions[0].contents[0]: '../../../etc/passwd' is outside the editions "
            "file's folder (valid: a path inside it, such as topics/hand-care/content.yaml)",
            id="content-outside",
        ),
        pytest.param(
            "  - {contents: [content.yaml], brands: [/etc/hosts]}\n",
            "3:41: editions[0].brands[0]: '/etc/hosts' is outside the editions file's folder",
            id="brand-outside",
        ),
        pytest.param(
            "  - contents: [missing.yaml]\n",
            "3:16: editions[0].contents[0]: 'missing.yaml': file not found next to this file",
            id="missing",
        ),
        pytest.param(
            "  - {contents: [content.yaml], variants: [../layouts/x]}\n",
            "editions[0].variants[0]: string should match pattern",
            id="variant-path",
        ),
    ],
)
def test_paths_stay_inside_the_editions_folder(workspace: Path, line: str, expected: str) -> None:
    path = write(workspace, f"output: out\neditions:\n{line}")
    (problem,) = problems(path)
    assert problem.startswith(str(path)) and expected.lower() in problem.lower(), problem
    assert "root:" not in problem  # never another file's contents


def test_a_bad_path_used_by_many_editions_is_reported_once(workspace: Path) -> None:
    path = write(
        workspace,
        "editions:\n  - contents: [gone.yaml]\n    variants: [standard, large-print]\n"
        "    papers: [letter, a4]\n",
    )
    assert len(problems(path)) == 1


def test_output_outside_the_folder_is_refused(workspace: Path) -> None:
    path = write(workspace, "output: ../elsewhere\neditions:\n  - contents: [content.yaml]\n")
    (problem,) = problems(path)
    assert "1:9: output: '../elsewhere' is outside the editions file's folder" in problem


def test_two_editions_that_would_write_the_same_files_both_fail(workspace: Path) -> None:
    (workspace / "copy").mkdir()
    shutil.copy(workspace / "content.yaml", workspace / "copy" / "content.yaml")
    shutil.copytree(workspace / "views", workspace / "copy" / "views")
    path = write(
        workspace, "output: out\neditions:\n  - contents: [content.yaml, copy/content.yaml]\n"
    )
    summary = build_all(path, Project(workspace), jobs=1, say=lambda line: None)
    assert summary.built == []
    assert [outcome.key for outcome in summary.failed] == [
        "content.yaml|none|standard|letter|pages",
        "copy/content.yaml|none|standard|letter|pages",
    ]
    (error,) = summary.failed[0].errors
    assert error.startswith(
        "writes the same files (sample-guide-standard-letter.*) as "
        "copy/content.yaml|none|standard|letter|pages"
    )
    assert not (workspace / "out" / "sample-guide-standard-letter.pdf").exists()
