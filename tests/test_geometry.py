"""Plane geometry used by views, poses and the diagram layout."""

from __future__ import annotations

import pytest

from booklet.model.geometry import (
    Placement2D,
    box_touches_polygon,
    boxes_overlap,
    inside,
    segment_crossings,
)

SQUARE = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]


def test_a_segment_into_a_square_crosses_it_once_and_through_it_twice() -> None:
    assert segment_crossings((5, 5), (20, 5), SQUARE) == [pytest.approx((10, 5))]
    assert len(segment_crossings((-5, 5), (20, 5), SQUARE)) == 2
    assert segment_crossings((20, 20), (30, 5), SQUARE) == []


@pytest.mark.parametrize(
    ("box", "touches"),
    [((2, 2, 3, 3), True), ((8, 8, 14, 14), True), ((-5, 4, 15, 6), True), ((11, 0, 15, 4), False)],
    ids=["inside", "corner", "across", "beside"],
)
def test_a_box_touches_a_polygon_inside_at_a_corner_or_across(box, touches: bool) -> None:
    assert box_touches_polygon(box, SQUARE) is touches


def test_boxes_keep_a_gap() -> None:
    assert not boxes_overlap((0, 0, 1, 1), (2, 0, 3, 1))
    assert boxes_overlap((0, 0, 1, 1), (2, 0, 3, 1), gap=1.5)


def test_a_placement_moves_its_origin_onto_its_point_and_agrees_with_its_matrix() -> None:
    where = Placement2D(origin=(1, 2), at=(10, 20), angle=30, scale=2, flip=True)
    a, b, c, d, e, f = where.matrix()
    for point in [(0, 0), (3, 5), (1, 2)]:
        x, y = where(point)
        assert (x, y) == pytest.approx(
            (a * point[0] + c * point[1] + e, b * point[0] + d * point[1] + f)
        )
    assert where((1, 2)) == pytest.approx((10, 20))
    assert inside((5, 5), SQUARE) and not inside((15, 5), SQUARE)
