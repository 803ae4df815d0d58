from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Spacer

from booklet.render.boxes import PinToBottom
from booklet.render.flowables import BalancedParagraph

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


def test_an_indented_flowable_too_wide_for_its_indent_stays_inside_the_frame() -> None:
    from reportlab.platypus import Spacer

    from booklet.render.boxes import Indented

    narrow = Indented(Spacer(200, 10), 48)
    narrow.wrap(316, 100)
    wide = Indented(Spacer(300, 10), 48)
    wide.wrap(316, 100)
    assert (narrow._offset, wide._offset) == (48, 16)
