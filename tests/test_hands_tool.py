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
