"""The cover's illustration: drawn from the content's data, in the band's colours, kept in it."""

from __future__ import annotations

from pathlib import Path

from booklet.model.layout import load_layout
from booklet.pipeline import BuildRequest, build
from booklet.render.cover_art import cover_style
from booklet.render.styles import build_diagram_style


def _rgb(color) -> tuple[float, ...]:
    return tuple(round(c, 2) for c in color)


def _cover_fills(page, style) -> list[dict]:
    wanted = {_rgb(style.figure_fill.rgb()), _rgb(style.figure_hand.rgb())}
    return [
        curve
        for curve in page.curves
        if curve.get("non_stroking_color") and _rgb(curve["non_stroking_color"]) in wanted
    ]


def test_the_cover_draws_the_figure_and_its_hand_light_on_the_band(
    plumber, root: Path, fonts_registered
) -> None:
    layout = load_layout(root / "layouts" / "standard.yaml")
    style = cover_style(build_diagram_style(layout, fonts_registered), layout.colors)
    cover = plumber.pages[0]
    fills = _cover_fills(cover, style)
    colours = {_rgb(curve["non_stroking_color"]) for curve in fills}
    assert colours == {_rgb(style.figure_fill.rgb()), _rgb(style.figure_hand.rgb())}
    band_bottom = cover.height * layout.cover.band_height
    left = layout.cover.art.box[0]
    for curve in fills:  # in the art box's part of the band (an arm may run off its top)
        assert curve["x1"] >= cover.width * left - 1
        assert curve["bottom"] <= band_bottom + 0.5
    assert not any(curve.get("mcid") is not None for curve in fills)  # an artifact


def test_without_cover_art_the_band_keeps_its_rings(
    tmp_path: Path, sample: Path, project, fonts_registered, root: Path
) -> None:
    import pdfplumber

    text = (
        sample.read_text().split("\ncover_art:")[0]
        + "\nsections:"
        + sample.read_text().split("\nsections:", 1)[1]
    )
    plain = tmp_path / "content.yaml"
    plain.write_text(text)
    (tmp_path / "views").symlink_to(sample.parent / "views")
    (pdf,) = build(BuildRequest(plain, "standard", tmp_path / "out", project))
    layout = load_layout(root / "layouts" / "standard.yaml")
    style = cover_style(build_diagram_style(layout, fonts_registered), layout.colors)
    with pdfplumber.open(pdf) as document:
        cover = document.pages[0]
        assert _cover_fills(cover, style) == []
        rings = [c for c in cover.curves if not c["fill"] and abs(c["width"] - c["height"]) < 0.5]
        assert len(rings) == layout.cover.rings.count
