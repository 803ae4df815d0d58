import colorsys
from pathlib import Path

import pytest

from booklet.model.brand import Brand
from booklet.model.colors import contrast_ratio
from booklet.model.layout import load_layout
from booklet.variant.resolve import Project, branded_colors, resolve_variant

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def standard():
    return load_layout(ROOT / "layouts" / "standard.yaml")


def test_dark_brand_colours_are_used_as_they_are(standard) -> None:
    notes: list[str] = []
    brand = Brand.model_validate(
        {"name": "A", "colors": {"primary": "#084A85", "accent": "#E69138", "use": "everywhere"}}
    )
    colors = branded_colors(standard.colors, brand, notes.append)
    assert (colors.accent, colors.heading, colors.cover_band) == ("#084A85",) * 3
    assert colors.rule == standard.colors.rule
    # an orange between a dark band and white paper stands out from neither enough: no stripe
    assert colors.cover_stripe is None
    assert notes == [
        "brand accent #E69138 does not stand out from the cover band #084A85 and the paper "
        "#FFFFFF (2.5:1, 3:1 needed); leaving the stripe out"
    ]


def test_a_brand_colour_made_into_text_reaches_the_brand_text_contrast(standard) -> None:
    # #0B5394 serves the band and the marks as it is (4.5:1 with white text), but as
    # heading text on its own tint it is 6.7:1: headings take a shade that reaches 7:1
    notes: list[str] = []
    brand = Brand.model_validate(
        {"name": "A", "colors": {"primary": "#0B5394", "use": "everywhere"}}
    )
    colors = branded_colors(standard.colors, brand, notes.append)
    assert (colors.accent, colors.cover_band) == ("#0B5394", "#0B5394")
    assert colors.heading == "#0B508F"
    assert contrast_ratio(colors.heading, colors.accent_tint) >= 7
    assert notes == [
        "brand colour #0B5394 is too light for headings (6.7:1 against #E7EEF4, 7:1 needed); "
        "using the darker #0B508F (7.0:1)"
    ]


def test_an_accent_that_stands_out_is_the_stripe(standard) -> None:
    notes: list[str] = []
    brand = Brand.model_validate(
        {"name": "A", "colors": {"primary": "#14213D", "accent": "#C8702A", "use": "everywhere"}}
    )
    colors = branded_colors(standard.colors, brand, notes.append)
    assert colors.cover_stripe == "#C8702A"  # 4.4:1 against the band, 3.6:1 against the paper
    assert notes == []


def test_pale_brand_colours_are_darkened_and_said(standard) -> None:
    notes: list[str] = []
    brand = Brand.model_validate(
        {"name": "A", "colors": {"primary": "#9BD3CB", "use": "everywhere"}}
    )
    colors = branded_colors(standard.colors, brand, notes.append)
    assert contrast_ratio(colors.on_accent, colors.accent) >= 4.5
    assert contrast_ratio(colors.heading, colors.paper) >= 4.5
    assert contrast_ratio(colors.accent, colors.figure_fill) >= 3
    assert len(notes) == 3
    assert notes[0].startswith("brand colour #9BD3CB is too light for the cover band")
    assert "using the darker #" in notes[0]


def test_a_pale_brand_colour_is_a_tint_panel_behind_dark_text(standard) -> None:
    # co-branding, not recolouring: the cover band keeps the clinic's own pale colour and
    # its title is set in a darker shade of it; only that shade is used for text
    notes: list[str] = []
    brand = Brand.model_validate(
        {"name": "A", "colors": {"primary": "#9BD3CB", "use": "everywhere"}}
    )
    colors = branded_colors(standard.colors, brand, notes.append)
    assert colors.cover_band == "#9BD3CB"
    assert contrast_ratio(colors.cover_text, colors.cover_band) >= standard.colors.min_text_contrast
    assert colors.cover_text != colors.text and contrast_ratio(colors.cover_text, "#FFFFFF") > 4.5
    hue = colorsys.rgb_to_hls(*(int(colors.cover_text[i : i + 2], 16) / 255 for i in (1, 3, 5)))
    assert hue[0] == pytest.approx(
        colorsys.rgb_to_hls(155 / 255, 211 / 255, 203 / 255)[0], abs=0.02
    )
    assert notes[-1] == (
        f"brand colour #9BD3CB is pale: the cover band keeps it, with text in its darker shade "
        f"{colors.cover_text} ({contrast_ratio(colors.cover_text, '#9BD3CB'):.1f}:1)"
    )


def test_a_pale_accent_becomes_a_shade_that_stands_out_or_is_left_out(standard) -> None:
    brand = Brand.model_validate(
        {"name": "A", "colors": {"primary": "#9BD3CB", "accent": "#F6D186"}}
    )
    colors = branded_colors(standard.colors, brand, lambda note: None)
    stripe = colors.cover_stripe
    assert stripe is not None
    assert contrast_ratio(stripe, colors.cover_band) >= 3
    assert contrast_ratio(stripe, colors.paper) >= 3


def test_large_print_asks_for_seven_to_one(standard) -> None:
    large = load_layout(ROOT / "layouts" / "large-print.yaml")
    brand = Brand.model_validate(
        {"name": "A", "colors": {"primary": "#2E86C1", "use": "everywhere"}}
    )
    colors = branded_colors(large.colors, brand, lambda note: None)
    assert contrast_ratio(colors.on_accent, colors.accent) >= 7
    assert contrast_ratio(colors.heading, colors.paper) >= 7


def test_variant_applies_paper_and_brand() -> None:
    variant = resolve_variant(
        Project(ROOT), "large-print", paper="a4", brand=ROOT / "brands" / "riverside" / "brand.yaml"
    )
    assert variant.layout.name == "large-print"
    assert variant.paper == "a4" and variant.layout.page.dimensions[0] == pytest.approx(
        595.28, abs=0.01
    )
    assert variant.brand.brand.name == "Riverside Foot & Ankle Clinic"


def test_a_co_brand_keeps_the_house_colours_and_puts_the_clinics_on_the_cover(standard) -> None:
    # `use: cover`: headings, step numbers, marks and panels stay the layout's own; the
    # band is a pale tint of a dark clinic colour, its title in the colour's dark shade
    notes: list[str] = []
    brand = Brand.model_validate(
        {"name": "A", "colors": {"primary": "#0B5394", "accent": "#E69138", "use": "cover"}}
    )
    colors = branded_colors(standard.colors, brand, notes.append)
    house = standard.colors
    assert (colors.heading, colors.accent, colors.accent_tint) == (
        house.heading,
        house.accent,
        house.accent_tint,
    )
    assert colors.cover_band == "#B6CBDF"  # the palest tint 1.6:1 off the paper
    assert contrast_ratio(colors.cover_band, colors.paper) >= 1.6
    assert colors.cover_text == "#073865"
    assert contrast_ratio(colors.cover_text, colors.cover_band) >= 7
    # the orange that a dark band hid is a stripe again, in a shade that stands out
    stripe = colors.cover_stripe
    assert stripe is not None
    assert min(contrast_ratio(stripe, colors.cover_band), contrast_ratio(stripe, "#FFFFFF")) >= 3
    assert notes[0] == (
        "brand colour #0B5394 is too light for the title on the cover band (4.7:1 against "
        "#B6CBDF, 7:1 needed); using the darker #073865 (7.1:1)"
    )
