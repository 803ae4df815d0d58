"""The registry of overlay marks: one class a kind, with its fields, points and legend."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Group

from booklet.marks import MARKS, REPEAT, default_legend, legend_kinds, mark_kinds
from booklet.marks.base import Frame, Placement
from booklet.marks.circles import Circles
from booklet.marks.hand import Hand
from booklet.marks.rotate import Rotate
from booklet.marks.stroke import Stroke
from booklet.model.content import Diagram, Overlay, load_content
from booklet.model.layout import load_layout
from booklet.model.views import load_views
from booklet.render.styles import build_diagram_style

VIEWS = load_views(Path("/nonexistent")).views


@pytest.fixture(scope="module")
def style(root: Path, fonts_registered):
    return build_diagram_style(load_layout(root / "layouts" / "standard.yaml"), fonts_registered)


PICTURES = ("label", "hand", "sleeve", "mirror", "sight", "bend")
"""Kinds that explain themselves (words, a drawn hand, sleeve, mirror, eye or a callout
that draws the motion): no legend entry."""


def test_every_kind_has_a_unique_key_and_neutral_legend_words() -> None:
    kinds = mark_kinds()
    assert len(kinds) == len(set(kinds)) == len(MARKS)
    for mark in MARKS:
        if mark.kind not in PICTURES:
            assert mark.legend and default_legend(mark.kind) == mark.legend
    assert default_legend(REPEAT) == "How many times"
    assert legend_kinds()[-1] == REPEAT and "label" not in legend_kinds()


def test_the_overlay_model_offers_exactly_the_registered_kinds() -> None:
    assert list(Overlay.model_fields) == mark_kinds()
    overlay = Overlay.model_validate({"press": {"at": "ball"}})
    assert overlay.kind == "press" and overlay.mark.anchor() == "ball"
    assert list(overlay.points()) == [(("press", "at"), "ball")]


def test_a_stroke_points_at_every_place_on_its_path_and_labels_its_end() -> None:
    stroke = Stroke.model_validate({"path": ["heel", [0.5, 0.5], "ball"], "label": "Along"})
    assert [path for path, _ in stroke.points()] == [("path", 0), ("path", 1), ("path", 2)]
    assert stroke.anchor() == "ball" and stroke.caption() == "Along"


def test_a_dashed_stroke_is_a_lighter_broken_arrow_showing_the_way_on() -> None:
    view, style = VIEWS["sole"], _style_stub()
    place = Placement(view, Frame(0, 0, 1), style, ())
    solid = Stroke.model_validate({"path": ["heel", "arch"]}).draw(place)
    dashed = Stroke.model_validate({"path": ["heel", "arch"], "dashed": True}).draw(place)
    (halo, line, head), (dashed_halo, dashed_line, dashed_head) = solid.contents, dashed.contents
    assert line.strokeDashArray is None and dashed_line.strokeDashArray
    assert dashed_line.strokeWidth < line.strokeWidth and dashed_halo.strokeWidth < halo.strokeWidth
    assert _span(dashed_head.points) < _span(head.points)


def _span(points: list[float]) -> float:
    xs, ys = points[0::2], points[1::2]
    return max(max(xs) - min(xs), max(ys) - min(ys))


@pytest.mark.parametrize("mark", [mark for mark in MARKS if mark.kind not in PICTURES], ids=str)
def test_every_kind_with_a_legend_entry_draws_a_symbol(mark, style) -> None:
    symbol = mark.symbol(style, 30, 24)
    assert symbol and all(isinstance(group, Group) for group in symbol)


def test_circles_shrink_when_their_kin_sit_close() -> None:
    view = VIEWS["sole"]
    frame = Frame(0, 0, 1)
    circles = Circles.model_validate({"at": "toe-2"})
    alone = Placement(view, frame, _style_stub(), ())
    crowded = Placement(view, frame, _style_stub(), ((0, 0), (4, 0)))
    assert _radius_of(circles.draw(alone)) > _radius_of(circles.draw(crowded))


def _style_stub():
    from reportlab.lib.colors import black, white

    from booklet.marks.base import DiagramStyle

    return DiagramStyle(
        width=100, height=100, outline_width=1, detail_width=1, mark_width=2, mark_size=7,
        label_font="Helvetica", label_size=10, caption_font="Helvetica", badge_font="Helvetica",
        badge_size=10, fallback_font=None, figure_fill=white, figure_outline=black,
        figure_detail=black, figure_hand=white, mark=black, on_mark=white, label=black,
    )  # fmt: skip


def _radius_of(group: Group) -> float:
    xs = [x for item in group.contents for x in getattr(item, "points", [])[::2]]
    return max(xs) - min(xs)


def _hand_place(mirror: bool = False):
    content = load_content(Path(__file__).parent / "fixtures" / "sample" / "content.yaml")
    view = content.view(Diagram.model_validate({"view": "leaf", "alt": "a", "mirror": mirror}))
    return content.poses, Placement(view, Frame(10, 20, 2), _style_stub(), (), content.poses)


def test_a_hand_lands_with_its_grip_on_its_point_turned_and_scaled() -> None:
    poses, place = _hand_place()
    hand = Hand.model_validate({"pose": "glove", "at": "middle", "angle": 90, "scale": 0.5})
    _, where = hand.placement(place)
    assert where(poses["glove"].landmarks["grip"]) == pytest.approx(place.at("middle"))
    # the glove's fingertips point up in its file; turned 90° they point left
    above_grip = (30, 100)
    x, y = where(above_grip)
    assert x == pytest.approx(place.at("middle")[0] - 10 * 0.5 * 2)
    assert y == pytest.approx(place.at("middle")[1])


def test_a_hand_on_a_mirrored_view_is_mirrored_too() -> None:
    _, right = _hand_place()
    _, left = _hand_place(mirror=True)
    hand = Hand.model_validate({"pose": "glove", "at": "left-edge", "angle": 30})
    (r_outline, *_), (l_outline, *_) = hand.outlines(right), hand.outlines(left)
    width = right.view.width * right.frame.scale
    for (rx, ry), (lx, ly) in zip(r_outline, l_outline, strict=True):
        assert rx - right.frame.x == pytest.approx(width - (lx - left.frame.x))
        assert ry == pytest.approx(ly)


def test_a_hand_draws_its_behind_shapes_apart_from_its_front() -> None:
    _, place = _hand_place()
    hand = Hand.model_validate({"pose": "glove", "at": "middle"})
    behind, front = hand.draw_behind(place), hand.draw(place)
    assert len(behind.contents) == 1  # the one shape that passes behind
    assert len(front.contents) > 1


def test_a_ring_mark_sends_its_leader_out_through_its_side() -> None:
    view = VIEWS["sole"]
    place = Placement(view, Frame(0, 0, 1), _style_stub(), ())
    for kind in ("circles", "press", "avoid", "roll"):
        overlay = Overlay.model_validate({kind: {"at": "heel"}})
        assert overlay.mark.clearance(place) >= _style_stub().mark_size, kind
    assert Overlay.model_validate({"label": {"text": "x", "at": "heel"}}).mark.clearance(place) == 0


def test_a_turn_both_ways_is_one_ring_with_a_head_at_each_end() -> None:
    from booklet.marks.rotate import turning_arrow

    heads = [
        item
        for item in shapes_of(turning_arrow((0, 0), "both", _style_stub(), 30))
        if type(item).__name__ == "Polygon"
    ]
    assert len(heads) == 2


def test_the_lotion_wash_is_a_flat_tint_with_sparse_short_glints_not_a_hatch() -> None:
    from booklet.marks.tint import SHEEN_LENGTH, wash

    style = _style_stub()
    square = [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0)]
    fill, lines = wash(square, style).contents
    assert type(fill).__name__ == "Polygon" and fill.strokeColor is None
    assert lines.contents and all(type(line).__name__ == "Line" for line in lines.contents)
    assert all((line.x2 - line.x1) * (line.y2 - line.y1) < 0 for line in lines.contents)
    for line in lines.contents:  # short ticks, not lines across the figure
        length = math.hypot(line.x2 - line.x1, line.y2 - line.y1)
        assert length == pytest.approx(style.mark_size * SHEEN_LENGTH)
    ink = sum(math.hypot(ln.x2 - ln.x1, ln.y2 - ln.y1) * ln.strokeWidth for ln in lines.contents)
    assert ink < 100 * 100 * 0.03  # sparse: a few per cent of the area, a film not a sock


def shapes_of(group):
    for item in group.contents:
        if hasattr(item, "contents"):
            yield from shapes_of(item)
        else:
            yield item


def _grey(color) -> float:
    """What a black-and-white printer makes of ``color``, 0 to 1."""
    return 0.299 * color.red + 0.587 * color.green + 0.114 * color.blue


def test_the_lotion_tint_is_a_light_share_of_the_mark_colour_that_fades_out_with_no_line() -> None:
    """Where the wash stops it steps in tone from the skin to the full tint along uneven
    waves, each no higher than the stop, with no ruled edge: lotion, not a sock's top."""
    from dataclasses import replace

    from reportlab.lib.colors import HexColor

    from booklet.marks.tint import FEATHER_STEPS, TINGE, wash

    style = replace(
        _style_stub(),
        figure_hand=HexColor("#E1C0A6"),
        figure_fill=HexColor("#F5EEE6"),
        mark=HexColor("#13657D"),
    )
    square = [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0)]
    *bands, _sheen = wash(square, style, stop=60.0).contents
    assert 0.15 <= TINGE <= 0.25 and len(bands) == FEATHER_STEPS >= 3
    assert not any(type(item).__name__ == "Line" for item in bands)  # no ruled edge
    core = bands[-1].fillColor
    assert core.red == pytest.approx(1 + (style.mark.red - 1) * TINGE)
    assert _grey(core) - _grey(style.figure_hand) > 0.06  # a hand stands off it
    assert _grey(style.figure_fill) - _grey(core) > 0.08  # and so does it, in grey
    greys = [_grey(band.fillColor) for band in bands]
    assert _grey(style.figure_fill) > greys[0] > greys[1] > greys[-1]  # skin to full tint
    tops = []
    for band in bands:
        assert band.strokeColor is None
        xs, ys = band.points[0::2], band.points[1::2]
        top = [y for x, y in zip(xs, ys, strict=True) if 5 < x < 95 and y > 40]
        assert max(top) <= 60.0 + 1e-6  # never past the stop, onto the toe webs
        assert max(top) - min(top) > style.mark_size * 0.1  # a wave, not a ruled line
        tops.append(sum(top) / len(top))
    assert tops == sorted(tops, reverse=True)  # each fuller band stops lower


def test_small_not_here_marks_stay_open_and_leave_room_for_a_leader_dot() -> None:
    from booklet.marks.avoid import LEADER_DOT, Avoid, avoid_mark

    _, place = _hand_place()
    halo, ring, _bar = avoid_mark((0.0, 0.0), place.style, 0.2).contents
    assert ring.strokeWidth < ring.r / 2  # a ring, not a blob
    assert Avoid(at=(0.5, 0.5), size=0.2).clearance(place) >= halo.r + LEADER_DOT


def test_a_sleeve_lies_across_the_figure_where_its_line_crosses_it() -> None:
    from booklet.marks.sleeve import Sleeve

    place = Placement(VIEWS["sole"], Frame(0, 0, 1), _style_stub(), ())
    sleeve = Sleeve.model_validate({"across": [[-0.2, 0.1], [1.2, 0.1]]})
    assert sleeve.draw(place).contents and len(sleeve.outlines(place)) == 1
    missing = Sleeve.model_validate({"across": [[-0.4, -0.3], [-0.3, -0.4]]})
    assert not missing.draw(place).contents and missing.outlines(place) == []


def test_a_roll_is_a_ring_its_back_half_dashed_its_front_two_headed() -> None:
    from booklet.marks.roll import rolling_arrow

    ring = rolling_arrow((0, 0), _style_stub(), 1.2, 10)
    items = list(shapes_of(ring))
    assert sum(type(item).__name__ == "Polygon" for item in items) == 2
    assert any(getattr(item, "strokeDashArray", None) for item in items)


def test_a_roll_past_a_tip_moves_along_the_part_by_its_own_depth() -> None:
    """``past: 1`` sets the ring's solid front half just off its point, along its angle."""
    from booklet.marks.roll import FLATTEN, Roll

    place = Placement(VIEWS["top"], Frame(0, 0, 1), _style_stub(), ())
    at = place.at("toe-1")
    depth = 7 * 1.7 * FLATTEN
    assert Roll.model_validate({"at": "toe-1"}).centre(place) == at
    up = Roll.model_validate({"at": "toe-1", "past": 1}).centre(place)
    assert up == pytest.approx((at[0], at[1] + depth))
    left = Roll.model_validate({"at": "toe-1", "past": 2, "angle": 90}).centre(place)
    assert left == pytest.approx((at[0] - 2 * depth, at[1]))
    bottom = Roll.model_validate({"at": "toe-1", "past": 1}).draw(place).getBounds()[1]
    assert at[1] - 7 * 0.3 < bottom < at[1]  # the ring's foot there, its heads a little lower


def test_a_both_ways_ring_draws_its_far_half_behind_the_figure(style) -> None:
    """The back of the ring is drawn before the figure, so the leg breaks it."""
    view = load_views(Path("/nonexistent")).views["inner"]
    place = Placement(view, Frame(0, 0, 1), style)
    behind = Rotate(around="ankle", direction="both").draw_behind(place)
    (path,) = behind.contents
    ys, centre = path.points[1::2], view.landmarks["ankle"][1]
    assert max(ys) > centre and sum(y >= centre for y in ys) > 0.8 * len(ys)  # the far half
    assert Rotate(around="ankle").draw_behind(place).contents == []


def test_a_both_ways_rings_heads_both_lie_on_its_front_arc(style) -> None:
    """Both heads, tip and base, sit below the ring's centre: on the arc in front of the leg."""
    from booklet.marks.rotate import turning_arrow

    heads = [
        item
        for item in shapes_of(turning_arrow((0, 0), "both", style, 80.0))
        if type(item).__name__ == "Polygon"
    ]
    tips = [head.points[0] for head in heads]
    assert len(heads) == 2 and min(tips) < 0 < max(tips)  # one at each side, pointing apart
    for head in heads:
        assert all(y < 0 for y in head.points[1::2])


def test_a_both_ways_rings_far_half_is_a_thin_dashed_line_closing_the_ring(style) -> None:
    """The back reads as hidden: dashed, thinner than the front, meeting the front's ends."""
    from booklet.marks.rotate import far_half, turning_arrow

    (path,) = far_half((0, 0), 80, style).contents
    front = turning_arrow((0, 0), "both", style, 80.0)
    tips = sorted(item.points[0:2] for item in shapes_of(front) if type(item).__name__ == "Polygon")
    ends = sorted([path.points[0:2], path.points[-2:]])
    assert path.strokeDashArray and len(path.strokeDashArray) == 2
    assert path.strokeWidth < style.mark_width
    for end, tip in zip(ends, tips, strict=True):
        assert math.dist(end, tip) < 0.5


def test_a_both_ways_rings_heads_are_small_and_lie_along_the_ring(style) -> None:
    """Each head about 8 pt long, its point and the middle of its base on the ring."""
    import math

    from booklet.marks.rotate import turning_arrow

    rx = 80.0
    heads = [
        item
        for item in shapes_of(turning_arrow((0, 0), "both", style, rx))
        if type(item).__name__ == "Polygon"
    ]
    for head in heads:
        tip, one, two = (head.points[i : i + 2] for i in (0, 2, 4))
        base = ((one[0] + two[0]) / 2, (one[1] + two[1]) / 2)
        assert 6 <= math.dist(tip, base) <= 10
        for x, y in (tip, base):  # on the ellipse x²/rx² + y²/ry² = 1, ry = rx / 2
            assert (x / rx) ** 2 + (y / (rx / 2)) ** 2 == pytest.approx(1, abs=0.03)


def test_a_both_ways_rings_far_half_prints_in_greyscale(style) -> None:
    from booklet.marks.rotate import far_half
    from booklet.model.colors import contrast_ratio

    (path,) = far_half((0, 0), 80, style).contents
    assert path.strokeWidth >= 1
    assert contrast_ratio("#" + path.strokeColor.hexval()[2:], "#FFFFFF") >= 4.5


def test_the_legends_turn_symbol_is_the_pages_ring(style) -> None:
    """The key draws the same ring: a far half behind, a near half with a head at each end."""
    far, near = Rotate.symbol(style, 27, 21.6) or []
    assert len(far.contents) == 1 and not any(
        type(item).__name__ == "Polygon" for item in shapes_of(far)
    )
    assert sum(type(item).__name__ == "Polygon" for item in shapes_of(near)) == 2


def test_a_mirrors_glass_shows_the_figure_reversed_and_upright_however_it_leans() -> None:
    import math

    from booklet.marks.mirror import Mirror

    place = Placement(VIEWS["sole"], Frame(0, 0, 1), _style_stub(), ())
    for angle in (0.0, 34.0):
        glass = Mirror.model_validate({"at": [0.5, 0.5], "angle": angle}).draw(place)
        _rim, _glass, reflection, _glint = glass.contents
        _clip, upright = reflection.contents
        (copy,) = upright.contents
        turn = math.radians(angle)
        a, b, c, d = upright.transform[:4]  # turned back by the mirror's own lean
        assert (a, b, c, d) == pytest.approx(
            (math.cos(turn), -math.sin(turn), math.sin(turn), math.cos(turn))
        )
        x_scale, _, _, y_scale = copy.transform[:4]
        assert x_scale < 0 < y_scale  # left and right swapped, as in a mirror


@pytest.mark.parametrize("name", ["standard", "large-print"])
def test_the_lotion_swatch_in_the_legend_reads_at_3_to_1(root: Path, fonts_registered, name):
    """On the legend's pale panel the wash barely shows: a patch of skin, outlined as the
    figures are, frames it, and its glints carry it, in ink at 3:1 or more against the
    panel; the wash fades out toward the patch's top as in the pictures, with no ruled edge."""
    from reportlab.graphics.shapes import Line, Polygon

    from booklet.marks.tint import Tint
    from booklet.model.colors import contrast_ratio

    layout = load_layout(root / "layouts" / f"{name}.yaml")
    style = build_diagram_style(layout, fonts_registered)
    width = layout.diagrams.legend_symbol
    (group,) = Tint.symbol(style, width, width * 0.8)
    lines = [item for item in group.contents if isinstance(item, Line)]
    skin, *bands = [item for item in group.contents if isinstance(item, Polygon)]
    assert skin.fillColor == style.figure_fill and skin.strokeWidth >= style.outline_width
    assert contrast_ratio("#" + skin.strokeColor.hexval()[2:], layout.colors.accent_tint) >= 3
    assert len(bands) >= 3 and all(band.strokeColor is None for band in bands)
    assert max(bands[0].points[1::2]) < width * 0.8 - 2  # skin shows above the lotion
    inner = [line for line in lines if 2 < line.x1 < width - 2 and 2 < line.y1 < width * 0.8 - 2]
    assert len(inner) == len(lines) >= 3  # glints only: no ruled edge
    for line in lines:
        ink = "#" + line.strokeColor.hexval()[2:]
        assert contrast_ratio(ink, layout.colors.accent_tint) >= 3


@pytest.mark.parametrize(
    ("overlay", "message"),
    [
        (
            {"hand": {"pose": "flat-stroke", "at": [1.6, 0.5]}},
            "[1.6, 0.5] is far outside the picture "
            "(valid: a landmark, or x and y from -0.5 to 1.5)",
        ),
        (
            {"sleeve": {"across": [[0.1, -0.6], [0.9, 0.1]]}},
            "[0.1, -0.6] is far outside the picture (valid: x and y from -0.5 to 1.5)",
        ),
        (
            {"sight": {"path": [[-0.9, 0.3], "ball"]}},
            "[-0.9, 0.3] is far outside the picture "
            "(valid: a landmark, or x and y from -0.5 to 1.5)",
        ),
        (
            {"bend": {"at": [1.2, 0.9], "toe": "toe-2"}},
            "[1.2, 0.9] is outside the picture (valid: a landmark, or x and y from 0 to 1)",
        ),
    ],
    ids=["hand", "sleeve", "sight", "bend"],
)
def test_a_place_off_the_picture_is_refused_with_what_is_valid(overlay, message) -> None:
    with pytest.raises(ValueError) as raised:
        Overlay.model_validate(overlay)
    assert message in str(raised.value)
