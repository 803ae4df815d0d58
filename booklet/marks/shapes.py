"""Drawing pieces several marks share: arrowheads and arcs that end in one."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Group, Path, Polygon
from reportlab.lib.colors import Color, white

from booklet.marks.base import DiagramStyle
from booklet.model.geometry import Point


def arrow_head(
    tip: Point, angle: float, size: float, style: DiagramStyle, spread_degrees: float = 28
) -> Polygon:
    """A filled arrowhead with its point on ``tip``, heading ``angle`` radians."""
    spread = math.radians(spread_degrees)
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
    head: float | None = None,
) -> Group:
    """An elliptical arc from ``start`` through ``sweep`` degrees, ending in an arrowhead.

    With ``both_ends`` it has a head at its start too, pointing the other way: "this
    way, then that way" on one arc. A head's point and the middle of its base both lie
    on the arc, so it turns with the ring where the ring bends; ``head`` is its length
    (None: in the ring's own proportion, as a small circle wants), and a given length
    draws a slender head, which reads as pointing along a curve.
    """
    slender = head is not None
    if head is None:
        head = max(style.mark_width * 3, min(rx, ry) * 0.95)

    def at(angle: float) -> Point:
        return _on_ellipse(centre, rx, ry, angle)

    forward = math.copysign(1.0, sweep)
    end = start + sweep
    end_base = _back_along(centre, (rx, ry), end, forward * head)
    start_base = _back_along(centre, (rx, ry), start, -forward * head)
    shaft_start = start + (start_base - start) * 0.6 if both_ends else start
    shaft_end = end + (end_base - end) * 0.6
    steps = 32
    points = [at(shaft_start + (shaft_end - shaft_start) * i / steps) for i in range(steps + 1)]

    def arc(color: Color, width: float) -> Path:
        path = Path(strokeColor=color, strokeWidth=width, fillColor=None, strokeLineCap=1)
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        return path

    def head_at(tip_angle: float, base_angle: float) -> Polygon:
        tip, base = at(tip_angle), at(base_angle)
        heading = math.atan2(tip[1] - base[1], tip[0] - base[0])
        return arrow_head(tip, heading, head, style, 22 if slender else 28)

    group = Group(arc(white, style.mark_width * 2.6), arc(style.mark, style.mark_width))
    group.add(head_at(end, end_base))
    if both_ends:
        group.add(head_at(start, start_base))
    return group


def _on_ellipse(centre: Point, rx: float, ry: float, angle: float) -> Point:
    a = math.radians(angle)
    return (centre[0] + rx * math.cos(a), centre[1] + ry * math.sin(a))


def _back_along(centre: Point, radii: tuple[float, float], angle: float, length: float) -> float:
    """The angle on the ellipse a chord ``length`` back from ``angle`` (negative: forward)."""
    rx, ry = radii
    a, way, length = math.radians(angle), math.copysign(1.0, length), abs(length)
    step = math.degrees(length / max(math.hypot(rx * math.sin(a), ry * math.cos(a)), 1e-6))
    tip = _on_ellipse(centre, rx, ry, angle)
    for _ in range(4):  # the chord, not the arc, is the head's length
        chord = math.dist(tip, _on_ellipse(centre, rx, ry, angle - way * step))
        step *= length / max(chord, 1e-6)
    return angle - way * step
