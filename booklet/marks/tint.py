"""``tint``: a soft wash over the whole figure, "spread a thin layer here".

Lotion is a film on the skin, not an instruction to cover an area, so it is drawn as
a pale wash of the mark colour with sparse dots in it; the dots carry the meaning
where a printer drops the wash (black and white, a faint toner).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from reportlab.graphics.shapes import Circle, Group, Polygon
from reportlab.lib.colors import Color, white

from booklet.marks.base import DiagramStyle, Mark, Placement
from booklet.model.geometry import Point, bounds, inside
from booklet.source.validation import Text


class Tint(Mark):
    """A thin layer over the whole figure; its label, if any, points at the figure's middle."""

    kind: ClassVar[str] = "tint"
    legend: ClassVar[str] = "Spread a thin layer here"

    label: Text | None = None

    def draw(self, place: Placement) -> Group:
        return wash(place.outline(), place.style)

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        square = [(2.0, 2.0), (width - 2, 2.0), (width - 2, height - 2), (2.0, height - 2)]
        return [wash(square, style)]


def _pale(color: Color, share: float) -> Color:
    """``color`` mixed with white, ``share`` of it left."""
    return Color(
        1 - (1 - color.red) * share, 1 - (1 - color.green) * share, 1 - (1 - color.blue) * share
    )


def wash(outline: Sequence[Point], style: DiagramStyle) -> Group:
    """A pale fill of ``outline`` in the mark colour with a sparse grid of dots."""
    points = [value for point in outline for value in point]
    group = Group(Polygon(points, fillColor=_pale(style.mark, 0.22), strokeColor=None))
    for x, y in dot_grid(outline, style.mark_size * 1.3):
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
    return group


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
