from pathlib import Path

import pytest

from booklet.errors import BookletError
from booklet.pipeline import BuildRequest, build
from booklet.variant import Project


def test_text_the_font_cannot_draw_fails_the_build_with_its_location(workspace: Path) -> None:
    content = workspace / "content.yaml"
    content.write_text(content.read_text().replace("Patient guide", "Patient guide 足", 1))
    with pytest.raises(BookletError) as caught:
        build(BuildRequest(content, "standard", workspace / "output", Project(workspace)))
    (problem,) = caught.value.problems
    assert problem.field == "meta.kicker"
    assert problem.line == 11
    assert "no glyph for '足' (U+8DB3)" in problem.message
    assert not (workspace / "output").exists() or not any((workspace / "output").iterdir())


def test_build_names_the_pdf_after_slug_and_layout(workspace: Path) -> None:
    path = build(
        BuildRequest(workspace / "content.yaml", "standard", workspace / "out", Project(workspace))
    )
    assert path == workspace / "out" / "foot-neuropathy-massage-standard-letter.pdf"
    assert path.read_bytes().startswith(b"%PDF-")
