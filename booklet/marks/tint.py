"""``tint``: a soft wash over the whole figure, "spread a thin layer here".

Lotion is a film on the skin, not an instruction to cover an area, so it is drawn as
a sheen: the skin's own colour made paler (never a coloured skin, which the booklet
lists as a warning sign), with sparse dots of the mark colour in it and, where it
stops short of a place (the toes), a dashed edge. The dots and the edge carry the
meaning where a printer drops the wash (black and white, a faint toner).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar

from reportlab.graphics.shapes import Circle, Group, Line, Polygon
from reportlab.lib.colors import Color, white

from booklet.marks.base import DiagramStyle, Mark, Placement, PointRef
from booklet.model.geometry import Point, bounds, inside
from booklet.source.validation import Text
from booklet.source.yamlsource import FieldPath


class Tint(Mark):
    """A thin layer over the whole figure; its label, if any, points at the figure's middle."""

    kind: ClassVar[str] = "tint"
    legend: ClassVar[str] = "Spread a thin layer here"

    label: Text | None = None
    stop: PointRef | None = None
    """The wash ends a little below this place's height (the toes' bases), with an edge."""

    def points(self) -> Iterator[tuple[FieldPath, PointRef]]:
        if self.stop is not None:
            yield ("stop",), self.stop

    def draw(self, place: Placement) -> Group:
        if self.stop is None:
            return wash(place.outline(), place.style)
        limit = place.at(self.stop)[1] - place.style.mark_size * 0.8
        return wash(place.outline(), place.style, limit)

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        square = [(2.0, 2.0), (width - 2, 2.0), (width - 2, height - 2), (2.0, height - 2)]
        group = wash(square, style)
        for start, end in zip(square, square[1:] + square[:1], strict=True):
            group.add(_edge(start, end, style))
        return [group]


def _pale(color: Color, share: float) -> Color:
    """``color`` mixed with white, ``share`` of it left."""
    return Color(
        1 - (1 - color.red) * share, 1 - (1 - color.green) * share, 1 - (1 - color.blue) * share
    )


SHEEN = 0.45
"""How much of the figure's fill is left in the lotion's sheen (the rest is white)."""


def wash(outline: Sequence[Point], style: DiagramStyle, stop: float | None = None) -> Group:
    """A paler fill of ``outline`` with a sparse grid of dots, cut off at height ``stop``.

    Where it is cut, a dashed edge in the mark colour shows where the lotion ends.
    """
    shape = list(outline) if stop is None else clip_below(outline, stop)
    points = [value for point in shape for value in point]
    group = Group(Polygon(points, fillColor=_pale(style.figure_fill, SHEEN), strokeColor=None))
    for x, y in dot_grid(shape, style.mark_size * 1.3):
        group.add(
            Circle(
                x,
                y,
                style.mark_width * 0.32,
                fillColor=style.mark,
                strokeColor=white,
                strokeWidth=0,
            )
        )
    if stop is not None:
        for start, end in zip(shape, shape[1:] + shape[:1], strict=True):
            if abs(start[1] - stop) < 1e-6 and abs(end[1] - stop) < 1e-6:
                group.add(_edge(start, end, style))
    return group


def _edge(start: Point, end: Point, style: DiagramStyle) -> Line:
    return Line(
        *start,
        *end,
        strokeColor=style.mark,
        strokeWidth=style.mark_width * 0.45,
        strokeDashArray=[style.mark_width * 1.6, style.mark_width * 1.1],
        strokeLineCap=1,
    )


def clip_below(polygon: Sequence[Point], limit: float) -> list[Point]:
    """The part of ``polygon`` at or below height ``limit`` (one half-plane clip)."""
    out: list[Point] = []
    for start, end in zip(polygon, [*polygon[1:], polygon[0]], strict=True):
        start_in, end_in = start[1] <= limit, end[1] <= limit
        if start_in:
            out.append(start)
        if start_in != end_in:
            share = (limit - start[1]) / (end[1] - start[1])
            out.append((start[0] + (end[0] - start[0]) * share, limit))
    return out


def dot_grid(polygon: Sequence[Point], spacing: float) -> list[Point]:
    """Points of a staggered grid that lie inside ``polygon``, at least a spacing from its edge."""
    left, bottom, right, top = bounds(polygon)
    dots = []
    row = 0
    y = bottom + spacing * 0.6
    while y < top:
        x = left + spacing * (0.6 if row % 2 == 0 else 1.1)
        while x < right:
            if inside((x, y), polygon):
                dots.append((x, y))
            x += spacing
        y += spacing * 0.87
        row += 1
    return dots
