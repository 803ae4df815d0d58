"""``press``: a dot in a ring, "press here"."""

from __future__ import annotations

from typing import ClassVar

from reportlab.graphics.shapes import Circle, Group
from reportlab.lib.colors import white

from booklet.marks.base import DiagramStyle, Placement, Spot
from booklet.model.geometry import Point


class Press(Spot):
    """A press at one point."""

    kind: ClassVar[str] = "press"
    legend: ClassVar[str] = "Press here"

    def draw(self, place: Placement) -> Group:
        return press_point(place.at(self.at), place.style)

    def clearance(self, place: Placement) -> float:
        return place.style.mark_size + place.style.mark_width

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        return [press_point((width / 2, height / 2), style)]


def press_point(centre: Point, style: DiagramStyle) -> Group:
    """A dot in a ring, on a white halo."""
    radius = style.mark_size
    return Group(
        Circle(*centre, radius + style.mark_width, fillColor=white, strokeColor=None),
        Circle(
            *centre, radius, fillColor=None, strokeColor=style.mark, strokeWidth=style.mark_width
        ),
        Circle(*centre, radius * 0.42, fillColor=style.mark, strokeColor=None),
    )
