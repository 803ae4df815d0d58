"""How full each page of a PDF is: the share of the text frame that its content reaches.

A page's fill is measured from the top of the body frame down to the lowest text or
drawing above the footer, as a share of the frame's height, from the page itself
(pdfplumber's characters, rectangles, lines, curves and images), not from the layout
engine, so it sees what a reader sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfcheck import text_lines


@dataclass(frozen=True)
class PageFill:
    number: int
    fill: float
    """0 for an empty frame, 1 for content down to the frame's foot."""
    text: str
    blank: bool
    """Nothing at all on the page (a padding page)."""


def page_fills(
    path: Path, top: float, bottom: float, furniture: frozenset[str] = frozenset()
) -> list[PageFill]:
    """Each page's fill, for a body frame ``top`` pt below the top and ``bottom`` above the foot.

    A line of text in ``furniture`` (its characters run together, no spaces) does not
    count: a cue set at the frame's foot ("Continued on the next page") fills nothing.
    """
    fills = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            foot = page.height - bottom
            skipped = [line["top"] for line in text_lines(page) if line["text"] in furniture]
            objects = [
                *(
                    char
                    for char in page.chars
                    if char["text"].strip()
                    and not any(abs(char["top"] - at) <= 2.0 for at in skipped)
                ),
                *page.rects,
                *page.lines,
                *page.curves,
                *page.images,
            ]
            inside = [item["bottom"] for item in objects if item["top"] < foot - 1]
            lowest = min(max(inside, default=top), foot)
            fills.append(
                PageFill(
                    number,
                    max(0.0, (lowest - top) / (foot - top)),
                    page.extract_text() or "",
                    not objects,
                )
            )
    return fills
