"""A hand mirror beside the figure, its glass holding a small copy of the figure."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from test_marks import _style_stub, shapes_of

from booklet.marks.base import Frame, Placement
from booklet.marks.mirror import RADIUS, TILT, Mirror
from booklet.model.geometry import bounds
from booklet.model.views import load_views

FIGURES = load_views(Path("/nonexistent"))
VIEWS = FIGURES.views


def _place() -> Placement:
    return Placement(VIEWS["sole"], Frame(0, 0, 2), _style_stub(), ())


def test_the_glass_is_narrower_than_tall_and_sized_like_a_placed_hand() -> None:
    mirror = Mirror.model_validate({"at": [0.1, 0.5], "scale": 0.5})
    (outline,) = mirror.outlines(_place())
    left, bottom, right, top = bounds(outline)
    assert (top - bottom) == pytest.approx(2 * RADIUS * 0.5 * 2 * 1.12, rel=0.02)
    assert (right - left) == pytest.approx((top - bottom) * TILT, rel=0.02)


def test_the_glass_shows_the_figure_with_a_frame_and_a_glint() -> None:
    group = Mirror.model_validate({"at": [0.1, 0.5], "scale": 0.5}).draw(_place())
    frame, glass, reflection, glint = group.contents
    assert frame.ry > glass.ry and frame.rx == pytest.approx(frame.ry * TILT)
    assert reflection.contents[0].isClipPath  # the copy stays inside the glass
    assert any(type(shape).__name__ == "Path" for shape in shapes_of(reflection))
    assert len(glint.contents) == 2


def test_a_leaning_mirror_turns_its_glass() -> None:
    upright = Mirror.model_validate({"at": [0.1, 0.5]}).draw(_place())
    leaning = Mirror.model_validate({"at": [0.1, 0.5], "angle": 30}).draw(_place())
    assert upright.transform[1] == pytest.approx(0) and leaning.transform[1] == pytest.approx(0.5)


def _inner_place(poses: dict | None = None, *, flipped: bool = False) -> Placement:
    view = VIEWS["inner"].mirrored() if flipped else VIEWS["inner"]
    props = poses if poses is not None else FIGURES.props()
    return Placement(view, Frame(0, 0, 2), _style_stub(), (), props)


def _copy_paths(group) -> list[list[float]]:
    """The outlines of the copy in the glass, as their points (the figure's body first)."""
    _, _, reflection, _ = group.contents
    return [list(shape.points) for shape in shapes_of(reflection) if hasattr(shape, "points")]


def test_a_mirror_under_a_foot_seen_from_its_side_shows_the_sole() -> None:
    """The glass shows the view it names, not the step's: the same copy a mirror beside
    the sole shows, and a different one from what the same mirror shows of the side."""
    shows = Mirror.model_validate({"at": [0.1, 0.5], "shows": "sole"}).draw(_inner_place())
    beside = Mirror.model_validate({"at": [0.1, 0.5]}).draw(_place())
    own = Mirror.model_validate({"at": [0.1, 0.5]}).draw(_inner_place())
    assert _copy_paths(shows)[1:] == _copy_paths(beside)[1:]  # [0] is the glass's clip
    assert _copy_paths(shows)[1:] != _copy_paths(own)[1:]


def test_the_copy_lies_turned_by_its_own_angle_however_the_mirror_leans() -> None:
    def copy_turn(fields: dict, *, flipped: bool = False) -> float:
        group = Mirror.model_validate({"at": [0.1, 0.5], **fields}).draw(
            _inner_place(flipped=flipped)
        )
        a, b = group.transform[:2]
        c, d = group.contents[2].contents[1].transform[:2]  # the copy inside the glass
        return math.degrees(math.atan2(b, a) + math.atan2(d, c)) % 360

    assert copy_turn({"shows": "sole"}) == pytest.approx(0, abs=1e-6)
    assert copy_turn({"shows": "sole", "angle": 100}) == pytest.approx(0, abs=1e-6)
    assert copy_turn({"shows": "sole", "angle": 100, "shows_angle": 90}) == pytest.approx(90)
    # a left foot is the right one mirrored: its copy turns the other way
    assert copy_turn({"shows": "sole", "shows_angle": 90}, flipped=True) == pytest.approx(270)


def test_a_mirror_on_a_left_foot_shows_the_left_sole() -> None:
    def body_xs(group) -> list[float]:
        return _copy_paths(group)[1][::2]

    right = Mirror.model_validate({"at": [0.1, 0.5], "shows": "sole"}).draw(_inner_place())
    left = Mirror.model_validate({"at": [0.1, 0.5], "shows": "sole"}).draw(
        _inner_place(flipped=True)
    )
    width = VIEWS["sole"].width  # the copy's points are in its view's units
    assert body_xs(left) != body_xs(right)
    assert sorted(round(width - x, 6) for x in body_xs(left)) == sorted(
        round(x, 6) for x in body_xs(right)
    )


def test_a_mirror_names_the_view_it_shows_among_the_props() -> None:
    mirror = Mirror.model_validate({"at": [0.1, 0.5], "shows": "sole"})
    assert list(mirror.poses()) == [(("shows",), "view:sole")]
    assert FIGURES.props()["view:sole"] is VIEWS["sole"]
    assert not list(Mirror.model_validate({"at": [0.1, 0.5]}).poses())
