"""Drawn hands read as skin: a warm tone near the foot's, pale nails inside the tips.

Grey hands with white-ringed nails and dark wrist bands read as gloves; these tests hold
the look the hand colours and the nail drawing were chosen for.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.graphics.shapes import Group
from reportlab.graphics.shapes import Path as RLPath

from booklet.marks.figure import figure_group, nail_color
from booklet.model.colors import contrast_ratio, relative_luminance
from booklet.model.content import load_content
from booklet.model.layout import load_layout
from booklet.render.styles import build_diagram_style


def _hex(color) -> str:
    return "#" + color.hexval()[2:].upper()


def test_the_hands_skin_is_close_to_the_foots_yet_apart_in_greyscale(root: Path) -> None:
    colors = load_layout(root / "layouts" / "standard.yaml").colors
    assert colors.figure_hand is not None
    ratio = contrast_ratio(colors.figure_hand, colors.figure_fill)
    assert 1.35 <= ratio <= 1.8  # apart in black and white, not a different person's
    red, _, blue = (int(colors.figure_hand[i : i + 2], 16) for i in (1, 3, 5))
    assert red - blue >= 40  # warm skin, not a grey paddle


def test_a_hands_nails_are_pale_and_not_ringed_by_the_outline(root: Path, fonts_registered) -> None:
    layout = load_layout(root / "layouts" / "standard.yaml")
    style = build_diagram_style(layout, fonts_registered)
    pose = load_content(root / "content.yaml").poses["flat-stroke"]
    nails = nail_color(style, style.figure_hand)
    group = figure_group(pose, (1, 0, 0, 1, 0, 0), 1.0, style.figure_hand, style, nails=nails)
    drawn = [item for item in _flat(group) if isinstance(item, RLPath) and item.fillColor == nails]
    assert len(drawn) == len(pose.accents) >= 4
    assert relative_luminance(_hex(nails)) > relative_luminance(_hex(style.figure_hand))
    assert all(item.strokeColor != style.figure_outline for item in drawn)


def _flat(group: Group) -> list[object]:
    out: list[object] = []
    for item in group.contents:
        out += _flat(item) if isinstance(item, Group) else [item]
    return out


def _rims(group: Group, paper) -> list[RLPath]:
    """Unfilled paths stroked in paper colour: a rim's bands."""
    return [
        item
        for item in _flat(group)
        if isinstance(item, RLPath)
        and item.fillColor is None
        and item.strokeColor == paper
        and item.strokeWidth > 0
    ]


def test_a_hand_on_a_tinted_figure_stands_on_a_paper_rim(root: Path, fonts_registered) -> None:
    """In greyscale a hand's outline alone does not part it from a tint: on a washed
    figure the hand and its cuff are each drawn on a paper band wider than the outline."""
    from dataclasses import replace

    from reportlab.lib.colors import white

    from booklet.marks.base import Frame, Placement
    from booklet.marks.hand import RIM
    from booklet.render.diagram import _marked

    style = build_diagram_style(load_layout(root / "layouts" / "standard.yaml"), fonts_registered)
    content = load_content(root / "content.yaml")
    step = next(s for s in content.steps() if s.diagram and any(
        o.kind == "tint" for o in s.diagram.overlays))  # fmt: skip
    view = content.view(step.diagram)
    place = Placement(view, Frame(0, 0, 0.5), style, (), content.poses)
    (hand,) = (o.mark for o in step.diagram.overlays if o.kind == "hand")
    scale = hand.placement(place)[1].scale
    assert _rims(hand.draw(place), white) == []
    bands = _rims(hand.draw(replace(place, washed=True)), white)
    assert len(bands) == 2  # round the hand, round its cuff
    for band in bands:
        assert band.strokeWidth * scale == pytest.approx(style.outline_width + 2 * RIM)
    drawn = _marked(step.diagram.overlays, view, place)  # the picture tells its hand
    assert len(_rims(drawn, white)) == 2
    untinted = [o for o in step.diagram.overlays if o.kind != "tint"]
    assert _rims(_marked(untinted, view, place), white) == []
