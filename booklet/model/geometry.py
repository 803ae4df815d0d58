"""Plane geometry for figures: flattened paths, point-in-polygon, crossings, placements.

Views, hand poses and the diagram layout all ask the same questions (is this point on
the figure? does this leader line cross an outline? does this label box touch the
drawing?), so the answers live here, once, in plain numbers with no drawing library.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

Point = tuple[float, float]
Command = tuple[str, tuple[float, ...]]
Box = tuple[float, float, float, float]
"""Left, bottom, right, top."""


def flatten(path: Sequence[Command], steps: int = 12) -> Iterator[Point]:
    """The points of a path with each Bézier curve cut into ``steps`` straight pieces."""
    current = (0.0, 0.0)
    for op, values in path:
        if op in ("M", "L"):
            current = (values[0], values[1])
            yield current
        elif op == "C":
            x1, y1, x2, y2, x3, y3 = values
            x0, y0 = current
            for step in range(1, steps + 1):
                t = step / steps
                u = 1 - t
                yield (
                    u**3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t**3 * x3,
                    u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3,
                )
            current = (x3, y3)


def ellipse_polygon(x: float, y: float, rx: float, ry: float, steps: int = 32) -> list[Point]:
    """An ellipse as a polygon, for the same questions as any outline."""
    return [
        (x + rx * math.cos(2 * math.pi * i / steps), y + ry * math.sin(2 * math.pi * i / steps))
        for i in range(steps)
    ]


def inside(point: Point, polygon: Sequence[Point]) -> bool:
    """Whether ``point`` lies inside ``polygon`` (even-odd ray casting)."""
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in _edges(polygon):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def _edges(polygon: Sequence[Point]) -> Iterator[tuple[Point, Point]]:
    return zip(polygon, [*polygon[1:], polygon[0]], strict=True)


def _cross(o: Point, a: Point, b: Point) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def segments_cross(a: Point, b: Point, c: Point, d: Point) -> bool:
    """Whether segment ``ab`` properly crosses segment ``cd``."""
    d1, d2 = _cross(c, d, a), _cross(c, d, b)
    d3, d4 = _cross(a, b, c), _cross(a, b, d)
    return ((d1 > 0) != (d2 > 0)) and ((d3 > 0) != (d4 > 0)) and d1 * d2 != 0 and d3 * d4 != 0


def segment_crossings(a: Point, b: Point, polygon: Sequence[Point]) -> list[Point]:
    """Where segment ``ab`` crosses the outline of ``polygon``."""
    points = []
    for c, d in _edges(polygon):
        if segments_cross(a, b, c, d):
            t = _cross(c, d, a) / (_cross(c, d, a) - _cross(c, d, b))
            points.append((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
    return points


def clip_half_plane(polygon: Sequence[Point], origin: Point, normal: Point) -> list[Point]:
    """The part of ``polygon`` on the side of the line through ``origin`` that ``normal`` faces.

    One Sutherland-Hodgman pass: a pose cut off at the wrist keeps its hand side.
    """

    def side(point: Point) -> float:
        return (point[0] - origin[0]) * normal[0] + (point[1] - origin[1]) * normal[1]

    out: list[Point] = []
    for start, end in _edges(polygon):
        start_side, end_side = side(start), side(end)
        if start_side >= 0:
            out.append(start)
        if (start_side >= 0) != (end_side >= 0):
            share = start_side / (start_side - end_side)
            out.append(
                (start[0] + (end[0] - start[0]) * share, start[1] + (end[1] - start[1]) * share)
            )
    return out


def bounds(points: Sequence[Point]) -> Box:
    """The smallest box holding ``points``."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return (min(xs), min(ys), max(xs), max(ys))


def boxes_overlap(first: Box, second: Box, gap: float = 0) -> bool:
    """Whether two boxes overlap, or come closer than ``gap``."""
    return not (
        first[2] + gap <= second[0]
        or second[2] + gap <= first[0]
        or first[3] + gap <= second[1]
        or second[3] + gap <= first[1]
    )


def box_touches_polygon(box: Box, polygon: Sequence[Point]) -> bool:
    """Whether a box overlaps the area of ``polygon`` (an edge, a corner or inside)."""
    left, bottom, right, top = box
    corners = [(left, bottom), (right, bottom), (right, top), (left, top)]
    if any(inside(corner, polygon) for corner in corners):
        return True
    if any(left <= x <= right and bottom <= y <= top for x, y in polygon):
        return True
    return any(segments_cross(p, q, c, d) for p, q in _edges(polygon) for c, d in _edges(corners))


@dataclass(frozen=True)
class Placement2D:
    """Where a shape drawn in its own units lands: moved, turned, scaled, maybe mirrored.

    A point ``p`` lands at ``at + R(angle) · scale · F(p − origin)``, where ``F`` mirrors
    x when ``flip`` is set and ``R`` turns counter-clockwise by ``angle`` degrees.
    """

    origin: Point
    at: Point
    angle: float = 0
    scale: float = 1
    flip: bool = False

    def __call__(self, point: Point) -> Point:
        x, y = point[0] - self.origin[0], point[1] - self.origin[1]
        if self.flip:
            x = -x
        cos, sin = math.cos(math.radians(self.angle)), math.sin(math.radians(self.angle))
        return (
            self.at[0] + self.scale * (x * cos - y * sin),
            self.at[1] + self.scale * (x * sin + y * cos),
        )

    def matrix(self) -> tuple[float, float, float, float, float, float]:
        """The same placement as a PDF/SVG transform matrix ``(a, b, c, d, e, f)``."""
        cos, sin = math.cos(math.radians(self.angle)), math.sin(math.radians(self.angle))
        sx = -self.scale if self.flip else self.scale
        a, b = sx * cos, sx * sin
        c, d = -self.scale * sin, self.scale * cos
        ox, oy = self.origin
        return (a, b, c, d, self.at[0] - a * ox - c * oy, self.at[1] - b * ox - d * oy)
