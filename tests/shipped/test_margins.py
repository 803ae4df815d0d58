"""Nothing runs into the margins: every character of every page sits inside them.

A label or a clinic's name past the margin reaches the edge a printer cannot print, or
the trim; each page's text is read off the page and set against the layout's margins.
"""

from __future__ import annotations

import pdfplumber
import pytest
from shipped_builds import EDITIONS, edition_id, shipped

pytestmark = pytest.mark.slow

SLACK = 1.0
"""Points a glyph's box may reach past the margin (side bearings, rounding)."""


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_every_character_sits_inside_the_margins(edition) -> None:
    built = shipped(edition)
    margins = built.layout.page.margins
    side = min(margins.inner, margins.outer) - SLACK
    with pdfplumber.open(built.pdf) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            outside = [
                char["text"]
                for char in page.chars
                if char["text"].strip() and (char["x0"] < side or char["x1"] > page.width - side)
            ]
            assert not outside, f"page {number}: {''.join(outside)[:40]!r} past the margin"
