from pathlib import Path

import pytest

from booklet.model.layout import Fonts, load_layout
from booklet.source.errors import BookletError
from booklet.variant.fonts import describe_characters, register_family, with_fallback


@pytest.fixture(scope="module")
def fonts(root: Path):
    layout = load_layout(root / "layouts" / "standard.yaml")
    return register_family(layout.fonts, root / "fonts")


def test_family_registers_four_faces(fonts) -> None:
    assert fonts.regular == "AtkinsonHyperlegible-Regular"
    assert fonts.bold == "AtkinsonHyperlegible-Bold"


def test_missing_characters(fonts) -> None:
    assert fonts.missing_characters("Foot care – “daily” ×5 café") == set()


def test_describe_characters() -> None:
    assert describe_characters({"✓", "足"}) == "'✓' (U+2713), '足' (U+8DB3)"


def test_missing_font_file_is_a_clear_error(tmp_path: Path) -> None:
    fonts = Fonts(
        family="Missing",
        regular="Missing-Regular.ttf",
        bold="Missing-Bold.ttf",
        italic="Missing-Italic.ttf",
        bold_italic="Missing-BoldItalic.ttf",
    )
    with pytest.raises(BookletError, match=r"Missing-Regular\.ttf: cannot load font"):
        register_family(fonts, tmp_path)


def test_licences_ship_with_the_fonts(root: Path) -> None:
    for family in ("AtkinsonHyperlegible", "NotoSans"):
        assert list((root / "fonts").glob(f"{family}-*.ttf"))
        licence = (root / "fonts" / f"OFL-{family}.txt").read_text()
        assert "SIL Open Font License, Version 1.1" in licence or "SIL OPEN FONT LICENSE" in licence


def test_fallback_sets_missing_characters_in_the_fallback_face(fonts) -> None:
    assert with_fallback("Foot care", fonts.regular) == "Foot care"
    marked = with_fallback("Phòng khám <b>Sài Gòn ệ</b> &amp; ư", fonts.regular)
    assert marked == (
        'Phòng khám <b>Sài Gòn <font name="NotoSans-Bold">ệ</font></b> &amp; '
        '<font name="NotoSans-Regular">ư</font>'
    )
    assert with_fallback("ệ", fonts.bold) == '<font name="NotoSans-Bold">ệ</font>'


def test_only_characters_no_face_has_are_missing(fonts) -> None:
    assert fonts.missing_characters("Phòng khám Sài Gòn ệ ư") == set()
    assert fonts.missing_characters("足 ✓") == {"足", "✓"}
