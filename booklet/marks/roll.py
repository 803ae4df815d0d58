"""``roll``: a ring round a toe's shaft with a head at each end, "roll it gently".

Rolling a toe between finger and thumb is a turn about the toe's own length, so the
mark is a small tilted ring round the toe, as a band would lie round it: its front half,
over the toe, drawn solid with a head at each end (the roll goes both ways), its back
half, under the toe, thin and dashed. A flat arc beside the toe would read as a
side-to-side wiggle, and a straight arrow along it as "pull". Where a hand grips the
toe and its nail should show, the ring may sit just past the toe's tip (``past``), on
the toe's own axis, as a turn about that axis is drawn.
"""

from __future__ import annotations

import math
from typing import Annotated, ClassVar

from pydantic import Field
from reportlab.graphics.shapes import Group, Path
from reportlab.lib.colors import white

from booklet.marks.base import DiagramStyle, Placement, Spot
from booklet.marks.shapes import arc_arrow
from booklet.model.geometry import Point

FLATTEN = 0.32
"""How much shorter the ring is along the toe than across it: a band seen from above."""
FRONT = (192.0, 156.0)
"""Where the front half starts (degrees) and how far it sweeps, under the centre."""


class Roll(Spot):
    """A gentle roll of a small part (a toe, a finger) both ways, round its own length."""

    kind: ClassVar[str] = "roll"
    legend: ClassVar[str] = "Roll gently, both ways"

    size: Annotated[float, Field(ge=0.5, le=3)] = 1
    """A share of the mark's own size: larger wraps round a toe seen close up."""
    angle: Annotated[float, Field(ge=-180, le=180)] = 0
    """Degrees the ring is turned: 0 for a toe pointing up the picture."""
    past: Annotated[float, Field(ge=0, le=2)] = 0
    """How far past its point the ring is drawn along the part, in the ring's own half
    depth: 0 round the point itself; 1 puts its solid front half's lowest point there,
    so a ring ``past: 1`` from a toe's tip lies just off the tip, clear of its nail."""

    def centre(self, place: Placement) -> Point:
        """Where the ring's centre is drawn: its point, moved ``past`` along the part."""
        x, y = place.at(self.at)
        reach = self.past * place.style.mark_size * 1.7 * self.size * FLATTEN
        turn = math.radians(self.angle)
        return (x - math.sin(turn) * reach, y + math.cos(turn) * reach)

    def draw(self, place: Placement) -> Group:
        return rolling_arrow(self.centre(place), place.style, self.size, self.angle)

    def clearance(self, place: Placement) -> float:
        return place.style.mark_size * 1.8 * self.size

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        return [rolling_arrow((width / 2, height * 0.5), style, 0.8)]


def rolling_arrow(centre: Point, style: DiagramStyle, size: float = 1, angle: float = 0) -> Group:
    """A flat ring across ``centre``: the back half dashed, the front half solid, two heads."""
    rx = style.mark_size * 1.7 * size
    ry = rx * FLATTEN
    ring = Group(_back(rx, ry, style), arc_arrow((0, 0), rx, ry, *FRONT, style, both_ends=True))
    turn = math.radians(angle)
    c, s = math.cos(turn), math.sin(turn)
    ring.transform = (c, s, -s, c, centre[0], centre[1])
    return ring


def _back(rx: float, ry: float, style: DiagramStyle) -> Group:
    """The ring's far half, passing under the toe: thin and dashed, on a pale halo."""
    start, sweep = FRONT[0] + FRONT[1], 360 - FRONT[1]
    points = [
        (rx * math.cos(math.radians(start + sweep * i / 24)),
         ry * math.sin(math.radians(start + sweep * i / 24)))
        for i in range(25)
    ]  # fmt: skip

    def arc(color: object, width: float, dashed: bool) -> Path:
        path = Path(strokeColor=color, strokeWidth=width, fillColor=None, strokeLineCap=1)
        if dashed:
            path.strokeDashArray = [style.mark_width * 1.6, style.mark_width * 1.4]
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        return path

    width = style.mark_width * 0.6
    return Group(arc(white, width * 2.6, False), arc(style.mark, width, True))
