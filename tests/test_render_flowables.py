from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import PageBreak, Paragraph, Spacer

from booklet.render.boxes import PinToBottom
from booklet.render.flowables import BalancedParagraph, FillRest

STYLE = ParagraphStyle("t", fontName="AtkinsonHyperlegible-Regular", fontSize=20, leading=24)


def test_balanced_paragraph_keeps_line_count_and_evens_lines(fonts_registered) -> None:
    text = "Foot Neuropathy and Foot Massage"
    greedy = Paragraph(text, STYLE)
    greedy.wrap(300, 1000)
    balanced = BalancedParagraph(text, STYLE)
    balanced.wrap(300, 1000)
    assert len(balanced.blPara.lines) == len(greedy.blPara.lines) == 2
    widths = balanced.getActualLineWidths0()
    greedy_widths = greedy.getActualLineWidths0()
    assert max(widths) - min(widths) < max(greedy_widths) - min(greedy_widths)


def test_balanced_paragraph_never_leaves_a_lone_word(fonts_registered) -> None:
    # wherever "foot neuropathy?" fits on a line of its own, it goes down together
    text = "What is foot neuropathy?"
    full = stringWidth(text, STYLE.fontName, STYLE.fontSize)
    tail = stringWidth("foot neuropathy?", STYLE.fontName, STYLE.fontSize)
    for available in (tail + 1, (tail + full) / 2, full - 1):
        title = BalancedParagraph(text, STYLE)
        title.wrap(available, 1000)
        last = title.blPara.lines[-1]
        words = "".join(frag.text for frag in last.words) if hasattr(last, "words") else last[1]
        assert len(title.blPara.lines) == 2
        assert len(" ".join(words).split() if isinstance(words, list) else words.split()) == 2


def test_pin_to_bottom_takes_the_rest_of_the_frame() -> None:
    pinned = PinToBottom([Spacer(10, 30), Spacer(10, 20)])
    assert pinned.wrap(200, 500) == (200, 500)
    assert pinned.wrap(200, 40) == (200, 50)


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
