"""The shipped hand poses are what the drawing tool writes (tools/hands)."""

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
