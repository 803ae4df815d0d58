"""A small "not here" sign in each of a row of places; one label's leader ends at the row."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from test_marks import _style_stub

from booklet.marks.avoid import LEADER_DOT
from booklet.marks.avoid_row import GAP, GROW, SIGN, AvoidRow, fitted, row_mark, sign_radius
from booklet.marks.base import Frame, Placement
from booklet.model.content import Overlay
from booklet.model.geometry import inside
from booklet.model.views import load_views

VIEWS = load_views(Path("/nonexistent")).views


def _shapes(group):
    for item in group.contents:
        if hasattr(item, "contents"):
            yield from _shapes(item)
        else:
            yield item


def test_each_place_has_its_own_small_sign_and_nothing_else_repeats_them() -> None:
    style = _style_stub()
    row = [(0.0, 100.0), (20.0, 96.0), (40.0, 92.0)]
    group = row_mark(row, style)
    rings = [s for s in _shapes(group) if type(s).__name__ == "Circle" and s.fillColor is None]
    assert sorted((ring.cx, ring.cy) for ring in rings) == row
    assert all(ring.r == pytest.approx(style.mark_size * SIGN) for ring in rings)
    assert not [s for s in _shapes(group) if type(s).__name__ == "PolyLine"]  # no bracket


def test_on_the_top_of_the_foot_the_leader_ends_beside_the_last_sign_on_its_web() -> None:
    view = VIEWS["top"]
    place = Placement(view, Frame(0, 0, 1), _style_stub(), ())
    mark = AvoidRow.model_validate({"along": ["gap-1", "gap-2", "gap-3", "gap-4"]})
    outline = place.outline()
    assert mark.pointer(place) is None and mark.anchor() == "gap-4"  # the leader meets a sign
    ring = sign_radius(place.style) + place.style.mark_width * SIGN / 1.05
    assert ring < mark.clearance(place) <= ring + place.style.mark_width + LEADER_DOT
    for point in mark.along:  # each sign sits on its web, on the figure
        assert inside(place.at(point), outline)
    assert len(mark.outlines(place)) == len(mark.along)


def test_signs_shrink_where_the_places_crowd_so_no_two_overlap() -> None:
    style = _style_stub()
    near = [(0.0, 0.0), (4.0, 0.0)]
    small = fitted(near, style)
    assert 2 * (sign_radius(small) + small.mark_width * SIGN / 1.05) <= 4.0 + 1e-9
    far = [(0.0, 0.0), (100.0, 0.0)]  # far apart: grown, but only so far
    assert math.isclose(sign_radius(fitted(far, style)), style.mark_size * SIGN * GROW)
    assert fitted(far, style, grow=1.0) == style


def test_a_row_needs_two_places_and_each_must_be_on_the_figure() -> None:
    with pytest.raises(
        ValueError, match=r"a row needs at least 2 places, got 1 \(valid: e.g. \[gap-4, gap-1\]\)"
    ):
        AvoidRow.model_validate({"along": ["gap-1"]})
    overlay = Overlay.model_validate({"avoid_row": {"along": ["gap-4", "gap-1"], "label": "No"}})
    assert [path for path, _ in overlay.points()] == [
        ("avoid_row", "along", 0),
        ("avoid_row", "along", 1),
    ]
    assert overlay.mark.anchor() == "gap-1" and overlay.mark.caption() == "No"


def test_each_sign_is_narrower_than_the_step_to_the_next_so_it_sits_between() -> None:
    style = _style_stub()
    row = [(0.0, 0.0), (10.0, 0.0), (20.0, 0.0)]
    small = fitted(row, style)
    width = 2 * (sign_radius(small) + small.mark_width * SIGN / 1.05)
    assert width == pytest.approx(GAP * 10.0)  # skin on both sides of each sign
    far = fitted([(0.0, 0.0), (100.0, 0.0)], style)  # far apart: grown, but only so far
    assert sign_radius(far) == pytest.approx(sign_radius(style) * GROW)
    near = [(0.0, 0.0), (4.0, 0.0)]
    touching = fitted(near, style, gap=1.0)  # the legend's row: rims may touch
    assert 2 * (sign_radius(touching) + touching.mark_width * SIGN / 1.05) == pytest.approx(4.0)


def test_the_signs_in_the_top_views_webs_are_about_three_quarters_of_a_toe_wide() -> None:
    view = VIEWS["top"]
    place = Placement(view, Frame(0, 0, 0.5), _style_stub(), ())  # about the booklet's size
    mark = AvoidRow.model_validate({"along": ["gap-1", "gap-2", "gap-3", "gap-4"]})
    (left, _), (right, _) = place.at("gap-1"), place.at("gap-2")
    toe = right - left  # the second toe, between its two webs
    ring = mark.outlines(place)[0]
    width = max(x for x, _ in ring) - min(x for x, _ in ring)
    assert 0.65 * toe <= width <= 0.8 * toe
