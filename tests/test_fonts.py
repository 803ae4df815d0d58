from pathlib import Path

import pytest

from booklet.errors import BookletError
from booklet.fonts import describe_characters, register_family
from booklet.layout import Fonts, load_layout


@pytest.fixture(scope="module")
def fonts(root: Path):
    layout = load_layout(root / "layouts" / "standard.yaml")
    return register_family(layout.fonts, root / "fonts")


def test_family_registers_four_faces(fonts) -> None:
    assert fonts.regular == "AtkinsonHyperlegible-Regular"
    assert fonts.bold == "AtkinsonHyperlegible-Bold"


def test_missing_characters(fonts) -> None:
    assert fonts.missing_characters("Foot care – “daily” ×5 café") == set()
    assert fonts.missing_characters("足 care ✓") == {"足", "✓"}


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


def test_licence_ships_with_the_fonts(root: Path) -> None:
    licence = (root / "fonts" / "OFL.txt").read_text()
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
