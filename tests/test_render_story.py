"""Where the story breaks pages: a page turn cutting the tracker, sections that follow on."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest

from booklet.model.content import Content
from booklet.pipeline import BuildRequest, build
from booklet.render.seeds import Seed
from booklet.render.story import form_split_by_page_turn
from booklet.variant.resolve import Project


def seed(pages: dict[str, int], total: int, blank_pages: int = 0) -> Seed:
    ordered = sorted(pages.items(), key=lambda item: item[1])
    entries = tuple((title, page, f"heading-{page}") for title, page in ordered)
    return Seed(total, entries, blank_pages)


@pytest.mark.parametrize(
    ("tracker", "disclaimer", "notes", "total", "blank_pages", "expected"),
    [
        pytest.param(23, 25, 26, 28, 0, True, id="two-pages-from-a-right-hand-page"),
        pytest.param(24, 26, 27, 28, 0, False, id="two-pages-from-a-left-hand-page"),
        pytest.param(23, 24, 25, 26, 0, False, id="one-page-tracker"),
        pytest.param(23, 21, 25, 26, 0, True, id="the-notes-follow-it"),
        pytest.param(23, 21, 19, 25, 0, True, id="the-back-page-follows-it"),
        pytest.param(23, 21, 19, 28, 3, True, id="padding-follows-it"),
        pytest.param(23, 21, 19, 24, 0, False, id="one-page-before-the-back-page"),
    ],
)
def test_a_page_turn_cuts_a_two_page_tracker_that_starts_on_a_right_hand_page(
    sample_content: Content,
    tracker: int,
    disclaimer: int,
    notes: int,
    total: int,
    blank_pages: int,
    expected: bool,
) -> None:
    sections = sample_content.sections
    form = next(s.title for s in sections if any(b.tracker for b in s.blocks))
    pages = {sections[0].title: 3, form: tracker, sample_content.disclaimer.title: disclaimer}
    pages[sections[-1].title] = notes
    assert form_split_by_page_turn(sample_content, seed(pages, total, blank_pages)) is expected


def test_without_a_tracker_nothing_is_cut(sample_content: Content) -> None:
    sections = [s for s in sample_content.sections if not any(b.tracker for b in s.blocks)]
    content = sample_content.model_copy(update={"sections": sections})
    pages = {section.title: 3 + 2 * index for index, section in enumerate(sections)}
    assert not form_split_by_page_turn(content, seed(pages, 3 + 2 * len(sections)))


def first_lines(pdf: Path) -> list[str]:
    with pdfplumber.open(pdf) as document:
        return [(page.extract_text() or "").split("\n")[0] for page in document.pages]


@pytest.mark.parametrize(
    ("section_fill", "follows_on"),
    [pytest.param(0, False, id="every-new-page-kept"), pytest.param(1, True, id="follows-on")],
)
def test_a_new_page_section_follows_on_where_it_would_leave_a_page_short(
    workspace: Path, section_fill: float, follows_on: bool
) -> None:
    # "Looking after your plant" starts a new page in the content; with section_fill 1 no
    # page is full enough to end before it, so it follows on; the forms still start pages
    layout = workspace / "layouts" / "flowing.yaml"
    layout.write_text(
        f"extends: standard\nname: flowing\npagination: {{section_fill: {section_fill}}}\n"
    )
    request = BuildRequest(
        workspace / "content.yaml", "flowing", workspace / "out", Project(workspace)
    )
    request = replace(request, format="pdf")
    (pdf,) = build(request)
    firsts = first_lines(pdf)
    assert ("Looking after your plant" not in firsts) is follows_on
    assert "Weekly care" in firsts and "My notes" in firsts
