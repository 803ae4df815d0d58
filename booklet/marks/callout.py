"""A round callout window with a tail pointing at what it shows, for the marks that draw one.

A motion out of the picture's plane (a toe bending up) is shown as a medical illustration
shows it: in a small round window on the paper beside the figure, with a short tail from
the window to the very place it shows, so no reader wonders which toe it means.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Path
from reportlab.lib.colors import white

from booklet.marks.base import DiagramStyle
from booklet.model.geometry import Point

SPREAD = 0.28
"""Half the angle the tail's base takes of the window's edge, in radians."""


def circle_path(path: Path, r: float, centre: Point = (0.0, 0.0), steps: int = 48) -> None:
    """A circle of radius ``r`` on ``path``."""
    for i in range(steps + 1):
        angle = math.tau * i / steps
        point = (centre[0] + r * math.cos(angle), centre[1] + r * math.sin(angle))
        (path.lineTo if i else path.moveTo)(*point)
    path.closePath()


def ring(centre: Point, r: float, steps: int = 32) -> list[Point]:
    """A closed outline of a circle (labels keep off it as off the figure)."""
    return [
        (centre[0] + r * math.cos(a), centre[1] + r * math.sin(a))
        for a in (math.tau * i / steps for i in range(steps))
    ]


def tail_points(centre: Point, target: Point, r: float) -> list[Point]:
    """The tail: two points just inside the window's edge, and its apex on ``target``.

    The apex is the target itself, so the tail touches what the window shows however
    far from it the window stands.
    """
    heading = math.atan2(target[1] - centre[1], target[0] - centre[0])
    reach = max(r, math.dist(centre, target))
    inner = r * 0.96

    def at(distance: float, turn: float) -> Point:
        return (
            centre[0] + distance * math.cos(heading + turn),
            centre[1] + distance * math.sin(heading + turn),
        )

    return [at(inner, SPREAD), at(reach, 0.0), at(inner, -SPREAD)]


def tail(centre: Point, target: Point, r: float, style: DiagramStyle) -> Path:
    """The tail, paper inside, outlined along its two sides: it opens into the window."""
    first, apex, last = tail_points(centre, target, r)
    path = Path(
        fillColor=white,
        strokeColor=style.figure_outline,
        strokeWidth=style.outline_width,
        strokeLineJoin=1,
    )
    path.moveTo(*first)
    path.lineTo(*apex)
    path.lineTo(*last)
    return path
