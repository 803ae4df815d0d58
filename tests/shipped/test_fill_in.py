"""Fill-in lines in the shipped editions: blank to write on, or written in by the brand.

A content file's fill-in line may name a clinic detail (``{label: Phone, clinic: phone}``);
a branded edition writes that detail on the line, so the reader's card is filled in
already, and an unbranded one leaves it blank. What is expected is read from the content
file and the brand file, and what is found is read off the page.
"""

from __future__ import annotations

import pdfplumber
import pytest
from shipped_builds import EDITIONS, edition_id, shipped, squeeze

from booklet.model.content import FillIn

pytestmark = pytest.mark.slow


def fill_ins(blocks: list) -> list[list[FillIn]]:
    return [block.fill_in for block in blocks if block.fill_in is not None]


def on_line(page: pdfplumber.page.Page, label: str, lines: int) -> str:
    """The text right of ``label`` on its line and the ``lines - 1`` lines above it."""
    (match, *_) = page.search(label, regex=False)
    height = match["bottom"] - match["top"]
    top = max(0, match["bottom"] - lines * height * 1.4)
    row = page.crop((match["x1"] + 1, top, page.width, match["bottom"] + 2))
    return squeeze(row.extract_text() or "")


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_fill_in_lines_carry_the_clinic_details_they_name(edition) -> None:
    built = shipped(edition)
    clinic = built.brand.brand.clinic() if built.brand else None
    groups = [
        fields
        for part in built.content.sections
        for blocks in (part.blocks, *(sub.blocks for sub in part.subsections))
        for fields in fill_ins(blocks)
    ]
    assert groups
    with pdfplumber.open(built.pdf) as pdf:
        for fields in groups:
            page = next(
                p for p in pdf.pages if all(f.label in (p.extract_text() or "") for f in fields)
            )
            for field in fields:
                value = squeeze(field.value(clinic) or "")
                if value:  # written in, on one line or over two or three
                    assert on_line(page, field.label, 3).endswith(value), field.label
                else:
                    assert on_line(page, field.label, 1) == "", field.label
    if clinic is not None:
        assert any(field.value(clinic) for fields in groups for field in fields)
