"""Large print by clear-print guidance, measured on every shipped large-print edition.

Heading levels at least 1.2 times apart and bold over regular body text; a footer of
one line; write-in lines and rules at 3:1 or more against the page; no date or phone
number broken across two lines. Sizes and words are read from the layout and content
the edition was built from, and checked against the characters on the pages.
"""

from __future__ import annotations

import re

import pdfplumber
import pytest
from shipped_builds import EDITIONS, LARGE_PRINT, Shipped, edition_id, page_text, shipped

from booklet.model.colors import contrast_ratio
from booklet.render.markup import long_date

pytestmark = pytest.mark.slow

LADDER = 1.2
"""Each heading level at least this many times the size of the level below it."""


def squeeze(text: str) -> str:
    """Text without white space, as pdfplumber's lines give it."""
    return re.sub(r"\s+", "", text)


def heading_sizes(built: Shipped, titles: list[str]) -> set[tuple[float, bool]]:
    """(size, bold) of every line that begins one of ``titles`` on the reading pages."""
    wanted = [squeeze(title) for title in titles]
    found = set()
    for lines in reading_pages(built):
        for line in lines:
            if len(line["text"]) > 3 and any(title.startswith(line["text"]) for title in wanted):
                found.add((line["size"], line["bold"]))
    return found


def reading_pages(built: Shipped) -> list[list[dict]]:
    """The lines of every reading page: not the cover, the contents or the back cover.

    Without a running head ("Do not massage if, continued"): page furniture, not a heading.
    """
    contents = squeeze(built.content.labels.contents)
    continued = squeeze(built.content.labels.continued.replace("{title}", ""))
    pages = [page.lines for page in page_text(built)[1:-1]]
    pages = [lines[_running_head_end(lines, continued) :] for lines in pages]
    return [lines for lines in pages if not lines or lines[0]["text"] != contents]


def _running_head_end(lines: list[dict], continued: str) -> int:
    """How many of a page's first lines are its running head (it may take two)."""
    for index, line in enumerate(lines[:3]):
        if line["text"].endswith(continued):
            return index + 1
    return 0


def titles(built: Shipped) -> dict[str, list[str]]:
    content = built.content
    subsections = [sub for section in content.sections for sub in section.subsections]
    blocks = [
        block
        for section in content.sections
        for block in [*section.blocks, *(b for sub in section.subsections for b in sub.blocks)]
    ]
    steps = [step.title for block in blocks if block.kind == "steps" for step in block.value]
    return {
        "h1": [section.title for section in content.sections],
        "h2": [sub.title for sub in subsections],
        "step_title": steps,
    }


@pytest.mark.parametrize("edition", LARGE_PRINT, ids=edition_id)
def test_heading_levels_are_clearly_distinct(edition) -> None:
    built = shipped(edition)
    text = built.layout.text
    # a step's title is a level of its own section's headings, as a subsection's is
    # (both are H3 in the structure): each level at least 1.2 times the next, down to
    # the body text
    ladder = [("cover_title", "h1"), ("h1", "h2"), ("h1", "step_title")]
    ladder += [("h2", "body"), ("step_title", "body")]
    for upper_role, role in ladder:
        upper, lower = getattr(text, upper_role).size, getattr(text, role).size
        assert upper >= LADDER * lower, f"{role} {lower} pt is too close to {upper} pt"
    for role, role_titles in titles(built).items():
        if role_titles:
            # every line of such a heading is set at its size, in bold
            assert heading_sizes(built, role_titles) == {(getattr(text, role).size, True)}
    body = [
        line for lines in reading_pages(built) for line in lines if line["size"] == text.body.size
    ]
    assert body and not all(line["bold"] for line in body)


def footer_lines(built: Shipped) -> list[tuple[int, list[str]]]:
    """Each page's lines below the body frame (the footer), but for the cover and blanks."""
    bottom = built.layout.page.margins.bottom
    result = []
    for number, page in enumerate(page_text(built)[1:], start=2):
        lines = [line["text"] for line in page.lines if line["top"] > page.height - bottom]
        if page.has_text:
            result.append((number, lines))
    return result


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_the_footer_is_one_line(edition) -> None:
    built = shipped(edition)
    disclaimer = built.content.disclaimer
    words = disclaimer.short
    if built.layout.footer.disclaimer == "brief" and disclaimer.brief:
        words = disclaimer.brief
    pages = footer_lines(built)
    assert pages
    for number, lines in pages:
        assert len(lines) == 1, f"page {number}: {lines}"
        assert squeeze(words) in lines[0]


def rgb_hex(color) -> str | None:
    if not isinstance(color, tuple) or len(color) != 3:
        return None
    return "#" + "".join(f"{round(part * 255):02X}" for part in color)


@pytest.mark.parametrize("edition", LARGE_PRINT, ids=edition_id)
def test_rules_and_write_in_lines_stand_off_the_page(edition) -> None:
    built = shipped(edition)
    paper = built.layout.colors.paper
    seen = set()
    with pdfplumber.open(built.pdf) as pdf:
        for page in pdf.pages[1:]:  # the cover's band is not the page
            for line in page.lines:
                color = rgb_hex(line.get("stroking_color"))
                if color is not None and color != paper:  # paper-coloured lines sit on tints
                    seen.add(color)
    assert built.layout.colors.rule in seen
    for color in seen:
        assert contrast_ratio(color, paper) >= 3.0, color


def wrapped(needle: str, built: Shipped) -> tuple[int, int]:
    """How often ``needle`` appears on one line, and how often at all, in the PDF."""
    needle = squeeze(needle)
    whole = broken = 0
    for page in page_text(built):
        lines = [line["text"] for line in page.lines]
        whole += sum(line.count(needle) for line in lines)
        broken += "".join(lines).count(needle)
    return whole, broken


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_no_date_or_phone_number_wraps(edition) -> None:
    built = shipped(edition)
    meta = built.content.meta
    needles = [long_date(meta.reviewed, meta.language), long_date(meta.next_review, meta.language)]
    if built.brand is not None and built.brand.brand.contact.phone:
        needles.append(built.brand.brand.contact.phone)
    for needle in needles:
        on_one_line, anywhere = wrapped(needle, built)
        assert anywhere > 0, needle
        assert on_one_line == anywhere, f"{needle!r} breaks across lines"
