"""``roll``: a short curved arrow across a point with a head at each end, "roll it gently".

Rolling a toe between finger and thumb is a turn about the toe's own length, so the
mark is a small arc across the toe, its two heads showing the roll goes both ways; a
straight arrow along the toe would read as "pull".
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import Field
from reportlab.graphics.shapes import Group

from booklet.marks.base import DiagramStyle, Placement, Spot
from booklet.marks.shapes import arc_arrow
from booklet.model.geometry import Point


class Roll(Spot):
    """A gentle roll of a small part (a toe, a finger) both ways."""

    kind: ClassVar[str] = "roll"
    legend: ClassVar[str] = "Roll gently, both ways"

    size: Annotated[float, Field(ge=0.5, le=3)] = 1
    """A share of the mark's own size: larger wraps round a toe seen close up."""

    def draw(self, place: Placement) -> Group:
        return rolling_arrow(place.at(self.at), place.style, self.size)

    def clearance(self, place: Placement) -> float:
        return place.style.mark_size * 1.8 * self.size

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        return [rolling_arrow((width / 2, height * 0.62), style)]


def rolling_arrow(centre: Point, style: DiagramStyle, size: float = 1) -> Group:
    """The lower part of a flat ellipse across ``centre``, a head at each end."""
    rx, ry = style.mark_size * 1.7 * size, style.mark_size * 0.9 * size
    return arc_arrow(centre, rx, ry, 200, 140, style, both_ends=True)
