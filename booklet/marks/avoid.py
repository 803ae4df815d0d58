"""``avoid``: a circle with a bar through it, "not here"."""

from __future__ import annotations

import math
from typing import ClassVar

from reportlab.graphics.shapes import Circle, Group, Line
from reportlab.lib.colors import white

from booklet.marks.base import DiagramStyle, Placement, Spot
from booklet.model.geometry import Point


class Avoid(Spot):
    """A place to leave alone."""

    kind: ClassVar[str] = "avoid"
    legend: ClassVar[str] = "Not here"

    def draw(self, place: Placement) -> Group:
        return avoid_mark(place.at(self.at), place.style)

    def clearance(self, place: Placement) -> float:
        return place.style.mark_size * 1.05 + place.style.mark_width

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        return [avoid_mark((width / 2, height / 2), style)]


def avoid_mark(centre: Point, style: DiagramStyle) -> Group:
    """A circle with a bar through it, on a white halo."""
    radius = style.mark_size * 1.05
    offset = radius * math.sqrt(0.5)
    return Group(
        Circle(*centre, radius + style.mark_width, fillColor=white, strokeColor=None),
        Circle(
            *centre, radius, fillColor=None, strokeColor=style.mark, strokeWidth=style.mark_width
        ),
        Line(
            centre[0] - offset,
            centre[1] + offset,
            centre[0] + offset,
            centre[1] - offset,
            strokeColor=style.mark,
            strokeWidth=style.mark_width,
            strokeLineCap=1,
        ),
    )
