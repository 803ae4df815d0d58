"""A look: an eye, and a dotted line from it, straight from point to point."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from pydantic import ValidationError
from reportlab.graphics.shapes import Circle, Polygon
from reportlab.graphics.shapes import Path as PathShape
from test_marks import _style_stub, shapes_of

from booklet.marks import legend_kinds
from booklet.marks.base import Frame, Placement
from booklet.marks.sight import EYE, Sight, eye_outline
from booklet.model.geometry import bounds, inside
from booklet.model.views import load_views

VIEWS = load_views(Path("/nonexistent")).views


def _place() -> Placement:
    return Placement(VIEWS["inner"], Frame(0, 0, 2), _style_stub(), ())


def _look(path: list) -> Sight:
    return Sight.model_validate({"path": path})


def test_the_eye_sits_on_the_first_point_and_the_arrow_ends_on_the_last() -> None:
    place = _place()
    group = _look([[-0.1, 0.3], [0.1, -0.1], "ball"]).draw(place)
    shapes = list(shapes_of(group))
    (head,) = [shape for shape in shapes if isinstance(shape, Polygon)]
    assert head.points[:2] == pytest.approx(list(place.at("ball")))
    iris = max((s for s in shapes if isinstance(s, Circle)), key=lambda circle: circle.r)
    assert (iris.cx, iris.cy) == pytest.approx(place.at((-0.1, 0.3)))


def test_a_label_on_the_look_starts_its_leader_past_the_arrowhead() -> None:
    # a leader's dot on the arrow's tip hides the point the look ends on
    place = _place()
    look = _look([[-0.1, 0.3], [0.1, -0.1], "ball"])
    group = look.draw(place)
    (head,) = [shape for shape in shapes_of(group) if isinstance(shape, Polygon)]
    corners = list(zip(head.points[0::2], head.points[1::2], strict=True))
    reach = max(math.dist(corner, place.at("ball")) for corner in corners)
    assert look.clearance(place) > reach


def test_the_line_is_dotted_straight_and_leaves_from_the_eyes_edge() -> None:
    place = _place()
    eye, glass = place.at((-0.1, 0.3)), place.at((0.1, -0.1))
    group = _look([[-0.1, 0.3], [0.1, -0.1], "ball"]).draw(place)
    halo, dots = group.contents[:2]
    assert isinstance(dots, PathShape) and dots.strokeDashArray is not None
    assert dots.strokeDashArray[0] < dots.strokeWidth  # round dots, not dashes
    assert halo.strokeDashArray is None
    assert 2 not in dots.operators  # no curve: a look runs straight (2: a Bézier)
    start = (dots.points[0], dots.points[1])
    half = place.style.mark_size * EYE
    assert 0.5 * half * 0.55 <= math.dist(start, eye) <= half  # on the almond's edge
    assert (dots.points[2], dots.points[3]) == pytest.approx(glass)  # the bounce, a corner


def test_the_eye_is_an_almond_wider_than_tall() -> None:
    style = _style_stub()
    left, bottom, right, top = bounds(eye_outline((0, 0), style))
    assert right - left == pytest.approx(2 * style.mark_size * EYE)
    assert 0 < top - bottom < (right - left) * 0.6


def test_labels_keep_off_the_eye_and_the_line() -> None:
    place = _place()
    outlines = _look([[-0.1, 0.3], [0.1, -0.1], "ball"]).outlines(place)
    assert len(outlines) == 3  # the eye, then a band along each leg of the look
    assert inside(place.at((-0.1, 0.3)), outlines[0])
    (ex, ey), (gx, gy) = place.at((-0.1, 0.3)), place.at((0.1, -0.1))
    assert inside(((ex + gx) / 2, (ey + gy) / 2), outlines[1])


def test_only_named_places_are_checked_on_the_figure_and_the_leader_goes_to_the_end() -> None:
    look = _look([[-0.1, 0.3], [0.1, -0.1], "ball"])
    assert list(look.points()) == [(("path", 2), "ball")]
    assert look.anchor() == "ball"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ([[-0.1, 0.3]], "a look needs at least 2 points, got 1"),
        ([[-0.9, 0.3], "ball"], "[-0.9, 0.3] is far outside the picture"),
    ],
)
def test_a_look_needs_an_eye_and_something_to_see_near_the_picture(
    path: list, message: str
) -> None:
    with pytest.raises(ValidationError, match=message.replace("[", r"\[").replace("]", r"\]")):
        _look(path)


def test_an_eye_explains_itself_and_has_no_legend_entry() -> None:
    assert "sight" not in legend_kinds()
    assert Sight.legend == ""
