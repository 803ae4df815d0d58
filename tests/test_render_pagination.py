"""The pagination planner on small, measured chapters: where pages end, and how many."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from booklet.render.pagination import (
    Frame,
    PlannedBreak,
    last_page_fill,
    leaves_short_page,
    page_count,
    paginate,
    sum_height,
)
from booklet.render.ruled import FillRest

STYLE = ParagraphStyle("t", fontName="Helvetica", fontSize=10, leading=10, spaceAfter=0)


def frame(split_lines: int = 6) -> Frame:
    return Frame(300, 100, target=0.6, floor=0.55, slack=0, shrink=0, split_lines=split_lines)


def paragraph(lines: int) -> Paragraph:
    made = Paragraph("<br/>".join(["a line of words"] * lines), STYLE)
    made.may_split = True
    return made


def planned(chapter: list[Flowable], split_lines: int) -> list[Flowable]:
    return paginate(chapter, frame(split_lines), ())


def test_a_short_paragraph_is_never_split() -> None:
    # 60 pt, five lines (50 pt), 60 pt on 100 pt pages: whole, the lines need a page
    chapter = [Spacer(300, 60), paragraph(5), Spacer(300, 60)]
    assert page_count(chapter, frame(6)) == 3
    result = planned(chapter, 6)
    assert [type(item) for item in result].count(Paragraph) == 1  # never cut


def test_a_paragraph_of_split_lines_may_end_a_page_keeping_two_lines_each_side() -> None:
    # split, the same chapter takes two pages: 60 pt and three lines, two lines and 60 pt
    chapter = [Spacer(300, 60), paragraph(5), Spacer(300, 60)]
    assert page_count(chapter, frame(4)) == 2
    result = planned(chapter, 4)
    kinds = [type(item) for item in result]
    assert kinds.count(PlannedBreak) == 1
    first, second = (item for item in result if isinstance(item, Paragraph))
    assert first.wrap(300, 1000)[1] in (20, 30)  # two or three of the five lines
    assert second.wrap(300, 1000)[1] >= 20


def test_a_page_that_ends_in_ruled_lines_is_never_short() -> None:
    # 60, 30 and 20 pt, then lines planned at 30 pt that grow to fill their page: the
    # first page keeps 90 pt, as the lines make the second full (counted at 50 pt, it
    # would be under the floor, and the 30 pt block would move down to even them out)
    lines = FillRest(10, None, 1, None, least=3)
    chapter = [Spacer(300, 60), Spacer(300, 30), Spacer(300, 20), lines]
    result = planned(chapter, 6)
    breaks = [index for index, item in enumerate(result) if isinstance(item, PlannedBreak)]
    assert breaks == [2]


def test_the_height_of_blocks_on_one_page_counts_the_space_between() -> None:
    first, second = Spacer(300, 20), Spacer(300, 30)
    first.spaceAfter, second.spaceBefore = 6, 10
    assert sum_height([first, second], frame()) == 60
    assert not leaves_short_page([Spacer(300, 50), Spacer(300, 30)], frame())
    # 40 then 70 pt: the first page is under the floor (55 %), the last may be
    assert leaves_short_page([Spacer(300, 40), Spacer(300, 70)], frame())


def test_a_page_ends_inside_a_safety_list_only_to_keep_the_floor() -> None:
    # 40 pt, then a list of three 20 pt items, then 50 pt, on 100 pt pages: the first
    # page fills (40 + 60 | 50), the chapter's last page paying less for its room; where
    # that would leave the last page under the floor, the list splits (40 + 2 items |
    # 1 item + 50), unless a penalty for ending a page inside it, at a turn, is dearer
    def chapter(penalty: float) -> list[Flowable]:
        items = [Spacer(300, 20) for _ in range(3)]
        for item in items[:-1]:
            item.break_penalty = penalty
        return [Spacer(300, 40), *items, Spacer(300, 50)]

    def breaks(penalty: float, floor: float, first_page: int = 2) -> list[int]:
        lenient = Frame(300, 100, target=0.4, floor=floor, slack=0, shrink=0)
        result = paginate(chapter(penalty), lenient, (), first_page)
        return [index for index, item in enumerate(result) if isinstance(item, PlannedBreak)]

    assert breaks(0, 0.3) == [4]  # after the list
    assert breaks(5, 0.3) == [4]
    # where keeping it whole would leave a page under the floor, the list splits
    assert breaks(5, 0.55) == [3]
    # but not over a page turn (the first page odd): the floor gives way first
    assert breaks(5, 0.55, first_page=1) == [4]
    assert breaks(0, 0.55, first_page=1) == [3]  # an unpriced place ends a page anywhere


def test_each_chapter_knows_its_first_page_so_turns_fall_where_the_pages_do() -> None:
    # a chapter of 60 pt, a page break, then 40 pt and a two-item safety list (20 pt
    # each, a penalty between them) and 50 pt on 100 pt pages. The first chapter takes
    # page 2, so the second starts on the odd page 3, and ending it inside the list
    # (40 + one item | item + 50) would be a turn: the list stays whole on page 3.
    def body() -> list[Flowable]:
        first, second = Spacer(300, 20), Spacer(300, 20)
        first.break_penalty = 5
        return [Spacer(300, 60), PageBreak(), Spacer(300, 40), first, second, Spacer(300, 50)]

    def breaks(first_page: int) -> list[int]:
        lenient = Frame(300, 100, target=0.4, floor=0.55, slack=0, shrink=0)
        result = paginate(body(), lenient, (PageBreak,), first_page)
        return [index for index, item in enumerate(result) if isinstance(item, PlannedBreak)]

    assert breaks(first_page=2) == [5]  # page 3 is odd: after the list
    assert breaks(first_page=1) == [4]  # page 2 is even: a spread, the list may split


def test_the_last_page_fill_is_what_the_plan_leaves_on_the_chapters_last_page() -> None:
    # 60 pt, then 70 pt, on 100 pt pages: the second page holds 70 pt, 70% of the frame
    assert last_page_fill([Spacer(300, 60), Spacer(300, 70)], frame()) == 0.7
    assert last_page_fill([Spacer(300, 30)], frame()) == 0.3
    assert last_page_fill([], frame()) == 0.0


def cued_list(heights: list[float], cue: float) -> list[Flowable]:
    """A list of items that says so where a page ends inside it (all but its last)."""
    items: list[Flowable] = [Spacer(300, height) for height in heights]
    for item in items[:-1]:
        item.continued_by = (lambda: Spacer(300, cue), lambda: Spacer(300, cue))
    return items


def test_a_page_ending_inside_a_continued_list_says_so_at_both_ends() -> None:
    # 40 pt, a list of three 20 pt items, then 50 pt: the page ends after the second
    # item, with its foot ("continued on the next page"), and the next opens with its head
    items = cued_list([20, 20, 20], cue=10)
    chapter = [Spacer(300, 40), *items, Spacer(300, 50)]
    lenient = Frame(300, 100, target=0.4, floor=0.3, slack=0, shrink=0)
    result = paginate(chapter, lenient, ())
    heights = [item.wrap(300, 1000)[1] for item in result]
    kinds = [type(item) for item in result]
    assert kinds.index(PlannedBreak) == 4
    assert heights == [40, 20, 20, 10, 0, 10, 20, 50]
    assert result[1:3] == items[:2] and result[6] is items[2]


def test_a_continuation_without_a_foot_only_opens_the_next_page() -> None:
    # the same list, its cue only a head: the page ends after the second item with
    # nothing at its foot, and the next opens with the head
    items = cued_list([20, 20, 20], cue=10)
    for item in items[:-1]:
        item.continued_by = (None, lambda: Spacer(300, 10))
    chapter = [Spacer(300, 40), *items, Spacer(300, 50)]
    lenient = Frame(300, 100, target=0.4, floor=0.3, slack=0, shrink=0)
    result = paginate(chapter, lenient, ())
    assert [item.wrap(300, 1000)[1] for item in result] == [40, 20, 20, 0, 10, 20, 50]


def test_the_plan_counts_the_room_a_lists_continuation_takes() -> None:
    # 50 pt, items of 30 and 20 pt, 55 pt on 100 pt pages: ending the page inside the
    # list evens the pages (50 + 30 + cue | cue + 20 + 55) where a 10 pt cue fits; a
    # 25 pt cue would overfill both, so the list stays whole (50 + 30 + 20 | 55)
    def heights(cue: float) -> list[float]:
        chapter = [Spacer(300, 50), *cued_list([30, 20], cue), Spacer(300, 55)]
        result = paginate(chapter, Frame(300, 100, target=0.4, floor=0.3, slack=0, shrink=0), ())
        return [item.wrap(300, 1000)[1] for item in result]

    assert heights(10) == [50, 30, 10, 0, 10, 20, 55]
    assert heights(25) == [50, 30, 20, 0, 55]


def test_a_page_that_ends_inside_a_paragraph_is_as_full_as_the_next_page_allows() -> None:
    # fourteen lines, then an 80 pt block, on 100 pt pages: evening out the emptiness
    # would end the first page after seven lines; a sentence stopping above white space
    # costs more, so the first page takes eight, all the second can give up and keep
    # the target (60 %), and the room left falls where the paragraph ends
    chapter = [paragraph(14), Spacer(300, 80)]
    result = planned(chapter, 4)
    first, _ = (item for item in result if isinstance(item, Paragraph))
    assert first.wrap(300, 1000)[1] == 80
    assert [type(item) for item in result].count(PlannedBreak) == 2


def test_a_paragraph_under_a_heading_keeps_three_lines_on_the_headings_page() -> None:
    # 60 pt, a 20 pt heading kept with its paragraph of twelve lines, on 100 pt pages:
    # two lines would fill the first page exactly, but two lines under a heading at a
    # page's foot look stranded, so the heading and its paragraph start the next page
    heading = Spacer(300, 20)
    heading.keepWithNext = 1
    chapter = [Spacer(300, 60), heading, paragraph(12)]
    result = planned(chapter, 4)
    first_break = next(i for i, item in enumerate(result) if isinstance(item, PlannedBreak))
    assert result[first_break - 1] is chapter[0]
    parts = [item for item in result if isinstance(item, Paragraph)]
    assert all(part.wrap(300, 1000)[1] >= 30 for part in parts)


def test_the_room_a_chapter_leaves_gathers_before_a_block_not_inside_running_text() -> None:
    # eight 20 pt items, then an 80 pt block, on 100 pt pages: evening out the emptiness
    # would end the first page after four items (80 | 80 | 80); a page that stops inside
    # running text with room below costs more, so the first takes five (100 | 60 | 80)
    # and the room falls just before the block
    tall = ParagraphStyle("item", parent=STYLE, leading=20)
    chapter: list[Flowable] = [*(Paragraph("an item", tall) for _ in range(8)), Spacer(300, 80)]
    result = planned(chapter, 6)
    breaks = [index for index, item in enumerate(result) if isinstance(item, PlannedBreak)]
    assert breaks == [5, 9]
