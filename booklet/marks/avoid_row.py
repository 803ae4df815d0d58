"""``avoid_row``: a small "not here" sign in each of a row of places, joined by a bracket.

"Not between the toes" is a rule about every gap, so each web carries its own sign,
small enough (about 6 pt across at the standard size) to sit in the web without hiding
the toes. One label names them all: a straight bracket stands in the white beyond the
row (past the toes' tips, never over the drawing), with a short prong pointing into
each place, and the label's leader meets the bracket's end, so no line crosses a toe.
A single large sign past the row, or a rake of ticks, says "somewhere near here"; a
sign at each place says "here, and here, and here".
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Annotated, Any, ClassVar

from pydantic import Field, field_validator
from reportlab.graphics.shapes import Group, PolyLine
from reportlab.lib.colors import Color, white

from booklet.marks.avoid import avoid_mark
from booklet.marks.base import DiagramStyle, Mark, Placement, PointRef
from booklet.model.geometry import Point, inside
from booklet.source.limits import MAX_MARKS
from booklet.source.validation import Text
from booklet.source.yamlsource import FieldPath

SIGN = 0.38
"""Each sign's radius, in mark sizes: about 6 pt across with its ring at the standard size."""
PRONG = 0.4
"""How long each prong is, from the bracket toward its place, in mark sizes."""
CLEAR = 0.22
"""The white kept between the bracket and the drawing (or a sign), in mark sizes."""
TAIL = 0.7
"""How far the bracket runs on past its last prong, toward the label, in mark sizes."""


class AvoidRow(Mark):
    """A row of places to leave alone: a sign in each, one bracket, one label."""

    kind: ClassVar[str] = "avoid_row"
    legend: ClassVar[str] = "Not in any of these places"

    along: Annotated[list[PointRef], Field(max_length=MAX_MARKS)]
    """The places in the row; the label's leader meets the bracket at its right end."""
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
        """The bracket's end beside the label column: the leader ends on the bracket."""
        return self._bracket(place).tail

    def draw(self, place: Placement) -> Group:
        places = [place.at(point) for point in self.along]
        return row_mark(places, fitted(places, place.style), place.outline())

    def outlines(self, place: Placement) -> list[list[Point]]:
        """The signs and the bracket, so the window holds them and labels keep off them."""
        places = [place.at(point) for point in self.along]
        style = fitted(places, place.style)
        radius = sign_radius(style) + _sign_line(style)
        circles = [_circle(centre, radius) for centre in places]
        return [*circles, self._bracket(place).hull(_line(style) * 1.5)]

    def _bracket(self, place: Placement) -> Bracket:
        places = [place.at(point) for point in self.along]
        return bracket(places, fitted(places, place.style), place.outline())

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        row = [(width * share, 0.0) for share in (0.17, 0.5, 0.83)]
        small = fitted(row, _legend_style(style, height))
        y = sign_radius(small) + _sign_line(small) + 1
        return [row_mark([(x, y) for x, _ in row], small)]


class Bracket:
    """The bracket's straight spine (first to last prong, then the tail) and its prongs."""

    def __init__(self, prongs: Sequence[tuple[Point, Point]], tail: Point) -> None:
        self.prongs = list(prongs)
        """Each prong as (its foot on the spine, its tip toward its place)."""
        self.tail = tail

    def spine(self) -> list[Point]:
        """From the leftmost prong's foot, straight on through the rightmost to the tail."""
        return [min(foot for foot, _ in self.prongs), self.tail]

    def hull(self, pad: float) -> list[Point]:
        """A four-sided outline round the spine and the prongs, ``pad`` wide of them."""
        (x0, y0), (x1, y1) = self.spine()[0], self.tail
        drop = min(tip[1] - foot[1] for foot, tip in self.prongs)
        rise = max(tip[1] - foot[1] for foot, tip in self.prongs)
        low, high = min(drop, 0.0) - pad, max(rise, 0.0) + pad
        return [
            (x0 - pad, y0 + low),
            (x1 + pad, y1 + low),
            (x1 + pad, y1 + high),
            (x0 - pad, y0 + high),
        ]


def fitted(places: Sequence[Point], style: DiagramStyle) -> DiagramStyle:
    """The style, shrunk where the places lie closer than two signs' width (a small inset).

    Neighbouring signs may touch at their white rims, never overlap.
    """
    row = sorted(places)
    spacing = min(math.dist(a, b) for a, b in itertools.pairwise(row))
    share = min(1.0, spacing / (2 * (sign_radius(style) + _sign_line(style))))
    return replace(style, mark_size=style.mark_size * share, mark_width=style.mark_width * share)


def sign_radius(style: DiagramStyle) -> float:
    """Each sign's radius, to the middle of its ring."""
    return style.mark_size * SIGN


def _sign_line(style: DiagramStyle) -> float:
    """The ring's and bar's width, as :func:`~booklet.marks.avoid.avoid_mark` draws them."""
    return style.mark_width * SIGN / 1.05


def _line(style: DiagramStyle) -> float:
    """The bracket's line: thinner than an arrow, heavier than a leader."""
    return style.mark_width * 0.5


def _legend_style(style: DiagramStyle, height: float) -> DiagramStyle:
    """The style, shrunk if need be so a sign and the bracket over it fit ``height``."""
    need = sign_radius(style) + _sign_line(style) + _least(style) + _line(style) + 2
    share = min(1.0, height / need)
    return replace(style, mark_size=style.mark_size * share, mark_width=style.mark_width * share)


def _circle(centre: Point, radius: float, steps: int = 16) -> list[Point]:
    x, y = centre
    turns = [2 * math.pi * i / steps for i in range(steps)]
    return [(x + radius * math.cos(t), y + radius * math.sin(t)) for t in turns]


def _away(places: Sequence[Point], outline: Sequence[Point]) -> float:
    """+1 when the bracket stands above the row (the row is on the figure's upper side)."""
    if not outline:
        return 1.0
    middle = sum(y for _, y in places) / len(places)
    centre = sum(y for _, y in outline) / len(outline)
    return 1.0 if middle >= centre else -1.0


def _near(point: Point, outline: Sequence[Point], distance: float) -> bool:
    """Whether ``point`` lies on the figure or within ``distance`` of its outline."""
    if not outline:
        return False
    if inside(point, outline):
        return True
    return any(
        _to_segment(point, a, b) < distance
        for a, b in zip(outline, [*outline[1:], outline[0]], strict=True)
    )


def _to_segment(point: Point, a: Point, b: Point) -> float:
    (px, py), (ax, ay), (bx, by) = point, a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    share = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - ax - share * dx, py - ay - share * dy)


def _samples(start: Point, end: Point, step: float) -> Iterator[Point]:
    count = max(1, math.ceil(math.dist(start, end) / step))
    for i in range(count + 1):
        yield (
            start[0] + (end[0] - start[0]) * i / count,
            start[1] + (end[1] - start[1]) * i / count,
        )


def bracket(places: Sequence[Point], style: DiagramStyle, outline: Sequence[Point] = ()) -> Bracket:
    """The nearest straight bracket beyond the row, clear of the figure and the signs.

    Its ends are each lifted (over the row; under it when the row is on the figure's
    lower side) until the prong there keeps ``CLEAR`` off the outline, so the spine
    follows the drawing's edge (the toes' tips stepping down), then the whole bracket
    is lifted until every part keeps clear, its prongs hanging toward their places.
    """
    way = _away(places, outline)
    ends = [min(places), max(places)]
    first, last = (_lift([end], style, outline, way, (0.0, 0.0))[0] for end in ends)
    least = (first - _least(style), last - _least(style))
    return _lifted(places, style, way, _lift(places, style, outline, way, least))


def _lift(
    places: Sequence[Point],
    style: DiagramStyle,
    outline: Sequence[Point],
    way: float,
    base: tuple[float, float],
) -> tuple[float, float]:
    """The least lift of both ends, over ``base``, at which the bracket keeps clear."""
    size = style.mark_size
    keep = sign_radius(style) + _sign_line(style) + size * CLEAR
    extra = _least(style)
    while extra < size * 12:
        lift = (base[0] + extra, base[1] + extra)
        if not _touches(_lifted(places, style, way, lift), places, outline, style, keep):
            return lift
        extra += size * 0.1
    return (base[0] + extra, base[1] + extra)


def _least(style: DiagramStyle) -> float:
    """The least lift: a prong's length past a sign and the white round it."""
    return sign_radius(style) + _sign_line(style) + style.mark_size * (CLEAR + PRONG)


def _lifted(
    places: Sequence[Point], style: DiagramStyle, way: float, lift: tuple[float, float]
) -> Bracket:
    """The bracket with its leftmost end ``lift[0]`` off the row, its rightmost ``lift[1]``."""
    (x0, y0), (x1, y1) = min(places), max(places)
    y0, y1 = y0 + way * lift[0], y1 + way * lift[1]
    slope = 0.0 if x1 == x0 else (y1 - y0) / (x1 - x0)
    prong = style.mark_size * PRONG * way
    pairs = []
    for x, _ in places:
        foot = (x, y0 + slope * (x - x0))
        pairs.append((foot, (x, foot[1] - prong)))
    reach = style.mark_size * TAIL / math.hypot(1.0, slope)
    return Bracket(pairs, (x1 + reach, y1 + slope * reach))


def _touches(
    shape: Bracket,
    places: Sequence[Point],
    outline: Sequence[Point],
    style: DiagramStyle,
    keep: float,
) -> bool:
    """Whether any part of ``shape`` comes near the figure or within ``keep`` of a sign."""
    spine = shape.spine()
    lines = [*itertools.pairwise(spine), *shape.prongs]
    step, clear = style.mark_size * 0.15, style.mark_size * CLEAR
    return any(
        _near(point, outline, clear) or any(math.dist(point, c) < keep for c in places)
        for start, end in lines
        for point in _samples(start, end, step)
    )


def row_mark(places: Sequence[Point], style: DiagramStyle, outline: Sequence[Point] = ()) -> Group:
    """A small sign at each place, and the bracket with a prong toward each, on a halo."""
    shape = bracket(places, style, outline)
    line = _line(style)
    group = Group()
    for color, width in ((white, line * 2.8), (style.mark, line)):
        group.add(_polyline(shape.spine(), color, width))
        for foot, tip in shape.prongs:
            group.add(_polyline([foot, tip], color, width))
    for centre in places:
        group.add(avoid_mark(centre, style, SIGN / 1.05))
    return group


def _polyline(points: Sequence[Point], color: Color, width: float) -> PolyLine:
    return PolyLine(
        [value for point in points for value in point],
        strokeColor=color,
        strokeWidth=width,
        strokeLineCap=1,
        strokeLineJoin=1,
    )
