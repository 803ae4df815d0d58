"""How full each page of every shipped edition is, and what is kept together, from the PDFs.

Every edition in ``editions.yaml`` is built, and each page's fill (how far down the body
frame its text and drawings reach, see ``tests/pagefill.py``) is measured. No page may
be less than half full, except the cover, the notes page, the back page and the blank
pages that pad a folded booklet to a multiple of four. And on every page, what the
pagination keeps together is found together: a heading with what follows it, a list's
introduction with its first item, the checklist's heading with its boxes, the legend
with the first step (where both fit on one page).
"""

from __future__ import annotations

import itertools
import re

import pdfplumber
import pytest
from pagefill import PageFill, page_fills
from pdfcheck import text_lines
from reportlab.pdfgen.canvas import Canvas
from shipped_builds import EDITIONS, Shipped, edition_id, page_lines, page_of, shipped, squeeze

from booklet.model.content import Block, Content, Section
from booklet.render.legend import Legend
from booklet.render.story import StoryBuilder
from booklet.render.styles import build_styles

pytestmark = pytest.mark.slow

FLOOR = 0.5


def notes_titles(content: Content) -> set[str]:
    """Titles of the sections that hold ruled lines for notes: their pages may stay open."""
    return {
        part.title
        for part in content.sections
        if any(block.note_lines is not None for block in part.blocks)
    }


def fills(built: Shipped) -> list[PageFill]:
    """Each page's fill; the cue at the foot of a page a safety list goes on from fills nothing.

    Measured once per edition: several tests ask.
    """
    if built.edition.key not in _FILLS:
        margins = built.layout.page.margins
        cue = frozenset({squeeze(built.content.labels.continues)})
        _FILLS[built.edition.key] = page_fills(built.pdf, margins.top, margins.bottom, cue)
    return list(_FILLS[built.edition.key])


_FILLS: dict[str, list[PageFill]] = {}


def short_pages(built: Shipped) -> list[str]:
    notes = notes_titles(built.content)
    return [
        f"page {fill.number}: {fill.fill:.0%}"
        for fill in fills(built)[1:-1]  # the cover and the back page
        if not fill.blank and not any(title in fill.text for title in notes) and fill.fill < FLOOR
    ]


def test_the_measure_sees_a_full_and_an_empty_frame(tmp_path) -> None:
    # the tracker fills its page
    edition = next(item for item in EDITIONS if item.booklet)
    built = shipped(edition)
    week = built.content.labels.tracker_week
    assert max(fill.fill for fill in fills(built) if week in fill.text) > 0.9
    # an empty page is empty, and a frame drawn down to its middle is half full
    path = tmp_path / "pages.pdf"
    canvas = Canvas(str(path), pagesize=(600, 800))
    canvas.showPage()
    canvas.rect(100, 400, 100, 300)  # the frame runs from 700 down to 100
    canvas.showPage()
    canvas.save()
    empty, half = page_fills(path, 100, 100)
    assert (empty.blank, empty.fill) == (True, 0)
    assert not half.blank and half.fill == pytest.approx(0.5, abs=0.01)


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_no_page_is_less_than_half_full(edition) -> None:
    assert short_pages(shipped(edition)) == []


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_the_cover_is_one_page(edition) -> None:
    built = shipped(edition)
    pages = page_lines(built)
    assert pages[1][0] == squeeze(built.content.labels.contents)


def parts(content: Content):
    """(title, blocks) of every section and subsection, in reading order."""
    for section in content.sections:
        yield section.title, section.blocks
        for sub in section.subsections:
            yield sub.title, sub.blocks


def steps_in(section: Section) -> bool:
    """Whether a section (or one of its subsections) holds steps."""
    parts_ = [section.blocks, *(sub.blocks for sub in section.subsections)]
    return any(block.steps for blocks in parts_ for block in blocks)


def first_text(block: Block) -> str | None:
    """The first words a block prints, where it is text."""
    if block.paragraph:
        return block.paragraph
    for items in (block.bullets, block.checklist):
        if items:
            return items[0]
    if block.tracker:
        return block.tracker[0].text
    if block.steps:
        return block.steps[0].title
    return None


def heading_page_of(pages: list[list[str]], title: str, start: int) -> int:
    """The page of a heading at or after ``start``; else after the contents page.

    The notes may come before the other forms at the end (see ``StoryBuilder._body``).
    """
    try:
        return page_of(pages, title, start)[0]
    except AssertionError:
        return page_of(pages, title, 2)[0]


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_headings_and_introductions_share_their_page(edition) -> None:
    built = shipped(edition)
    pages = page_lines(built)
    start = 2  # after the cover and the contents
    checked = 0
    for title, blocks in parts(built.content):
        first = next((text for block in blocks if (text := first_text(block))), None)
        if first is None:
            continue
        heading_page = heading_page_of(pages, title, start)
        follows_page, _ = page_of(pages, first, heading_page)
        assert follows_page == heading_page, f"{title!r} on page {heading_page + 1} alone"
        checked += 1
        start = heading_page
        for block, following in itertools.pairwise(blocks):
            item = first_text(following)
            if block.paragraph and item and following.kind in {"bullets", "checklist", "tracker"}:
                intro_end = re.sub(r"\*", "", block.paragraph.split()[-1])
                intro_page = next(
                    number
                    for number in range(heading_page, len(pages))
                    if any(squeeze(intro_end) in line for line in pages[number])
                )
                item_page, _ = page_of(pages, item, heading_page)
                assert item_page == intro_page, f"{block.paragraph[:30]!r} apart from its list"
                checked += 1
    assert checked > 5


def legend_and_step_one(built: Shipped) -> tuple[float, float, float]:
    """The legend's and step 1's natural heights, and the space between them, in points."""
    styles = build_styles(built.layout, built.fonts)
    builder = StoryBuilder(built.content, built.layout, styles, built.fonts, built.brand)
    legend = next(item for item in builder.story() if isinstance(item, Legend))
    width = built.layout.page.dimensions[0] - built.layout.page.margins.inner
    width -= built.layout.page.margins.outer
    _, legend_height = legend.wrap(width, 1e6)
    _, step_height = legend.following.wrap(width, 1e6)
    gap = max(legend.getSpaceAfter(), legend.following.getSpaceBefore())
    return legend_height, gap, step_height


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_the_legend_shares_its_page_with_step_one_or_faces_it(edition) -> None:
    built = shipped(edition)
    labels = built.content.labels
    steps = [block.steps for _, blocks in parts(built.content) for block in blocks if block.steps]
    if not steps:
        pytest.skip("no steps in this topic")
    margins = built.layout.page.margins
    with pdfplumber.open(built.pdf) as pdf:
        for number, page in enumerate(pdf.pages[2:], start=2):  # noqa: B007
            lines = text_lines(page)
            legend = [line for line in lines if squeeze(line["text"]) == squeeze(labels.legend)]
            if legend:
                break
        frame = page.height - margins.top - margins.bottom
        above = legend[0]["top"] - margins.top  # what the page holds before the legend
        pages = page_lines(built)
    legend_height, gap, step_height = legend_and_step_one(built)
    step_page, step_line = page_of(pages, steps[0][0].title, number)
    if above + legend_height + gap + step_height <= frame:
        assert step_page == number, "the legend and step 1 fit on one page but are apart"
    else:  # step 1 heads the next page, and the legend fills its own, facing it
        assert (step_page, step_line) == (number + 1, 0)
        fill = next(f for f in fills(built) if f.number == number + 1)
        assert fill.fill >= built.layout.pagination.legend_fill - 0.05
        if (number + 1) % 2 == 0:
            return
        # a page turn parts them only where the steps' section follows on from the page
        # before: starting it on a new page to face them would leave that one half empty
        title = next(s.title for s in built.content.sections if steps_in(s))
        opened, line = page_of(pages, title, 2)
        assert line > 0, f"a page turn parts the legend (page {number + 1})"
        assert next(f for f in fills(built) if f.number == opened + 1).fill >= FLOOR


def two_page_tracker(built: Shipped) -> tuple[Section, int, int, int]:
    """The tracker's section, the page it starts on, and the grid's page and line there.

    Skips the test where the tracker fits one page.
    """
    pages = page_lines(built)
    tracker = next(s for s in built.content.sections if any(b.tracker for b in s.blocks))
    start, _ = page_of(pages, tracker.title, 2)
    grid, line = page_of(pages, built.content.labels.tracker_week, start)
    if grid == start:
        pytest.skip("the tracker fits one page")
    return tracker, start, grid, line


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_a_two_page_tracker_lies_open_on_one_spread(edition) -> None:
    # the checks on a left-hand (even) page and the grid facing them: where they would
    # start on a right-hand page, the disclaimer's page moves before them (with the notes,
    # where it has too little to fill a page alone)
    _, start, grid, _ = two_page_tracker(shipped(edition))
    assert (start + 1) % 2 == 0, f"tracker on pages {start + 1}-{grid + 1}"


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_a_two_page_tracker_has_its_first_page_to_itself(edition) -> None:
    # nothing before its heading (the disclaimer would part its checks over the turn)
    built = shipped(edition)
    tracker, start, _, _ = two_page_tracker(built)
    assert page_lines(built)[start][0] == squeeze(tracker.title)


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_every_page_a_tracker_goes_on_over_opens_with_its_sections_title(edition) -> None:
    # a copy of any of its pages says what it is, whether the checks go on over the
    # page or the grid opens it
    built = shipped(edition)
    tracker, start, grid, _ = two_page_tracker(built)
    pages = page_lines(built)
    head = squeeze(built.content.labels.continued.replace("{title}", tracker.title))
    for page in range(start + 1, grid + 1):
        assert pages[page][0] == head, f"page {page + 1} opens with {pages[page][0]!r}"


@pytest.mark.parametrize("edition", EDITIONS, ids=edition_id)
def test_every_step_shares_its_page_with_its_picture(edition) -> None:
    # a step and its picture are kept together: the caption under the picture follows
    # the step's title on its page (a picture too tall for its step's page would part)
    built = shipped(edition)
    pages = page_lines(built)
    with pdfplumber.open(built.pdf) as pdf:  # words, where lines beside a picture interleave
        page_words = [{word["text"] for word in page.extract_words()} for page in pdf.pages]
    number, line, checked = 2, 0, 0
    for step in built.content.steps():
        if step.diagram is None:
            continue
        opening = squeeze(" ".join(step.title.split()[:2]))  # beside a picture, a title wraps
        number, line = next(
            (page, index)
            for page in range(number, len(pages))
            for index, text in enumerate(pages[page])
            if opening in text and (page, index) > (number, line)
        )
        words = page_words[number]
        caption = built.content.caption(step.diagram).split()
        assert all(word in words for word in caption), f"{step.title!r}: picture not on its page"
        checked += 1
    assert checked or not any(step.diagram for step in built.content.steps())
