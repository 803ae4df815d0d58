"""How full each page of every shipped edition is, measured from the PDFs themselves.

Every edition in ``editions.yaml`` is built, and each page's fill (how far down the body
frame its text and drawings reach, see ``tests/pagefill.py``) is measured. No page may
be less than half full, except the cover, the notes page, the back page and the blank
pages that pad a folded booklet to a multiple of four.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pagefill import page_fills

from booklet.model.content import load_content
from booklet.model.editions import load_editions
from booklet.pipeline import BuildRequest, build
from booklet.variant.resolve import Project, resolve_variant

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
FLOOR = 0.5
EDITIONS = load_editions(ROOT / "editions.yaml").editions


def edition_id(edition) -> str:
    return edition.key


def notes_titles(content) -> set[str]:
    """Titles of the sections that hold ruled lines for notes: their pages may stay open."""
    return {
        part.title
        for part in content.sections
        if any(block.note_lines is not None for block in part.blocks)
    }


def measured(edition, out_dir: Path):
    project = Project(ROOT)
    variant = resolve_variant(
        project,
        edition.variant,
        paper=edition.paper,
        brand=edition.brand,
        booklet=edition.booklet,
    )
    request = BuildRequest(
        edition.content,
        edition.variant,
        out_dir,
        project,
        edition.paper,
        edition.brand,
        booklet=edition.booklet,
        format="pdf",
    )
    reading = build(request)[0]
    margins = variant.layout.page.margins
    return page_fills(reading, margins.top, margins.bottom)


def short_pages(edition, out_dir: Path) -> list[str]:
    fills = measured(edition, out_dir)
    notes = notes_titles(load_content(edition.content))
    return [
        f"page {fill.number}: {fill.fill:.0%}"
        for fill in fills[1:-1]  # the cover and the back page
        if not fill.blank
        and not any(fill.text.lstrip().startswith(title) for title in notes)
        and fill.fill < FLOOR
    ]


def test_the_measure_sees_a_full_and_an_empty_frame(tmp_path: Path) -> None:
    # the tracker fills its page; the padding blanks of a folded booklet are empty
    edition = next(item for item in EDITIONS if item.booklet)
    fills = measured(edition, tmp_path)
    content = load_content(edition.content)
    week = content.labels.tracker_week
    assert max(fill.fill for fill in fills if week in fill.text) > 0.9
    assert all(fill.fill == 0 for fill in fills if fill.blank)


@pytest.mark.xfail(
    reason="issue 12, item 2: pagination does not yet fill every page (see the README)",
    strict=False,
)
@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_no_page_is_less_than_half_full(edition, tmp_path: Path) -> None:
    assert short_pages(edition, tmp_path) == []
