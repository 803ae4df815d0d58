"""The ``bend`` mark: a toe in profile in a round callout, bending up, then down."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from pydantic import ValidationError
from reportlab.graphics.shapes import Group, Polygon

from booklet.marks import legend_kinds, mark_kinds
from booklet.marks.base import DiagramStyle, Frame, Placement
from booklet.marks.bend import LARGEST, RADIUS, Bend
from booklet.marks.callout import tail_points
from booklet.model.content import Overlay
from booklet.model.geometry import inside
from booklet.model.views import load_views

VIEWS = load_views(Path("/nonexistent")).views


def _style() -> DiagramStyle:
    from reportlab.lib.colors import black, white

    return DiagramStyle(
        width=300, height=300, outline_width=1, detail_width=0.6, mark_width=2, mark_size=7,
        label_font="Helvetica", label_size=10, caption_font="Helvetica", badge_font="Helvetica",
        badge_size=10, fallback_font=None, figure_fill=white, figure_outline=black,
        figure_detail=black, figure_hand=white, mark=black, on_mark=white, label=black,
    )  # fmt: skip


def _place(scale: float = 3) -> Placement:
    """The top view at ``scale``: about 250 pt wide, room for the callout's full size."""
    return Placement(VIEWS["top"], Frame(0, 0, scale), _style(), ())


def _bend(**fields: object) -> Bend:
    overlay = Overlay.model_validate({"bend": {"at": [0.72, 0.95], "toe": "toe-1", **fields}})
    assert isinstance(overlay.mark, Bend)
    return overlay.mark


def _heads(group: Group) -> list[Polygon]:
    found: list[Polygon] = []
    for item in group.contents:
        if isinstance(item, Group):
            found += _heads(item)
        elif isinstance(item, Polygon) and len(item.points) == 6:
            found.append(item)
    return found


def _tips(bend: Bend, place: Placement) -> list[tuple[float, float]]:
    """Each arrowhead's point, in the drawing: the heads are the three-cornered shapes."""
    callout = bend.draw(place).contents[0]
    a, b, c, d, e, f = callout.transform
    points = [(head.points[0], head.points[1]) for head in _heads(callout)]
    return [(a * x + c * y + e, b * x + d * y + f) for x, y in points]


def test_bend_is_a_registered_kind_that_explains_itself() -> None:
    assert "bend" in mark_kinds() and "bend" not in legend_kinds()


def test_the_arrow_has_a_head_up_and_a_head_down_past_the_toes_tip() -> None:
    place = _place()
    bend = _bend()
    centre = place.at(bend.at)
    tips = _tips(bend, place)
    assert len(tips) == 2
    ys = sorted(y - centre[1] for _, y in tips)
    assert ys[0] < 0 < ys[1]  # one head below the toe, one above it
    r = bend.radius(place)
    assert all(x - centre[0] > 0.1 * r for x, _ in tips)  # round the tip, on its right
    assert all(math.dist(tip, centre) < r for tip in tips)  # inside the callout


def test_facing_left_turns_the_toe_and_its_arrow_the_other_way() -> None:
    place = _place()
    bend = _bend(facing="left")
    centre = place.at(bend.at)
    assert all(x < centre[0] for x, _ in _tips(bend, place))


def test_the_tail_ends_on_the_toe() -> None:
    place = _place()
    bend = _bend()
    centre, toe, r = place.at(bend.at), place.at(bend.toe), bend.radius(place)
    _, apex, _ = tail_points(centre, toe, r)
    heading = math.atan2(toe[1] - centre[1], toe[0] - centre[0])
    assert math.atan2(apex[1] - centre[1], apex[0] - centre[0]) == pytest.approx(heading)
    assert math.dist(apex, toe) == pytest.approx(0, abs=1e-9)


def test_on_a_small_picture_the_callout_shrinks_to_a_share_of_the_figures_width() -> None:
    # 84 pt wide: at its full size (20 pt across) it would cover the toes round its own
    place = _place(scale=1)
    xs = [x for x, _ in place.outline()]
    assert _bend(size=1.5).radius(place) == pytest.approx((max(xs) - min(xs)) * LARGEST)
    assert _bend(size=1.5).radius(_place()) == pytest.approx(7 * RADIUS * 1.5)


def test_the_raised_toe_is_a_faint_dashed_outline_above_the_toe_lying_flat() -> None:
    callout = _bend().draw(_place()).contents[0]
    dashed = [item for item in callout.contents if getattr(item, "strokeDashArray", None)]
    (raised,) = dashed
    body, nail = [item for item in callout.contents if isinstance(item, Polygon)]
    assert callout.contents.index(raised) < callout.contents.index(body)  # behind it
    assert raised.getBounds()[3] > nail.getBounds()[3]  # its tip higher than the nail
    assert raised.strokeWidth < body.strokeWidth


def test_its_outlines_hold_everything_it_draws_so_labels_keep_clear() -> None:
    place = _place()
    bend = _bend(size=1.5)
    ring, tail = bend.outlines(place)
    assert bend.radius(place) == pytest.approx(7 * RADIUS * 1.5)
    x0, y0, x1, y1 = bend.draw(place).contents[0].getBounds()
    for corner in ((x0 + 1, (y0 + y1) / 2), (x1 - 1, (y0 + y1) / 2)):
        assert inside(corner, ring)
    assert len(tail) == 3
    assert bend.clearance(place) > bend.radius(place)


@pytest.mark.parametrize(
    ("fields", "where", "words"),
    [
        ({"size": 3}, ("bend", "size"), "less than or equal to 2"),
        ({"facing": "up"}, ("bend", "facing"), "'right'"),
        ({"at": [0.3, 1.4]}, ("bend", "at"), "outside the picture"),
        ({"at": "toe-1"}, ("bend", "toe"), "would cover the toe it shows"),
    ],
)
def test_its_fields_are_checked_where_they_are_written(fields, where, words) -> None:
    with pytest.raises(ValidationError) as caught:
        _bend(**fields)
    error = next(e for e in caught.value.errors() if e["loc"][: len(where)] == where)
    assert words in error["msg"]


def test_the_toe_must_be_on_the_figure_but_the_callout_may_stand_on_paper() -> None:
    bend = _bend(at=[0.95, 0.98])
    assert [path for path, _ in bend.points()] == [("toe",)]
    assert [path for path, _ in _bend(at="toes", toe="toe-1").points()] == [("at",), ("toe",)]
