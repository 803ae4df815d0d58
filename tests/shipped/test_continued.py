"""A safety list that a page end parts says so at both ends, in every shipped edition.

A reader must see every warning sign of a safety list (``Content.safety_titles``). Where
the plan cannot keep one on one page, the page it leaves ends "Continued on the next
page" and the next page opens with the list's title, continued; nothing else carries
those words.
"""

from __future__ import annotations

import re

import pytest
from shipped_builds import EDITIONS, Shipped, edition_id, page_lines, page_of, shipped, squeeze

pytestmark = pytest.mark.slow


def safety_lists(built: Shipped) -> list[tuple[str, int, int]]:
    """Each safety part with bullets: its title, its heading's page and its last item's."""
    content = built.content
    found = []
    pages = page_lines(built)
    safety = content.safety_titles()
    for section in content.sections:
        for part in [section, *section.subsections]:
            bullets = [block.bullets for block in part.blocks if block.bullets]
            if part.title not in safety or not bullets:
                continue
            heading, _ = page_of(pages, part.title, 2)  # after the cover and contents
            last, _ = page_of(pages, bullets[-1][-1], heading)
            found.append((part.title, heading, last))
    return found


def digitless(text: str) -> str:
    """Squeezed and without digits (a line may begin with one, and lines are squeezed)."""
    return re.sub(r"\d", "", squeeze(text))


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_a_safety_list_over_two_pages_says_it_goes_on(edition) -> None:
    built = shipped(edition)
    labels = built.content.labels
    pages = page_lines(built)
    continues = squeeze(labels.continues)
    parted = []
    for title, heading, last in safety_lists(built):
        head = digitless(labels.continued.replace("{title}", title))
        for page in range(heading, last):
            assert pages[page][-1] == continues, f"{title!r} goes on from page {page + 1} unsaid"
            opening = digitless("".join(pages[page + 1][:3]))
            assert opening.startswith(head), f"page {page + 2} lacks {head}"
            parted.append(page)
    cued = [number for number, lines in enumerate(pages) if continues in lines]
    assert cued == parted  # the words appear only where a safety list goes on


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_the_emergency_list_is_never_parted(edition) -> None:
    # the signs that mean "call 911" are read at once, on one page, in every edition
    built = shipped(edition)
    urgent = [
        (title, heading, last)
        for title, heading, last in safety_lists(built)
        if built.content.summary_kind(title) == "caution"
    ]
    if not urgent:
        pytest.skip("no emergency list")
    for title, heading, last in urgent:
        assert heading == last, f"{title!r} runs from page {heading + 1} to {last + 1}"
