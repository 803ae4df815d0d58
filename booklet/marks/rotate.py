"""``rotate``: wide curved arrows around a point, "turn slowly, this way"."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, ClassVar, Literal

from pydantic import Field
from reportlab.graphics.shapes import Group

from booklet.marks.base import DiagramStyle, Mark, Placement, PointRef
from booklet.marks.shapes import arc_arrow
from booklet.model.geometry import Point
from booklet.source.validation import Text
from booklet.source.yamlsource import FieldPath

BOTH_WAYS = (160.0, 220.0)
"""The arc of a "both ways" ring: from its left, under the centre, round to its right."""


class Rotate(Mark):
    """A turning motion around a point."""

    kind: ClassVar[str] = "rotate"
    legend: ClassVar[str] = "Turn, as the arrows show"

    around: PointRef
    direction: Literal["clockwise", "counterclockwise", "both"] = "clockwise"
    label: Text | None = None
    size: Annotated[float, Field(ge=0.5, le=3)] = 1
    """A share of the ring's own size: larger goes round a whole joint, clear of the hands."""

    def points(self) -> Iterator[tuple[FieldPath, PointRef]]:
        yield ("around",), self.around

    def anchor(self) -> PointRef | None:
        return self.around

    def draw(self, place: Placement) -> Group:
        return turning_arrow(place.at(self.around), self.direction, place.style, self.size)

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        centre = (width / 2, height / 2)
        rx, ry = width * 0.4, height * 0.32
        return [arc_arrow(centre, rx, ry, *BOTH_WAYS, style, both_ends=True)]


def turning_arrow(centre: Point, direction: str, style: DiagramStyle, size: float = 1) -> Group:
    """A wide flattened circle with an arrowhead.

    "both" is the near half of the ring with a head at each end, pointing apart, for
    "circle one way, then the other" (a whole ring's two heads would meet in its gap and
    read as one way round).
    """
    rx, ry = style.mark_size * 3.4 * size, style.mark_size * 1.7 * size
    if direction == "both":  # one ring, a head at each end: this way, then that way
        return arc_arrow(centre, rx, ry, *BOTH_WAYS, style, both_ends=True)
    sweep = 300 if direction == "counterclockwise" else -300
    return arc_arrow(centre, rx, ry, 200, sweep, style)
