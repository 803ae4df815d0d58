"""Broken and hostile inputs, end to end: each ends in located one-line errors from both
``check`` and ``build``, exit status 1, no traceback, and nothing written."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from booklet.cli import main

Edit = Callable[[Path], None]


def run(workspace: Path, *arguments: str) -> tuple[int, str]:
    """``booklet ARGUMENTS`` in-process from ``workspace``: the exit code and stderr."""
    stdout, stderr = io.StringIO(), io.StringIO()
    before = Path.cwd()
    os.chdir(workspace)
    try:
        code = main(list(arguments), stdout=stdout, stderr=stderr)
    finally:
        os.chdir(before)
    return code, stderr.getvalue()


SAMPLE_SECTIONS = (
    (Path(__file__).parent / "fixtures" / "sample" / "content.yaml")
    .read_text()
    .count("\n  - title:")
)


def replace(old: str, new: str, file: str = "content.yaml") -> Edit:
    def edit(workspace: Path) -> None:
        path = workspace / file
        text = path.read_text()
        assert old in text, old
        path.write_text(text.replace(old, new, 1))

    return edit


def append(text: str, file: str = "content.yaml") -> Edit:
    def edit(workspace: Path) -> None:
        path = workspace / file
        path.write_text(path.read_text() + text)

    return edit


PARAGRAPH = "Tick each box as you go."
CASES = [
    pytest.param(
        replace(PARAGRAPH, "\"{{ 'x' * 999999999 }}\""),
        "template not allowed: arithmetic",
        id="template-string-bomb",
    ),
    pytest.param(
        replace(
            PARAGRAPH,
            "'{% for a in clinic.name %}{% for b in clinic.name %}x{% endfor %}{% endfor %}'",
        ),
        "template not allowed: loops",
        id="template-nested-loops",
    ),
    pytest.param(
        replace("labels:\n", "labels:\n  page: '{pages:>900000000}'\n"),
        "labels.page: '{pages:>900000000}' uses {pages:>900000000}, which is not a placeholder",
        id="label-format-bomb",
    ),
    pytest.param(
        replace("labels:\n", "labels:\n  page: 'Page {page} of {pages} {nope}'\n"),
        "uses {nope}, which is not a placeholder",
        id="label-unknown-placeholder",
    ),
    pytest.param(
        replace(PARAGRAPH, "x" * 200_000),
        "is 200000 characters long (valid: at most 5000 characters)",
        id="huge-paragraph",
    ),
    pytest.param(
        replace("sections:\n", "sections:\n" + "  - {title: S, blocks: [{paragraph: p}]}\n" * 150),
        f"sections: has {SAMPLE_SECTIONS + 150} items (valid: at most 100)",
        id="thousands-of-sections",
    ),
    pytest.param(
        append("deep: " + "[" * 500 + "]" * 500 + "\n"),
        "nests more than 40 levels deep (valid: at most 40)",
        id="deep-nesting",
    ),
    pytest.param(
        replace("language: en-US", "language: xx-XX"),
        "meta.language: 'xx-XX' is not a language booklet can write dates in",
        id="unknown-locale",
    ),
    pytest.param(
        replace(PARAGRAPH, '"Tick\\e[31m each box"'),
        "contains the control character U+001B",
        id="escape-character",
    ),
    pytest.param(
        replace(
            "  body:           {size: 13.5,", "  body:           {size: 0,", "layouts/standard.yaml"
        ),
        "text.body.size: 0 is out of range (greater than or equal to 6)",
        id="zero-font-size",
    ),
    pytest.param(
        replace("inner: 0.95in, outer: 0.95in", "inner: 5in, outer: 5in", "layouts/standard.yaml"),
        "page.margins: leave a text area of 0 × 655.2 pt on letter paper",
        id="margins-wider-than-the-page",
    ),
    pytest.param(
        append("\n" + "x" * 1_100_000 + ": 1\n"),
        "bytes (valid: at most 1,000,000 bytes)",
        id="file-too-big",
    ),
]


@pytest.mark.parametrize(("edit", "expected"), CASES)
@pytest.mark.parametrize("command", ["check", "build"])
def test_hostile_input_ends_in_a_located_error(
    workspace: Path, edit: Edit, expected: str, command: str
) -> None:
    edit(workspace)
    code, errors = run(workspace, command)
    assert code == 1, errors
    assert expected in errors
    assert all(line.startswith("error: ") for line in errors.splitlines()), errors
    assert "Traceback" not in errors
    output = workspace / "output"
    assert not output.exists() or not any(output.iterdir())


def test_a_hatch_label_builds(workspace: Path) -> None:
    replace("                - hatch: {}", "                - hatch: {label: All over}")(workspace)
    code, errors = run(workspace, "build", "--format", "pdf")
    assert code == 0, errors


def test_a_brand_with_every_detail_at_its_longest_still_builds(workspace: Path, root: Path) -> None:
    import shutil

    import yaml

    brand = workspace / "brand"
    shutil.copytree(root / "brands" / "riverside", brand)
    details = {
        "name": ("Wonderful " * 30).strip()[:300],
        "logo": "logo.png",
        "logo_alt": "A logo",
        "contact": {
            "phone": "5" * 290,
            "address": ("Long Road " * 29).strip(),
            "website": "https://" + "w" * 280 + ".example",
            "email": "e" * 280 + "@x.example",
            "hours": ("Mon " * 70).strip(),
        },
        "note": ("Note " * 55).strip(),
    }
    (brand / "brand.yaml").write_text(yaml.safe_dump(details))
    arguments = ["build", "--brand", "brand/brand.yaml", "--variant", "large-print"]
    code, errors = run(workspace, *[*arguments, "--booklet"])
    assert code == 0, errors  # check accepts it, so build must succeed


def test_a_layout_whose_sizes_cannot_fit_is_refused_by_check(workspace: Path) -> None:
    # found by the property test: check passed and build failed
    replace("callout_padding: 12", "callout_padding: 320", "layouts/standard.yaml")(workspace)
    code, errors = run(workspace, "check")
    assert code == 1
    assert errors.startswith(
        "error: layouts/standard.yaml: the content does not fit this layout's pages: something "
        "on page "
    )
