"""One "not here" symbol with a bracket along a row of places (the gaps between the toes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_marks import _style_stub

from booklet.marks.avoid_row import AvoidRow, bracket_points, row_mark, symbol_centre
from booklet.marks.base import Frame, Placement
from booklet.model.content import Overlay
from booklet.model.geometry import inside
from booklet.model.views import load_views

VIEWS = load_views(Path("/nonexistent")).views


def test_the_bracket_lies_below_the_row_and_the_symbol_past_its_end() -> None:
    style = _style_stub()
    row = [(0.0, 100.0), (20.0, 104.0), (40.0, 108.0)]
    bracket = bracket_points(row, style)
    assert all(b[1] < r[1] for b, r in zip(bracket, row, strict=True))
    centre = symbol_centre(bracket, style)
    assert centre[0] > bracket[-1][0] and centre[1] == pytest.approx(bracket[-1][1])


def test_on_a_figure_the_symbol_sits_on_its_edge_clear_of_the_gaps() -> None:
    view = VIEWS["sole"]
    place = Placement(view, Frame(0, 0, 1), _style_stub(), ())
    mark = AvoidRow.model_validate({"along": ["gap-4", "gap-3", "gap-2", "gap-1"]})
    places = [place.at(point) for point in mark.along]
    centre = symbol_centre(bracket_points(places, place.style), place.style, place.outline())
    assert not inside((centre[0] + place.style.mark_size, centre[1]), place.outline())
    assert mark.clearance(place) > place.style.mark_size  # the leader starts past the ring
    group = row_mark(places, place.style, place.outline())
    assert len(group.contents) == 2 * (2 + len(places)) + 1  # halo and line, then the symbol


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
