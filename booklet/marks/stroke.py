"""``stroke``: a smooth arrow along a path, one way or both ways.

A dashed stroke is lighter: it shows the way from one place to the next (where the
thumb moves on between circles), not a stroke of the hand itself.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from typing import Annotated, Any, ClassVar

from pydantic import Field, field_validator
from reportlab.graphics.shapes import Group, Path
from reportlab.lib.colors import Color, white

from booklet.marks.base import DiagramStyle, Mark, Placement, PointRef
from booklet.marks.shapes import arrow_head
from booklet.model.geometry import Point
from booklet.source.limits import MAX_MARKS
from booklet.source.validation import Text
from booklet.source.yamlsource import FieldPath


class Stroke(Mark):
    """A motion along a path of two or more points."""

    kind: ClassVar[str] = "stroke"
    legend: ClassVar[str] = "Move in the direction of the arrow"
    styles: ClassVar[dict[str, str]] = {"stroke_dashed": "Then go back, or on to the next place"}

    path: Annotated[list[PointRef], Field(max_length=MAX_MARKS)]
    both_ways: bool = False
    dashed: bool = False
    """A light dashed arrow: the order to move from place to place."""
    label: Text | None = None

    @field_validator("path")
    @classmethod
    def _two_points(cls, path: list[Any]) -> list[Any]:
        if len(path) < 2:
            raise ValueError(
                f"an arrow needs at least 2 points, got {len(path)} (valid: e.g. [start, end])"
            )
        return path

    def points(self) -> Iterator[tuple[FieldPath, PointRef]]:
        for index, point in enumerate(self.path):
            yield ("path", index), point

    def anchor(self) -> PointRef | None:
        return self.path[-1]

    def draw(self, place: Placement) -> Group:
        points = [place.at(point) for point in self.path]
        return stroke_arrow(points, place.style, both_ways=self.both_ways, dashed=self.dashed)

    def legend_entry(self) -> str:
        return "stroke_dashed" if self.dashed else self.kind

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        return [stroke_arrow([(width * 0.08, height / 2), (width * 0.92, height / 2)], style)]

    @classmethod
    def style_symbol(
        cls, entry: str, style: DiagramStyle, width: float, height: float
    ) -> list[Group] | None:
        """The dashed arrow as the pages draw it (thinner, lighter), or the solid one."""
        if entry != "stroke_dashed":
            return cls.symbol(style, width, height)
        line = [(width * 0.08, height / 2), (width * 0.92, height / 2)]
        return [stroke_arrow(line, style, dashed=True)]


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


def stroke_arrow(
    points: Sequence[Point], style: DiagramStyle, *, both_ways: bool = False, dashed: bool = False
) -> Group:
    """A smooth arrow through ``points``, ending on the last one (and the first, both ways).

    Dashed, its shaft is thinner and broken and its head smaller.
    """
    segments = smooth_path(points)
    head = style.mark_size * (0.8 if dashed else 1.1)
    width = style.mark_width * (0.6 if dashed else 1)
    end_control, end = segments[-1][1], segments[-1][2]
    angle = math.atan2(end[1] - end_control[1], end[0] - end_control[0])
    shaft_end = (end[0] - math.cos(angle) * head * 0.6, end[1] - math.sin(angle) * head * 0.6)
    segments[-1] = (segments[-1][0], segments[-1][1], shaft_end)
    start = points[0]
    start_angle = math.atan2(start[1] - segments[0][0][1], start[0] - segments[0][0][0])
    if both_ways:
        start = (
            start[0] - math.cos(start_angle) * head * 0.6,
            start[1] - math.sin(start_angle) * head * 0.6,
        )

    def shaft(color: Color, line: float, dash: list[float] | None = None) -> Path:
        path = Path(
            strokeColor=color, strokeWidth=line, fillColor=None, strokeLineCap=1, strokeLineJoin=1
        )
        path.strokeDashArray = dash
        path.moveTo(*start)
        for control1, control2, point in segments:
            path.curveTo(*control1, *control2, *point)
        return path

    dash = [width * 2.2, width * 2.2] if dashed else None
    group = Group(shaft(white, width * 2.6), shaft(style.mark, width, dash))
    group.add(arrow_head(end, angle, head, style))
    if both_ways:
        group.add(arrow_head(points[0], start_angle, head, style))
    return group
