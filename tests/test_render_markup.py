from datetime import date

from booklet.render.markup import long_date, to_markup


def test_plain_text_is_escaped_for_reportlab() -> None:
    assert to_markup("Foot & Ankle <Clinic>") == "Foot &amp; Ankle &lt;Clinic&gt;"


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
