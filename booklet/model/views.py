"""Foot views for step diagrams: outlines, landmarks and the geometry around them.

The shapes are data (``booklet/data/views/foot.yaml``): a right foot seen from below,
from above and from the inner side, as Bézier paths in each view's own units, with
named landmarks so that content says ``at: heel`` rather than coordinates. A left foot
is the mirror image. Both validation (is this point on the foot?) and drawing use this
module, so they always agree.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

import yaml

Point = tuple[float, float]
Command = tuple[str, tuple[float, ...]]


@dataclass(frozen=True)
class Shape:
    """An extra shape of a view: an ellipse (centre and radii) or a path."""

    kind: str
    ellipse: tuple[float, float, float, float] = (0, 0, 0, 0)
    path: tuple[Command, ...] = ()


@dataclass(frozen=True)
class FootView:
    """One view of a foot, in its own units (y up), ready to draw and to test points."""

    name: str
    width: float
    height: float
    body: tuple[Command, ...]
    open: bool = False
    toes_in_front: bool = False
    parts: tuple[Shape, ...] = ()
    nails: tuple[Shape, ...] = ()
    details: tuple[Shape, ...] = ()
    landmarks: dict[str, Point] = field(default_factory=dict)

    def mirrored(self) -> FootView:
        """The same view of the other foot."""

        def flip_path(path: tuple[Command, ...]) -> tuple[Command, ...]:
            return tuple(
                (op, tuple(self.width - v if i % 2 == 0 else v for i, v in enumerate(values)))
                for op, values in path
            )

        def flip_shape(shape: Shape) -> Shape:
            x, y, rx, ry = shape.ellipse
            return replace(shape, ellipse=(self.width - x, y, rx, ry), path=flip_path(shape.path))

        return replace(
            self,
            body=flip_path(self.body),
            parts=tuple(flip_shape(part) for part in self.parts),
            nails=tuple(flip_shape(nail) for nail in self.nails),
            details=tuple(flip_shape(detail) for detail in self.details),
            landmarks={name: (self.width - x, y) for name, (x, y) in self.landmarks.items()},
        )

    def resolve(self, point: str | Sequence[float]) -> Point:
        """A landmark name or a relative ``[x, y]`` (0 to 1) as view units."""
        if isinstance(point, str):
            return self.landmarks[point]
        return (point[0] * self.width, point[1] * self.height)

    def outline(self) -> list[Point]:
        """The body as a polygon (Béziers flattened), for testing whether points lie on it."""
        return list(flatten(self.body))

    def contains(self, point: Point) -> bool:
        """Whether ``point`` lies on the foot: inside the body or one of its parts."""
        if _inside(point, self.outline()):
            return True
        for part in self.parts:
            x, y, rx, ry = part.ellipse
            if ((point[0] - x) / rx) ** 2 + ((point[1] - y) / ry) ** 2 <= 1:
                return True
        return False


def foot_view(name: str, foot: str = "right") -> FootView:
    """A named view of the right or left foot."""
    view = _views()[name]
    return view.mirrored() if foot == "left" else view


def view_names() -> list[str]:
    """The views content may ask for."""
    return list(_views())


@cache
def _views() -> dict[str, FootView]:
    text = resources.files("booklet").joinpath("data/views/foot.yaml").read_text("utf-8")
    return {name: _view(name, spec) for name, spec in yaml.safe_load(text).items()}


def _view(name: str, spec: dict[str, Any]) -> FootView:
    width, height = spec["box"]
    return FootView(
        name=name,
        width=width,
        height=height,
        body=_path(spec["body"]),
        open=spec.get("open", False),
        toes_in_front=spec.get("toes_in_front", False),
        parts=tuple(_shape(item) for item in spec.get("parts", [])),
        nails=tuple(_shape(item) for item in spec.get("nails", [])),
        details=tuple(_shape(item) for item in spec.get("details", [])),
        landmarks={key: (value[0], value[1]) for key, value in spec["landmarks"].items()},
    )


def _path(commands: Sequence[str]) -> tuple[Command, ...]:
    parsed = []
    for command in commands:
        op, *values = command.split()
        parsed.append((op, tuple(float(value) for value in values)))
    return tuple(parsed)


def _shape(item: Sequence[Any]) -> Shape:
    kind, *values = item
    if kind == "ellipse":
        x, y, rx, ry = (float(value) for value in values)
        return Shape("ellipse", ellipse=(x, y, rx, ry))
    return Shape("path", path=_path([str(value) for value in values]))


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


def _inside(point: Point, polygon: Sequence[Point]) -> bool:
    """Even-odd ray casting."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, [*polygon[1:], polygon[0]], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def smooth_path(points: Sequence[Point]) -> list[tuple[Point, Point, Point]]:
    """Cubic Bézier segments (control 1, control 2, end) through ``points`` (Catmull-Rom).

    Lets content give a stroke as a few landmarks and still get a flowing curve.
    """
    segments = []
    padded = [points[0], *points, points[-1]]
    for index in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[index - 1 : index + 3]
        control1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        control2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segments.append((control1, control2, p2))
    return segments


def direction(start: Point, end: Point) -> float:
    """The angle, in radians, from ``start`` to ``end``."""
    return math.atan2(end[1] - start[1], end[0] - start[0])


def point_problem(view: FootView, point: str | Sequence[float]) -> str | None:
    """Why ``point`` cannot be used on ``view``, or None when it can."""
    if isinstance(point, str):
        if point in view.landmarks:
            return None
        return (
            f"unknown landmark {point!r} for the {view.name} view "
            f"(valid: {', '.join(view.landmarks)}, or [x, y] from 0 to 1)"
        )
    x, y = point
    if not (0 <= x <= 1 and 0 <= y <= 1):
        return f"[{x:g}, {y:g}] is outside the picture (valid: x and y from 0 to 1)"
    if not view.contains(view.resolve(point)):
        return (
            f"[{x:g}, {y:g}] is off the foot in the {view.name} view "
            f"(valid: a point on the foot, or a landmark: {', '.join(view.landmarks)})"
        )
    return None


def hatch_segments(polygon: Sequence[Point], spacing: float) -> list[tuple[Point, Point]]:
    """Diagonal hatching lines clipped to a polygon, for shading an area in any print."""
    xs, ys = [p[0] for p in polygon], [p[1] for p in polygon]
    segments = []
    offset = min(x - y for x, y in polygon)
    while offset <= max(xs) - min(ys):
        crossings = []
        for (x1, y1), (x2, y2) in zip(polygon, [*polygon[1:], polygon[0]], strict=True):
            d1, d2 = x1 - y1 - offset, x2 - y2 - offset
            if (d1 > 0) != (d2 > 0):
                t = d1 / (d1 - d2)
                crossings.append((x1 + (x2 - x1) * t, y1 + (y2 - y1) * t))
        crossings.sort()
        segments += [(crossings[i], crossings[i + 1]) for i in range(0, len(crossings) - 1, 2)]
        offset += spacing
    return segments
