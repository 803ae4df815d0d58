"""Ruled lines for notes: filling the rest of a page, and going on when it is too little."""

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak

from booklet.render.ruled import FillRest, RunningHead


def test_fill_rest_fills_or_counts() -> None:
    assert FillRest(30, None, 1, None).wrap(200, 333) == (200, 333)
    assert FillRest(30, None, 1, 4).wrap(200, 333) == (200, 120)


def test_fill_rest_with_too_few_lines_goes_on_over_the_next_page(fonts_registered) -> None:
    # a frame with room for 3 lines of 30 pt, where at least 6 are wanted: the page keeps
    # its 3 lines and a whole page of them follows
    lines = FillRest(30, None, 1, None, least=6)
    assert lines.wrap(200, 100)[1] > 100  # too tall: the frame asks it to split
    here, page_break, rest = lines.split(200, 100)
    assert here.wrap(200, 100) == (200, 90)
    assert isinstance(page_break, PageBreak)
    assert rest.wrap(200, 700) == (200, 700)
    # with room for enough lines it just fills the rest, and never splits
    assert FillRest(30, None, 1, None, least=3).wrap(200, 100) == (200, 100)
    assert FillRest(30, None, 1, None, least=3).split(200, 100) == []
    # where no line fits, they all go to the next page
    assert len(FillRest(30, None, 1, None, least=6).split(200, 20)) == 2


def test_fill_rest_leaves_its_reserve_at_the_foot_of_its_last_page(fonts_registered) -> None:
    lines = FillRest(30, None, 1, None, least=3)
    lines.reserve = 100
    assert lines.wrap(200, 333) == (200, 233)  # room for what follows it on its page
    # with too few lines left above the reserve, it goes on over the next page, and
    # leaves the reserve there
    assert lines.wrap(200, 150)[1] > 150
    here, _, rest = lines.split(200, 150)
    assert here.wrap(200, 150) == (200, 150)
    assert rest.wrap(200, 700) == (200, 600)


def test_a_page_the_notes_go_on_over_has_their_running_head(fonts_registered) -> None:
    style = ParagraphStyle("head", fontName="Helvetica", fontSize=10, leading=12)

    def head() -> RunningHead:
        return RunningHead("My notes, continued", style)

    lines = FillRest(30, None, 1, None, least=6, head=head)
    here, page_break, running, rest = lines.split(200, 100)
    assert (here.count, isinstance(page_break, PageBreak)) == (3, True)
    assert isinstance(running, RunningHead) and running.getPlainText() == "My notes, continued"
    assert isinstance(rest, FillRest) and rest.count is None and rest.head is head
    # measured without a page end (kept with its introduction), the lines count as planned
    assert lines.wrap(200, 1e7) == (200, 180)
    lines.planned = 1
    assert lines.wrap(200, 1e7) == (200, 30)


def test_lines_to_the_foot_keep_off_the_footers_rule() -> None:
    # a line at the frame's very foot sits just over the footer's rule: a double rule
    from unittest.mock import MagicMock

    from booklet.render.ruled import FOOT_CLEAR

    for count, lowest in ((None, 30 * FOOT_CLEAR), (4, 0.0)):
        lines = FillRest(30, None, 1, count, least=3)
        lines.wrap(200, 120)
        lines.canv = MagicMock()
        lines.draw()
        heights = [call.args[1] for call in lines.canv.line.call_args_list]
        assert min(heights) >= lowest - 0.01
        assert heights == sorted(heights, reverse=True) and heights[0] == 90
