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
        {"name": "A", "colors": {"primary": "#0B5394", "accent": "#E69138"}}
    )
    colors = branded_colors(standard.colors, brand, notes.append)
    assert (colors.accent, colors.heading, colors.stripe) == ("#0B5394", "#0B5394", "#E69138")
    assert colors.rule == standard.colors.rule
    assert notes == []


def test_pale_brand_colours_are_darkened_and_said(standard) -> None:
    notes: list[str] = []
    brand = Brand.model_validate({"name": "A", "colors": {"primary": "#9BD3CB"}})
    colors = branded_colors(standard.colors, brand, notes.append)
    assert contrast_ratio(colors.on_accent, colors.accent) >= 4.5
    assert contrast_ratio(colors.heading, colors.paper) >= 4.5
    assert contrast_ratio(colors.accent, colors.figure_fill) >= 3
    assert len(notes) == 2
    assert notes[0].startswith("brand colour #9BD3CB is too light for the cover band")
    assert "using the darker #" in notes[0]


def test_large_print_asks_for_seven_to_one(standard) -> None:
    large = load_layout(ROOT / "layouts" / "large-print.yaml")
    brand = Brand.model_validate({"name": "A", "colors": {"primary": "#2E86C1"}})
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
