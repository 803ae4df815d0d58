"""The shipped hand poses are what the drawing tool writes (tools/hands)."""

import itertools
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("numpy")
pytest.importorskip("shapely")

ROOT = Path(__file__).resolve().parent.parent


def test_hands_yaml_is_what_the_tool_writes():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "hands" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _poses():
    sys.path.insert(0, str(ROOT / "tools" / "hands"))
    try:
        import poses
    finally:
        sys.path.pop(0)
    return poses


def test_a_flat_finger_is_about_as_long_as_the_palm():
    """Short fingers on a long palm read as a paddle: a flat finger is about palm length."""
    poses = _poses()
    palm_top = max(y for _, y in poses.PALM_BACK)  # the webs between the fingers
    drawing = poses.flat_stroke()
    finger = drawing.names["middle"].tip()[1] - palm_top
    assert 0.9 <= finger / palm_top <= 1.15
    for name in poses.FINGERS:  # a slight bend at the knuckles: not a rigid plank
        assert any(turn != 0 for turn in drawing.names[name].turns) or name == "middle"


def test_nails_sit_inside_the_fingertips():
    """A nail reaching the tip's outline reads as a claw at print size."""
    poses = _poses()
    for make in (poses.flat_stroke, poses.hold, poses.thumb_press):
        drawing = make()
        for digit in drawing.nails:
            nail = digit.nail_shape()
            if nail is not None:
                assert digit.polygon().buffer(-1.5).contains(nail), drawing.caption


def test_flat_fingers_are_parted_by_clefts_along_half_their_length():
    """Fingers fused side by side, parted only by drawn lines, read as a mitten: the
    silhouette of a flat hand has a cleft between each two fingers from their tips back
    past the middle of their length."""
    poses = _poses()
    sys.path.insert(0, str(ROOT / "tools" / "hands"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    from shapely.geometry import LineString
    from shapely.ops import unary_union

    for make in (poses.flat_stroke, poses.palm_stroke):
        drawing = make()
        body = generate.fillet(
            unary_union([d.polygon() for d in drawing.digits]), generate.DIGIT_FILLET
        )
        for a, b in itertools.pairwise(poses.FINGERS):
            across = LineString([_halfway(drawing.names[a]), _halfway(drawing.names[b])])
            assert not body.contains(across), f"{drawing.caption}: {a} and {b} are fused"


def _halfway(digit):
    """The point on a digit's axis half its length from its root."""
    import numpy as np

    joints = digit.joints()
    lengths = [float(np.linalg.norm(q - p)) for p, q in itertools.pairwise(joints)]
    left = sum(lengths) / 2
    for (p, q), length in zip(itertools.pairwise(joints), lengths, strict=True):
        if left <= length:
            return tuple(p + (q - p) * (left / length))
        left -= length
    return tuple(joints[-1])
