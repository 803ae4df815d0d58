"""``avoid``: a circle with a bar through it, "not here"."""

from __future__ import annotations

import math
from typing import Annotated, ClassVar

from pydantic import Field
from reportlab.graphics.shapes import Circle, Group, Line
from reportlab.lib.colors import white

from booklet.marks.base import DiagramStyle, Placement, Spot
from booklet.model.geometry import Point


class Avoid(Spot):
    """A place to leave alone."""

    kind: ClassVar[str] = "avoid"
    legend: ClassVar[str] = "Not here"

    size: Annotated[float, Field(ge=0.2, le=1)] = 1
    """A share of the full mark, for small places such as the gaps between toes (one
    mark to a gap, each clear of the next)."""

    def draw(self, place: Placement) -> Group:
        return avoid_mark(place.at(self.at), place.style, self.size)

    def clearance(self, place: Placement) -> float:
        """Past the ring and its halo, so the leader's dot sits beside the mark, not on it."""
        style = place.style
        return style.mark_size * 1.05 * self.size + _line(style, self.size) * 1.5 + LEADER_DOT

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        return [avoid_mark((width / 2, height / 2), style)]


LEADER_DOT = 2.4
"""Room for a label's leader dot (its radius and white rim) beside the mark."""


def _line(style: DiagramStyle, size: float) -> float:
    """The ring's and bar's width: thinner on small marks, so a small ring stays open."""
    return style.mark_width * max(size, 0.3)


def avoid_mark(centre: Point, style: DiagramStyle, size: float = 1) -> Group:
    """A circle with a bar through it, on a white halo; ``size`` shrinks it for small places."""
    radius = style.mark_size * 1.05 * size
    line = _line(style, size)
    offset = radius * math.sqrt(0.5)
    return Group(
        Circle(*centre, radius + line, fillColor=white, strokeColor=None),
        Circle(*centre, radius, fillColor=None, strokeColor=style.mark, strokeWidth=line),
        Line(
            centre[0] - offset,
            centre[1] + offset,
            centre[0] + offset,
            centre[1] - offset,
            strokeColor=style.mark,
            strokeWidth=line,
            strokeLineCap=1,
        ),
    )
