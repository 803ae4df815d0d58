"""``circles``: a small circling arrow, "make small circles here"."""

from __future__ import annotations

import math
from typing import ClassVar

from reportlab.graphics.shapes import Group

from booklet.marks.base import DiagramStyle, Placement, Spot
from booklet.marks.shapes import arc_arrow
from booklet.model.geometry import Point


class Circles(Spot):
    """Small circles at one point."""

    kind: ClassVar[str] = "circles"
    legend: ClassVar[str] = "Small circles"

    def draw(self, place: Placement) -> Group:
        return circling_arrow(place.at(self.at), place.style, _radius(place))

    def clearance(self, place: Placement) -> float:
        return _radius(place) + place.style.mark_width

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        return [circling_arrow((width / 2, height / 2), style, style.mark_size)]


def _radius(place: Placement) -> float:
    """Circles shrink when they sit close together (one on each small part) so they never touch."""
    centres = place.same_kind
    gaps = [math.dist(a, b) for i, a in enumerate(centres) for b in centres[i + 1 :]]
    widest = place.style.mark_size
    return min(widest, min(gaps, default=widest * 3) * 0.5 - place.style.mark_width * 0.25)


def circling_arrow(centre: Point, style: DiagramStyle, radius: float) -> Group:
    """A small circle that nearly closes, with an arrowhead.

    Its gap and head face left, away from the label column, so a leader line leaves
    through the ring's side and never through its arrowhead.
    """
    return arc_arrow(centre, radius, radius, 215, 300, style)
