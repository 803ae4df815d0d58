"""Where the story puts the full disclaimer, read from a layout's contents entries."""

from __future__ import annotations

import pytest

from booklet.model.content import Content
from booklet.render.story import forms_want_spread


def entries(pages: dict[str, int]) -> list[tuple[str, int, str]]:
    return [(title, page, f"heading-{page}") for title, page in pages.items()]


@pytest.mark.parametrize(
    ("tracker", "disclaimer", "notes", "expected"),
    [
        pytest.param(23, 25, 26, True, id="two-pages-from-a-right-hand-page"),
        pytest.param(24, 26, 27, False, id="already-on-a-left-hand-page"),
        pytest.param(23, 24, 25, False, id="one-page-tracker"),
        pytest.param(23, 25, 25, True, id="disclaimer-shares-the-notes-page"),
    ],
)
def test_a_two_page_form_on_a_right_hand_page_wants_the_disclaimer_first(
    sample_content: Content, tracker: int, disclaimer: int, notes: int, expected: bool
) -> None:
    sections = sample_content.sections
    form = next(s.title for s in sections if any(b.tracker for b in s.blocks))
    last = sections[-1].title
    titles = {sections[0].title: 3, form: tracker, sample_content.disclaimer.title: disclaimer}
    titles[last] = notes
    assert forms_want_spread(sample_content, entries(titles)) is expected


def test_the_disclaimer_after_something_else_stays_where_it_is(sample_content) -> None:
    sections = sample_content.sections
    pages = {section.title: 3 + 2 * index for index, section in enumerate(sections)}
    assert not forms_want_spread(sample_content, entries(pages))
