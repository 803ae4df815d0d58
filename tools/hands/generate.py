"""Write ``booklet/data/views/hands.yaml``: every hand pose, drawn from one reference hand.

Usage, from the project folder (with the ``art`` extra installed)::

    python tools/hands/generate.py

The poses are in ``poses.py``, the building blocks in ``shapes.py`` and the curve
fitting in ``bezfit.py``. The output depends on nothing but these files and the sole
view of ``booklet/data/views/foot.yaml`` (shown in the mirror's glass), so the same
run writes the same bytes. ``--check`` compares instead of writing.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import hold_poses
import numpy as np
import poses
import side_poses
import yaml
from shapely.geometry import Polygon, box
from shapely.ops import unary_union
from shapes import (
    Curve,
    closed_path,
    cut_path,
    fillet,
    largest,
    number,
    open_path,
    overlap_lines,
    smooth,
)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "booklet" / "data" / "views" / "hands.yaml"
FOOT = ROOT / "booklet" / "data" / "views" / "foot.yaml"
BASE_FILLET = 9.0
"""Where palm, arm and the thumb's root meet: the wrist and the thumb's web run smooth."""
DIGIT_FILLET = 1.4
"""Where fingers meet the palm and each other: the notches between them stay sharp."""
MARGIN = 2.0

POSES: dict[str, Callable[[], poses.Drawing]] = {
    "thumb-press": poses.thumb_press,
    "pinch-toe": side_poses.pinch_toe,
    "hold": poses.hold,
    "flat-stroke": poses.flat_stroke,
    "palm-stroke": poses.palm_stroke,
    "cup-heel": poses.cup_heel,
    "turn": poses.turn_foot,
    "mirror": lambda: side_poses.mirror(sole_view()),
    "hold-side": hold_poses.hold_side,
    "wrap": hold_poses.wrap,
    "thumb-wrap": hold_poses.thumb_wrap,
    "hold-over": poses.hold_over,
    "hold-top": hold_poses.hold_top,
}

HEADER = """\
# Hand poses for booklet's step diagrams: a RIGHT hand (flip: true draws the left).
# Do not edit by hand: written by tools/hands/generate.py (see tools/hands/README.md),
# every pose drawn from one reference hand and fitted with smooth Béziers.
# y points up; units are millimetres of an adult hand. Each pose's `grip` is the point
# placed on the figure's landmark.
"""


def flatten(commands: Sequence[str]) -> list[tuple[float, float]]:
    """A view file's path commands as a polyline."""
    points: list[tuple[float, float]] = []
    for command in commands:
        op, *values = str(command).split()
        v = [float(x) for x in values]
        if op in ("M", "L"):
            points.append((v[0], v[1]))
        elif op == "C":
            p0 = np.array(points[-1])
            c1, c2, p3 = np.array(v[:2]), np.array(v[2:4]), np.array(v[4:])
            for t in np.linspace(0, 1, 13)[1:]:
                mt = 1 - t
                q = mt**3 * p0 + 3 * mt**2 * t * c1 + 3 * mt * t**2 * c2 + t**3 * p3
                points.append((float(q[0]), float(q[1])))
    return points


def sole_view() -> tuple[Polygon, list[Polygon]]:
    """The sole view's outline and toes, from the shipped foot views."""
    sole = yaml.safe_load(FOOT.read_text("utf-8"))["views"]["sole"]
    body = largest(Polygon(flatten(sole["body"])).buffer(0))
    toes = [
        largest(Polygon(flatten(part[1:])).buffer(0))
        for part in sole.get("parts", [])
        if part[0] == "path"
    ]
    return body, toes


def build(drawing: poses.Drawing) -> dict[str, object]:
    """One pose's view-file entry."""
    digit_shapes = [d.polygon() for d in drawing.digits]
    base = fillet(unary_union(drawing.base), BASE_FILLET) if drawing.base else None
    body = fillet(unary_union([*([base] if base else []), *digit_shapes]), DIGIT_FILLET)
    body = smooth(body, 0.6)
    body = largest(body.intersection(box(-1000, drawing.cut, 1000, 1000)))
    names = {name: d.polygon() for name, d in drawing.names.items()}
    if base is not None:
        names["base"] = base
    details: list[Curve] = []
    order = [name for d in drawing.digits for name, n in drawing.names.items() if n is d]
    for over, under in drawing.lines:
        skip = []
        if base is not None and drawing.skip_base and over != "thumb":
            skip.append(base.buffer(0.3))
        if over in order and order.index(over):  # hidden under the digits in front of it
            skip.append(unary_union([names[n] for n in order[: order.index(over)]]).buffer(0.5))
        for line in overlap_lines(names[over], names[under], body, skip):
            details.append(open_path(line))
    accents = []
    for i, digit in enumerate(drawing.digits):
        if digit not in drawing.nails:
            continue
        nail = digit.nail_shape()
        if nail is None:
            continue
        shown = nail.intersection(digit_shapes[i].buffer(-0.8))
        ahead = digit_shapes[:i]
        if ahead:
            shown = shown.difference(unary_union(ahead).buffer(0.6))
        if shown.is_empty or shown.area < 0.8 * nail.area:
            continue
        accents.append(closed_path(largest(shown), error=0.12, step=0.4))
    accents += [closed_path(shape) for shape in drawing.extra_accents]
    details += [open_path(line) for line in drawing.extra_details]
    curves = {
        "body": [cut_path(body, drawing.cut)],
        "parts": [closed_path(p) for p in reversed(drawing.parts)],
        "accents": accents,
        "details": details,
        "behind": [closed_path(p) for p in reversed(drawing.behind)],
    }
    a = math.radians(drawing.turn)
    matrix = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    matrix = matrix @ np.diag(drawing.squash)  # narrowed or shortened, then turned
    every = np.vstack([c.points() @ matrix.T for group in curves.values() for c in group])
    low = every.min(axis=0)
    offset = MARGIN - low
    size = every.max(axis=0) - low + 2 * MARGIN
    moved = {k: [c.moved(matrix, offset) for c in v] for k, v in curves.items()}
    landmarks = {
        name: tuple(float(v) for v in matrix @ np.array(point) + offset)
        for name, point in drawing.landmarks.items()
    }
    return {
        "caption": drawing.caption,
        "box": [math.ceil(size[0]), math.ceil(size[1])],
        "curves": moved,
        "landmarks": landmarks,
    }


def render(entries: dict[str, dict[str, object]]) -> str:
    """The view file's text."""
    lines = [HEADER, "poses:"]
    for name, entry in entries.items():
        curves: dict[str, list[Curve]] = entry["curves"]  # type: ignore[assignment]
        width, height = entry["box"]  # type: ignore[misc]
        lines += [f"  {name}:", f"    caption: {entry['caption']}", f"    box: [{width}, {height}]"]
        lines += ["    open: true", "    body:"]
        lines += [f"      - {c}" for c in curves["body"][0].commands()]
        for key in ("parts", "accents", "details", "behind"):
            if not curves[key]:
                if key != "behind":
                    lines.append(f"    {key}: []")
                continue
            lines.append(f"    {key}:")
            lines += [f"      - [path, {', '.join(c.commands())}]" for c in curves[key]]
        lines.append("    landmarks:")
        for key, (x, y) in entry["landmarks"].items():  # type: ignore[attr-defined]
            lines.append(f"      {key}: [{number(x)}, {number(y)}]")
        lines.append("")
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    """Write (or with ``--check``, compare) the hand poses file."""
    text = render({name: build(make()) for name, make in POSES.items()})
    yaml.safe_load(text)
    if "--check" in argv:
        if OUT.read_text("utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is not what tools/hands/generate.py writes")
            return 1
        return 0
    OUT.write_text(text, "utf-8")
    print(f"wrote {len(POSES)} poses to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
