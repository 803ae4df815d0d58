"""The cover's illustration: drawn from the content's data, in the band's colours, kept in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.graphics.shapes import Group, Rect

from booklet.model.colors import contrast_ratio, relative_luminance
from booklet.model.content import load_content
from booklet.model.layout import load_layout
from booklet.pipeline import BuildRequest, build
from booklet.render.cover_art import cover_art_group, cover_colors, cover_style
from booklet.render.styles import build_diagram_style
from booklet.variant.resolve import Project, resolve_variant


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


@pytest.mark.parametrize("brand", [None, "meadow", "riverside"])
def test_the_cover_art_stands_off_the_band_and_its_hand_off_the_foot(
    brand: str | None, root: Path
) -> None:
    """The silhouette 3:1 on the band; a light foot and a darker hand, apart in greyscale.

    On a pale band the outline carries the silhouette (3:1); on a dark one, where no
    shade of the band's hue gets there, the light fills do.
    """
    brand_file = root / "brands" / brand / "brand.yaml" if brand else None
    colors = resolve_variant(Project(root), "standard", brand=brand_file).layout.colors
    art = cover_colors(colors)
    band = colors.cover_band
    if colors.band is not None:  # a clinic's pale colour
        assert contrast_ratio(art["outline"], band) >= 3.0
    for fill in (art["fill"], art["hand"]):
        assert max(contrast_ratio(art["outline"], band), contrast_ratio(fill, band)) >= 3.0
    assert contrast_ratio(art["hand"], art["fill"]) >= 1.5
    assert contrast_ratio(art["hand"], band) >= 1.8
    assert relative_luminance(art["fill"]) > relative_luminance(art["hand"])
    assert contrast_ratio(art["fill"], band) >= 1.5


def test_the_cover_art_fades_into_the_band_at_its_crop(root: Path, fonts_registered) -> None:
    """Veils of the band's colour over the top of the art box, one crop for arms and leg."""
    content = load_content(root / "content.yaml")
    layout = load_layout(root / "layouts" / "standard.yaml")
    style = cover_style(build_diagram_style(layout, fonts_registered), layout.colors)
    box = (300.0, 400.0, 580.0, 700.0)
    assert content.cover_art is not None
    group = cover_art_group(content.cover_art, content, style, box)
    veils = [shape for shape in group.contents if isinstance(shape, Group)][-1].contents
    assert veils and all(isinstance(veil, Rect) for veil in veils)
    assert all(veil.fillColor == style.backdrop for veil in veils)
    tops = {round(veil.y + veil.height, 3) for veil in veils}
    assert len(tops) == 1 and tops.pop() <= box[3] + 0.01
    clip = group.contents[0]
    assert clip.isClipPath
    left, bottom, right, _top = clip.getBounds()
    assert box[0] - 2 <= left and right <= box[2] + 2 and bottom >= box[1] - 2


@pytest.mark.parametrize("brand", [None, "meadow", "riverside"])
def test_on_any_band_the_skin_stays_skin_and_the_band_colours_the_sleeves(
    brand: str | None, root: Path
) -> None:
    """A clinic's mint must not dye the hands (green gloves): it dresses the sleeves."""
    import colorsys

    def hue(color: str) -> float:
        rgb = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        return colorsys.rgb_to_hls(*rgb)[0]

    brand_file = root / "brands" / brand / "brand.yaml" if brand else None
    colors = resolve_variant(Project(root), "standard", brand=brand_file).layout.colors
    art = cover_colors(colors)
    assert colors.figure_hand is not None
    skin = hue(colors.figure_hand)
    assert abs(hue(art["hand"]) - skin) < 0.04  # a warm skin hue, whatever the band's
    assert abs(hue(art["fill"]) - hue(colors.figure_fill)) < 0.04
    assert abs(hue(art["sleeve"]) - hue(colors.cover_band)) < 0.04
    assert contrast_ratio(art["sleeve"], colors.cover_band) >= 1.3


@pytest.mark.parametrize("topic", ["content.yaml", "topics/foot-neuropathy-es/content.yaml"])
def test_the_covers_sleeves_end_on_the_band_not_over_the_skin(
    root: Path, topic: str, fonts_registered
) -> None:
    """A sleeve's cuff fades out up the arm: over the leg it reads as the hand growing out
    of the foot, so each arm on the cover runs past the foot and its cuff lies on the band."""
    from booklet.marks.base import Frame, Placement
    from booklet.model.geometry import inside

    content = load_content(root / topic)
    assert content.cover_art is not None
    view = content.view(content.cover_art)
    layout = load_layout(root / "layouts" / "standard.yaml")
    style = build_diagram_style(layout, fonts_registered)
    place = Placement(view, Frame(0, 0, 1), style, (), content.poses)
    foot = view.outline()
    hands = [o.mark for o in content.cover_art.overlays if o.kind == "hand"]
    assert hands
    for hand in hands:
        assert hand.cuff is not None
        cuff = hand.outlines(place)[-1]
        assert not any(inside(point, foot) for point in cuff), hand.pose
