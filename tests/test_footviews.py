import pytest

from booklet.model.views import foot_view, hatch_segments, point_problem, smooth_path, view_names


@pytest.mark.parametrize("foot", ["right", "left"])
@pytest.mark.parametrize("name", ["sole", "top", "inner"])
def test_every_landmark_lies_on_the_foot(name: str, foot: str) -> None:
    view = foot_view(name, foot)
    assert view.landmarks
    for landmark, point in view.landmarks.items():
        assert view.contains(point), f"{name}/{foot}: {landmark} is off the foot"


def test_views_offered() -> None:
    assert view_names() == ["top", "sole", "inner"]


@pytest.mark.parametrize("name", ["sole", "top", "inner"])
def test_left_foot_mirrors_the_right(name: str) -> None:
    right, left = foot_view(name, "right"), foot_view(name, "left")
    for landmark, (x, y) in right.landmarks.items():
        assert left.landmarks[landmark] == pytest.approx((right.width - x, y))
    right_outline, left_outline = right.outline(), left.outline()
    for (rx, ry), (lx, ly) in zip(right_outline, left_outline, strict=True):
        assert (lx, ly) == pytest.approx((right.width - rx, ry))


def test_big_toe_is_on_the_inner_side_of_each_view() -> None:
    top, sole = foot_view("top"), foot_view("sole")
    assert top.landmarks["toe-1"][0] < top.landmarks["toe-5"][0]  # seen from above
    assert sole.landmarks["toe-1"][0] > sole.landmarks["toe-5"][0]  # seen from below


def test_points_off_the_foot_are_not_contained() -> None:
    view = foot_view("sole")
    assert not view.contains((0, 0))
    assert not view.contains((view.width, view.height / 2))
    assert view.contains(view.resolve([0.5, 0.5]))


def test_point_problems() -> None:
    view = foot_view("sole")
    assert point_problem(view, "heel") is None
    assert point_problem(view, [0.5, 0.3]) is None
    assert point_problem(view, "ankle").startswith("unknown landmark 'ankle' for the sole view")
    assert point_problem(view, [1.5, 0.2]).startswith("[1.5, 0.2] is outside the picture")
    assert point_problem(view, [0.02, 0.5]).startswith("[0.02, 0.5] is off the foot")


def test_smooth_path_passes_through_every_point() -> None:
    points = [(0, 0), (10, 20), (30, 25), (40, 60)]
    segments = smooth_path(points)
    assert len(segments) == len(points) - 1
    assert [end for _, _, end in segments] == points[1:]


def test_hatching_stays_inside_the_shape() -> None:
    square = [(0, 0), (10, 0), (10, 10), (0, 10)]
    segments = hatch_segments(square, 2)
    assert len(segments) >= 8
    for start, end in segments:
        for x, y in (start, end):
            assert -1e-9 <= x <= 10 + 1e-9 and -1e-9 <= y <= 10 + 1e-9
        assert (end[0] - start[0]) == pytest.approx(end[1] - start[1])  # 45 degrees


def test_top_and_sole_views_differ() -> None:
    top, sole = foot_view("top"), foot_view("sole")
    assert top.open and not sole.open  # the top view shows the leg leaving the picture
    assert "heel" in sole.landmarks and "heel" not in top.landmarks
    assert top.nails and not sole.nails
