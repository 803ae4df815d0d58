from pathlib import Path

import pytest

from booklet.marks.hatch import hatch_segments
from booklet.marks.stroke import smooth_path
from booklet.model.views import load_views, point_problem
from booklet.source.errors import BookletError

LIBRARY = load_views(Path("/nonexistent")).views


def foot_view(name: str, side: str = "right"):
    view = LIBRARY[name]
    return view.mirrored() if side == "left" else view


def view_names() -> list[str]:
    return list(LIBRARY)


@pytest.mark.parametrize("foot", ["right", "left"])
@pytest.mark.parametrize("name", ["sole", "top", "inner"])
def test_every_landmark_lies_on_the_foot(name: str, foot: str) -> None:
    view = foot_view(name, foot)
    assert view.landmarks
    for landmark, point in view.landmarks.items():
        assert view.contains(point), f"{name}/{foot}: {landmark} is off the foot"


def test_views_offered() -> None:
    assert view_names() == ["top", "sole", "inner"]
    assert LIBRARY["sole"].caption == "Bottom of the foot"
    assert LIBRARY["sole"].source == "booklet/data/views/foot.yaml"


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
    assert point_problem(view, [0.02, 0.5]).startswith("[0.02, 0.5] is off the figure")


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
    assert top.accents and not sole.accents


VIEW = """views:
  disc:
    caption: A disc
    box: [100, 100]
    body:
      - M 0 50
      - C 0 110 100 110 100 50
      - C 100 -10 0 -10 0 50
      - Z
    landmarks:
      middle: [50, 50]
"""


def write_view(folder: Path, text: str, name: str = "shapes.yaml") -> Path:
    (folder / "views").mkdir(exist_ok=True)
    path = folder / "views" / name
    path.write_text(text)
    return path


def problems(folder: Path) -> list[str]:
    with pytest.raises(BookletError) as caught:
        load_views(folder)
    return [str(problem) for problem in caught.value.problems]


def test_a_content_folder_brings_its_own_views(tmp_path: Path) -> None:
    write_view(tmp_path, VIEW)
    views = load_views(tmp_path).views
    assert views["disc"].caption == "A disc"
    assert views["disc"].landmarks == {"middle": (50, 50)}
    assert views["disc"].source == str(tmp_path / "views" / "shapes.yaml")
    assert "sole" in views  # the shipped library stays available


def test_a_local_view_replaces_a_shipped_one_of_the_same_name(tmp_path: Path) -> None:
    write_view(tmp_path, VIEW.replace("disc:", "sole:"))
    assert load_views(tmp_path).views["sole"].caption == "A disc"


def test_two_files_drawing_one_view_is_an_error(tmp_path: Path) -> None:
    first = write_view(tmp_path, VIEW, "a.yaml")
    second = write_view(tmp_path, VIEW, "b.yaml")
    (problem,) = problems(tmp_path)
    assert problem == (
        f"{second}:2:3: views.disc: the view 'disc' is already drawn in {first} "
        "(valid: a name no other view file in this folder uses)"
    )


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            "      - C 0 110 100 110 100 50\n",
            "      - C 0 110 100\n",
            "7:9: views.disc.body[1]: 'C 0 110 100': C takes 6 numbers "
            "(valid: e.g. 'C 10 20 30 40 50 60')",
            id="short-curve",
        ),
        pytest.param(
            "      - M 0 50\n",
            "      - Q 0 50\n",
            "6:9: views.disc.body[0]: 'Q 0 50' is not a path command (valid: M x y, L x y, "
            "C x1 y1 x2 y2 x y, Z)",
            id="unknown-command",
        ),
        pytest.param(
            "      middle: [50, 50]\n",
            "      middle: [5, 95]\n",
            "11:15: views.disc.landmarks.middle: [5, 95] is off the figure (valid: a point "
            "inside the body or a part)",
            id="landmark-off-figure",
        ),
        pytest.param(
            "    caption: A disc\n",
            "",
            "3:5: views.disc.caption: required field is missing",
            id="no-caption",
        ),
        pytest.param(
            "    box: [100, 100]\n",
            "    box: [100, 100]\n    parts: [[circle, 1, 2, 3]]\n",
            "views.disc.parts[0]: is not a shape (valid: [ellipse, x, y, rx, ry] or "
            "[path, 'M x y', 'C ...'])",
            id="unknown-shape",
        ),
    ],
)
def test_view_file_errors(tmp_path: Path, old: str, new: str, expected: str) -> None:
    assert old in VIEW
    path = write_view(tmp_path, VIEW.replace(old, new))
    (problem,) = problems(tmp_path)
    assert problem.startswith(str(path)) and problem.endswith(expected), problem


def test_mirrored_view_flips_its_accents_and_details() -> None:
    top = foot_view("top")
    mirrored = top.mirrored()
    assert mirrored.accents[0].ellipse[0] == pytest.approx(top.width - top.accents[0].ellipse[0])
    assert mirrored.caption == top.caption


def test_a_pose_needs_a_grip(tmp_path: Path) -> None:
    pose = VIEW.replace("views:\n  disc:", "poses:\n  disc:").replace("middle:", "palm:")
    path = write_view(tmp_path, pose)
    (problem,) = problems(tmp_path)
    assert problem == (
        f"{path}:3:5: poses.disc: a pose needs a 'grip' landmark, the point placed on the "
        "figure (valid: landmarks: {grip: [x, y]})"
    )


def test_a_folder_brings_its_own_poses_beside_the_shipped_ones(tmp_path: Path) -> None:
    pose = VIEW.replace("views:\n  disc:", "poses:\n  disc:").replace("middle:", "grip:")
    write_view(tmp_path, pose)
    figures = load_views(tmp_path)
    assert figures.poses["disc"].landmarks == {"grip": (50, 50)}
    assert "sole" in figures.views and "disc" not in figures.views


@pytest.mark.parametrize("name", ["top", "sole"])
def test_the_foot_views_gaps_lie_on_the_webs_between_the_toes(name: str) -> None:
    """Each gap is on the web's skin just behind the cleft where two toes meet, so a sign
    there (step 7's) sits between the toes, not on either toe's body."""
    from booklet.model.geometry import inside

    view = foot_view(name)
    outline = view.polygons()[0]
    for index in range(1, 5):
        x, y = view.landmarks[f"gap-{index}"]
        assert inside((x, y), outline), f"{name} gap-{index} is off the foot"
        cx, cy = min(outline, key=lambda p: (p[0] - x) ** 2 + (p[1] - y) ** 2)
        behind = ((cx - x) ** 2 + (cy - y) ** 2) ** 0.5
        assert abs(cx - x) < 0.5 and 2 <= cy - y <= 4, f"{name} gap-{index} is off the web"
        assert behind <= 4, f"{name} gap-{index} is {behind:.1f} units from its cleft"


def test_the_side_views_toes_read_apart_each_with_its_nail() -> None:
    """Toes drawn as slivers past the big toe read as one lump: each lesser toe of the
    side view shows a tip past the body's edge with its own nail lying on what shows, and
    the big toe's nail is more than a hairline."""
    from booklet.model.geometry import inside

    view = LIBRARY["inner"]
    body = view.outline()
    toes = [part.polygon() for part in view.parts]
    assert len(toes) == 4
    nails = [accent.polygon() for accent in view.accents]
    for toe in toes:
        own = [
            nail
            for nail in nails
            if all(inside(point, toe) and not inside(point, body) for point in nail)
        ]
        assert len(own) == 1, "a lesser toe without its nail, or its nail over the body"
    big = max(nails, key=lambda nail: _area(nail))
    assert _area(big) >= 20 and all(inside(point, body) for point in big)


def _area(polygon) -> float:
    return (
        abs(
            sum(
                x0 * y1 - x1 * y0
                for (x0, y0), (x1, y1) in zip(polygon, polygon[1:] + polygon[:1], strict=True)
            )
        )
        / 2
    )
