from datetime import date

from booklet.render.markup import long_date, to_markup


def test_plain_text_is_escaped_for_reportlab() -> None:
    assert to_markup("Foot & Ankle <Clinic>") == "Foot &amp; Ankle &lt;Clinic&gt;"


def test_double_asterisks_make_bold() -> None:
    assert to_markup("**Check** your feet **daily**.") == "<b>Check</b> your feet <b>daily</b>."


def test_dates_follow_the_content_language() -> None:
    assert long_date(date(2026, 11, 16), "en-US") == "November 16, 2026"
    assert long_date(date(2026, 11, 16), "es") == "16 de noviembre de 2026"
