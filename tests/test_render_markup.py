from datetime import date

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from booklet.render.markup import keep_ampersands, long_date, no_runt, prose_markup, to_markup


def test_plain_text_is_escaped_for_reportlab() -> None:
    assert to_markup("Foot & Ankle <Clinic>") == "Foot\u00a0&amp;\u00a0Ankle &lt;Clinic&gt;"


def test_an_ampersand_keeps_the_words_either_side() -> None:
    # "Riverside Foot & Ankle Clinic" never breaks as "Riverside Foot / & Ankle Clinic"
    assert keep_ampersands("Foot & Ankle") == "Foot\u00a0&\u00a0Ankle"
    assert keep_ampersands("R&D") == "R&D"


def test_double_asterisks_make_bold() -> None:
    assert to_markup("**Check** your feet **daily**.") == "<b>Check</b> your feet <b>daily</b>."


def test_dates_follow_the_content_language() -> None:
    assert long_date(date(2026, 11, 16), "en-US") == "November\u00a016,\u00a02026"
    assert long_date(date(2026, 11, 16), "es") == "16\u00a0de\u00a0noviembre\u00a0de\u00a02026"


def test_a_date_never_breaks_across_lines() -> None:
    assert " " not in long_date(date(2026, 11, 16), "en-US")


def test_a_number_keeps_the_word_after_it() -> None:
    from booklet.render.markup import to_markup

    assert to_markup("About 1 minute") == "About 1\u00a0minute"
    assert to_markup("Cerca de 2 minutos") == "Cerca de 2\u00a0minutos"
    assert to_markup("Page 2 of 10") == "Page 2\u00a0of 10"
    assert prose_markup("Page 2 of 10") == "Page 2\u00a0of\u00a010"  # and no lone last word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Check both feet every day.", "Check both feet every\u00a0day."),
        ("Dry between the toes.", "Dry between the\u00a0toes."),
        ("Wash and dry.", "Wash and dry."),  # too short to be a paragraph
        ("Ask about your neuropathy treatment.", "Ask about your neuropathy treatment."),
    ],
    ids=["joined", "short-words", "three-words", "too-long-to-join"],
)
def test_a_paragraph_never_ends_with_a_lone_word(text: str, expected: str) -> None:
    assert no_runt(text) == expected


def test_a_lone_last_word_stays_with_the_one_before_it_in_a_narrow_column(
    fonts_registered,
) -> None:
    style = ParagraphStyle("t", fontName="AtkinsonHyperlegible-Regular", fontSize=12, leading=15)
    text = "Check both feet every day in good light, and look between every toe."
    width = stringWidth(text[:-5], style.fontName, style.fontSize) + 2  # "toe." would wrap
    plain = Paragraph(text, style)
    plain.wrap(width, 1000)
    assert plain.blPara.lines[-1][1] == ["toe."]
    kept = Paragraph(prose_markup(text), style)
    kept.wrap(width, 1000)
    assert kept.blPara.lines[-1][1] == ["every\u00a0toe."]
