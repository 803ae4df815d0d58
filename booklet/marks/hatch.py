"""``hatch``: diagonal shading over the whole figure, "all of this area"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from reportlab.graphics.shapes import Group, Line

from booklet.marks.base import DiagramStyle, Mark, Placement
from booklet.model.geometry import Point
from booklet.source.validation import Text


class Hatch(Mark):
    """Shading over the whole figure; its label, if any, points at the figure's middle."""

    kind: ClassVar[str] = "hatch"
    legend: ClassVar[str] = "The whole shaded area"

    label: Text | None = None

    def draw(self, place: Placement) -> Group:
        return hatching(place.outline(), place.style)

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        square = [(2.0, 2.0), (width - 2, 2.0), (width - 2, height - 2), (2.0, height - 2)]
        return [hatching(square, style)]


def hatching(outline: Sequence[Point], style: DiagramStyle) -> Group:
    """Diagonal lines clipped to ``outline``; they survive any printer, unlike a tint."""
    group = Group()
    for start, end in hatch_segments(outline, style.mark_size * 0.9):
        group.add(
            Line(
                *start,
                *end,
                strokeColor=style.mark,
                strokeWidth=style.mark_width * 0.35,
                strokeLineCap=1,
            )
        )
    return group


def hatch_segments(polygon: Sequence[Point], spacing: float) -> list[tuple[Point, Point]]:
    """Diagonal hatching lines clipped to a polygon."""
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
        segments += [
            (crossings[i], crossings[i + 1])
            for i in range(0, len(crossings) - 1, 2)
            if crossings[i] != crossings[i + 1]  # a corner touched: no line, not a dot
        ]
        offset += spacing
    return segments
