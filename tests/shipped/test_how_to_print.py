"""Every shipped folded booklet's printing sheet: one page, naming both files it speaks of.

The sheet is laid out to fit its words (pictures narrow, titles run in); a long clinic
name or large print must never push a step onto a second page, and the full-page
edition it names is the file of that name that ``build-all`` writes beside it.
"""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from shipped_builds import EDITIONS, edition_id, shipped

from booklet.model.editions import edition_stem

pytestmark = pytest.mark.slow

BOOKLETS = [edition for edition in EDITIONS if edition.booklet]


@pytest.mark.parametrize("edition", BOOKLETS, ids=edition_id)
def test_the_sheet_is_one_page_naming_the_print_file_and_the_full_page_edition(edition) -> None:
    built = shipped(edition)
    sheet = built.pdf.with_name(f"{built.pdf.stem}-how-to-print.pdf")
    pages = PdfReader(sheet).pages
    assert len(pages) == 1
    lines = pages[0].extract_text().splitlines()
    assert not [line for line in lines if line.rstrip().endswith("-")]  # no word seems broken
    text = " ".join(" ".join(lines).split()).replace(" -", "-")  # broken before hyphens
    assert f"{built.pdf.stem}-print.pdf" in text
    brand = built.brand.slug if built.brand else None
    full = edition_stem(built.content.meta.slug, brand, edition.variant, built.variant.paper)
    assert any(  # the full-page edition of the same topic, clinic, type and paper is shipped
        not other.booklet
        and (other.content, other.brand, other.variant, other.paper)
        == (edition.content, edition.brand, edition.variant, edition.paper)
        for other in EDITIONS
    )
    assert f"{full}.pdf" in text
