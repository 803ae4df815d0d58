"""Drawing pieces several marks share: arrowheads and arcs that end in one."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Group, Path, Polygon
from reportlab.lib.colors import Color, white

from booklet.marks.base import DiagramStyle
from booklet.model.geometry import Point


def arrow_head(tip: Point, angle: float, size: float, style: DiagramStyle) -> Polygon:
    """A filled arrowhead with its point on ``tip``, heading ``angle`` radians."""
    spread = math.radians(28)
    back = [
        (tip[0] - size * math.cos(angle + side), tip[1] - size * math.sin(angle + side))
        for side in (spread, -spread)
    ]
    return Polygon(
        [tip[0], tip[1], back[0][0], back[0][1], back[1][0], back[1][1]],
        fillColor=style.mark,
        strokeColor=white,
        strokeWidth=style.mark_width * 0.5,
        strokeLineJoin=1,
    )


def arc_arrow(
    centre: Point,
    rx: float,
    ry: float,
    start: float,
    sweep: float,
    style: DiagramStyle,
    *,
    both_ends: bool = False,
) -> Group:
    """An elliptical arc from ``start`` through ``sweep`` degrees, ending in an arrowhead.

    With ``both_ends`` it has a head at its start too, pointing the other way: "this
    way, then that way" on one arc.
    """
    head = max(style.mark_width * 3, min(rx, ry) * 0.95)
    end = start + sweep
    trim = math.copysign(math.degrees(head * 0.6 / ((rx + ry) / 2)), sweep)
    shaft_start = start + trim if both_ends else start
    shaft_end = end - trim
    steps = 32
    angles = [
        math.radians(shaft_start + (shaft_end - shaft_start) * i / steps) for i in range(steps + 1)
    ]
    points = [(centre[0] + rx * math.cos(a), centre[1] + ry * math.sin(a)) for a in angles]

    def tip_at(angle: float) -> Point:
        return (
            centre[0] + rx * math.cos(math.radians(angle)),
            centre[1] + ry * math.sin(math.radians(angle)),
        )

    tip = tip_at(end)
    heading = math.atan2(tip[1] - points[-1][1], tip[0] - points[-1][0])

    def arc(color: Color, width: float) -> Path:
        path = Path(strokeColor=color, strokeWidth=width, fillColor=None, strokeLineCap=1)
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        return path

    group = Group(arc(white, style.mark_width * 2.6), arc(style.mark, style.mark_width))
    group.add(arrow_head(tip, heading, head, style))
    if both_ends:
        back = tip_at(start)
        group.add(
            arrow_head(
                back, math.atan2(back[1] - points[0][1], back[0] - points[0][0]), head, style
            )
        )
    return group
