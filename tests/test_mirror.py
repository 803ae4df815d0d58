"""A hand mirror beside the figure, its glass holding a small copy of the figure."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_marks import _style_stub, shapes_of

from booklet.marks.base import Frame, Placement
from booklet.marks.mirror import RADIUS, TILT, Mirror
from booklet.model.geometry import bounds
from booklet.model.views import load_views

VIEWS = load_views(Path("/nonexistent")).views


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
