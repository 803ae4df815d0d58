"""``avoid_row``: one "not here" symbol with a bracket spanning a row of small places.

Small "not here" marks in each gap between the toes shrink to a millimetre or two at
print size and read as screw heads. One full-size symbol, the same as the legend's,
beside a bracket that runs along the row (a tick into each place) says "none of these"
at a size that prints: the bracket lies just off the row, on the side away from the
figure's top (toward the heel, below the toe gaps), and a short tail runs level from its
last end to the symbol, just past the figure's edge, where it is clear of the toes.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Annotated, Any, ClassVar

from pydantic import Field, field_validator
from reportlab.graphics.shapes import Group, PolyLine
from reportlab.lib.colors import Color, white

from booklet.marks.avoid import LEADER_DOT, avoid_mark
from booklet.marks.base import DiagramStyle, Mark, Placement, PointRef
from booklet.model.geometry import Point, inside
from booklet.source.limits import MAX_MARKS
from booklet.source.validation import Text
from booklet.source.yamlsource import FieldPath

OFFSET = 0.9
"""How far the bracket lies off the row, in mark sizes."""
GAP = 0.6
"""The space between the bracket's end and the symbol's ring, in mark sizes."""


class AvoidRow(Mark):
    """A row of places to leave alone, bracketed, with one "not here" symbol."""

    kind: ClassVar[str] = "avoid_row"
    legend: ClassVar[str] = "Not in any of these places"

    along: Annotated[list[PointRef], Field(max_length=MAX_MARKS)]
    """The places in the row, in order; the symbol sits past the last."""
    label: Text | None = None

    @field_validator("along")
    @classmethod
    def _two_places(cls, along: list[Any]) -> list[Any]:
        if len(along) < 2:
            raise ValueError(
                f"a row needs at least 2 places, got {len(along)} (valid: e.g. [gap-4, gap-1])"
            )
        return along

    def points(self) -> Iterator[tuple[FieldPath, PointRef]]:
        for index, point in enumerate(self.along):
            yield ("along", index), point

    def anchor(self) -> PointRef | None:
        return self.along[-1]

    def pointer(self, place: Placement) -> Point | None:
        """The symbol: the leader ends on its ring, not on the last place."""
        bracket = bracket_points([place.at(point) for point in self.along], place.style)
        return symbol_centre(bracket, place.style, place.outline())

    def clearance(self, place: Placement) -> float:
        """The symbol's radius, so the leader starts beside its ring."""
        return _radius(place.style) + LEADER_DOT

    def draw(self, place: Placement) -> Group:
        return row_mark([place.at(point) for point in self.along], place.style, place.outline())

    def outlines(self, place: Placement) -> list[list[Point]]:
        """The symbol's ring, so the picture's window holds it and labels keep off it."""
        bracket = bracket_points([place.at(point) for point in self.along], place.style)
        (x, y), radius = symbol_centre(bracket, place.style, place.outline()), _radius(place.style)
        steps = 16
        return [
            [
                (
                    x + radius * math.cos(2 * math.pi * i / steps),
                    y + radius * math.sin(2 * math.pi * i / steps),
                )
                for i in range(steps)
            ]
        ]

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        small = _legend_style(style, height)
        row = [
            (width * 0.06, height * 0.62),
            (width * 0.22, height * 0.62),
            (width * 0.38, height * 0.62),
        ]
        return [row_mark(row, small)]


def _legend_style(style: DiagramStyle, height: float) -> DiagramStyle:
    """The style with its marks shrunk to fit a legend cell ``height`` tall."""
    size = min(style.mark_size, height * 0.2)
    return replace(style, mark_size=size, mark_width=style.mark_width * size / style.mark_size)


def _radius(style: DiagramStyle) -> float:
    return style.mark_size * 1.05 + style.mark_width


def _below(places: Sequence[Point]) -> Point:
    """The unit normal to the row, on the side away from the figure's top."""
    (x0, y0), (x1, y1) = places[0], places[-1]
    length = math.hypot(x1 - x0, y1 - y0) or 1.0
    normal = ((y1 - y0) / length, -(x1 - x0) / length)
    return normal if normal[1] <= 0 else (-normal[0], -normal[1])


def bracket_points(places: Sequence[Point], style: DiagramStyle) -> list[Point]:
    """The row moved off the places, one bracket point for each place."""
    nx, ny = _below(places)
    offset = style.mark_size * OFFSET
    return [(x + nx * offset, y + ny * offset) for x, y in places]


def symbol_centre(
    bracket: Sequence[Point], style: DiagramStyle, outline: Sequence[Point] = ()
) -> Point:
    """Level with the bracket's last point, past it: on the figure's edge, when given."""
    (x0, _), (x1, y1) = bracket[0], bracket[-1]
    way = 1.0 if x1 >= x0 else -1.0
    reach = _radius(style) + style.mark_size * GAP
    x = x1 + way * reach
    if outline:
        edge = x1
        while inside((edge, y1), outline):
            edge += way * style.mark_size * 0.25
        x = edge + way * _radius(style) * 0.15
    return (x, y1)


def row_mark(places: Sequence[Point], style: DiagramStyle, outline: Sequence[Point] = ()) -> Group:
    """The bracket with a tick up into each place, and a tail to the symbol past its end."""
    bracket = bracket_points(places, style)
    centre = symbol_centre(bracket, style, outline)
    way = 1.0 if centre[0] >= bracket[-1][0] else -1.0
    tail = [bracket[-1], (centre[0] - way * _radius(style), centre[1])]
    line = style.mark_width * 0.75  # ticks that still print at 1:1
    group = Group()
    for color, width in ((white, line * 2.8), (style.mark, line)):
        group.add(_polyline(bracket, color, width))
        group.add(_polyline(tail, color, width))
        for place, foot in zip(places, bracket, strict=True):
            group.add(_polyline([foot, _short_of(foot, place, line / 2)], color, width))
    group.add(avoid_mark(centre, style))
    return group


def _short_of(start: Point, end: Point, distance: float) -> Point:
    """The point ``distance`` before ``end`` on the way from ``start``.

    A tick's round cap then ends on its place (the web between two toes), not past it.
    """
    length = math.dist(start, end)
    if length <= distance:
        return end
    share = 1 - distance / length
    return (start[0] + (end[0] - start[0]) * share, start[1] + (end[1] - start[1]) * share)


def _polyline(points: Sequence[Point], color: Color, width: float) -> PolyLine:
    return PolyLine(
        [value for point in points for value in point],
        strokeColor=color,
        strokeWidth=width,
        strokeLineCap=1,
        strokeLineJoin=1,
    )
