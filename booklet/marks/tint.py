"""``tint``: a light wash over the figure, "spread a thin layer here".

Lotion is a film on the skin, not a cast or a sock, so it is drawn light: a sixth of
the mark colour on the paper, far paler than a drawn hand (and a hand laid on it takes
a paper rim, so it stands clearly off it in black and white too), with a sparse
scatter of short glints that still prints where a printer drops the wash, and, where
it stops short of a place (the toes), a thin solid edge in the mark colour. A dashed
line means "then go back" on a stroke, so the edge is never dashed; a hatch's close
diagonal lines mean "the whole area", so the glints are short, far apart and lean the
other way.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from typing import ClassVar

from reportlab.graphics.shapes import Group, Line, Polygon
from reportlab.lib.colors import Color, white

from booklet.marks.base import DiagramStyle, Mark, Placement, PointRef
from booklet.model.geometry import Point, inside
from booklet.source.validation import Text
from booklet.source.yamlsource import FieldPath


class Tint(Mark):
    """A thin layer over the whole figure; its label, if any, points at the figure's middle."""

    kind: ClassVar[str] = "tint"
    legend: ClassVar[str] = "Spread a thin layer here"
    washes: ClassVar[bool] = True

    label: Text | None = None
    stop: PointRef | None = None
    """The wash ends a little below this place's height (the toes' bases), with an edge."""

    def points(self) -> Iterator[tuple[FieldPath, PointRef]]:
        if self.stop is not None:
            yield ("stop",), self.stop

    def draw(self, place: Placement) -> Group:
        if self.stop is None:
            return wash(place.outline(), place.style)
        limit = place.at(self.stop)[1] - place.style.mark_size * 0.8
        return wash(place.outline(), place.style, limit)

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        """A swatch of the wash, its edge and glints heavier than in a picture.

        On the legend's pale panel the wash itself barely shows, so its ink carries it:
        the mark colour (3:1 and more against the panel) at a weight that reads in print.
        """
        square = [(2.0, 2.0), (width - 2, 2.0), (width - 2, height - 2), (2.0, height - 2)]
        points = [value for point in square for value in point]
        fill = tinted(style.backdrop or white, style.mark)
        group = Group(Polygon(points, fillColor=fill, strokeColor=None))
        for share_x, share_y in SYMBOL_GLINTS:
            group.add(_glint((width * share_x, height * share_y), style, SYMBOL_INK))
        for start, end in zip(square, square[1:] + square[:1], strict=True):
            group.add(_edge(start, end, style, SYMBOL_INK))
        return [group]


TINGE = 0.16
"""How much of the mark colour goes into the paper for the lotion's tint (15 to 20 %)."""


SHEEN_SPACING = 1.8
"""The glints' spacing, in mark sizes: far sparser than a hatch's, so it reads as a film."""
SHEEN_LENGTH = 0.55
"""Each glint's length, in mark sizes: a short tick, never a line across the figure."""
SHEEN_WIDTH = 0.2
"""The glints' width, in mark widths: fine lines that still print."""
EDGE_WIDTH = 0.4
"""The edge's width, in mark widths: a thin solid line where the lotion ends."""


def tinted(paper: Color, mark: Color) -> Color:
    """``TINGE`` of the mark colour on the paper: a light film, paler than any hand."""
    return Color(*(a + (b - a) * TINGE for a, b in zip(paper.rgb(), mark.rgb(), strict=True)))


def wash(outline: Sequence[Point], style: DiagramStyle, stop: float | None = None) -> Group:
    """A light tint of ``outline``, cut off at height ``stop``.

    Where it is cut, a thin solid edge in the mark colour shows where the lotion ends.
    """
    shape = list(outline) if stop is None else clip_below(outline, stop)
    points = [value for point in shape for value in point]
    fill = tinted(style.backdrop or white, style.mark)
    group = Group(Polygon(points, fillColor=fill, strokeColor=None), sheen(shape, style))
    if stop is not None:
        for start, end in zip(shape, shape[1:] + shape[:1], strict=True):
            if abs(start[1] - stop) < 1e-6 and abs(end[1] - stop) < 1e-6:
                group.add(_edge(start, end, style))
    return group


SYMBOL_INK = 2.5
"""How much heavier the legend swatch's edge and glints are than a picture's."""
SYMBOL_GLINTS = ((0.3, 0.66), (0.52, 0.4), (0.74, 0.66))
"""Where the legend swatch's glints sit, as shares of its box."""


def sheen(outline: Sequence[Point], style: DiagramStyle) -> Group:
    """Short glints on a staggered grid inside ``outline``: a film that still reads in grey.

    A wash alone may vanish once printed in black; a few short ticks print on any
    printer, and lean against a hatch's lines so the two marks are not confused.
    """
    group = Group()
    for place in _glint_places(outline, style.mark_size * SHEEN_SPACING):
        group.add(_glint(place, style))
    return group


def _glint(centre: Point, style: DiagramStyle, weight: float = 1.0) -> Line:
    """One short glint leaning down to the right, ``weight`` times the usual width."""
    x, y = centre
    half = style.mark_size * SHEEN_LENGTH / 2 / math.sqrt(2)
    return Line(
        x - half,
        y + half,
        x + half,
        y - half,
        strokeColor=style.mark,
        strokeWidth=style.mark_width * SHEEN_WIDTH * weight,
        strokeLineCap=1,
    )


def _glint_places(outline: Sequence[Point], spacing: float) -> Iterator[Point]:
    """Points of a staggered grid ``spacing`` apart, well inside ``outline``."""
    if len(outline) < 3:
        return
    xs, ys = [p[0] for p in outline], [p[1] for p in outline]
    row, y = 0, min(ys) + spacing / 2
    while y < max(ys):
        x = min(xs) + spacing * (0.25 if row % 2 else 0.75)
        while x < max(xs):
            if all(inside(point, outline) for point in _corners((x, y), spacing / 4)):
                yield x, y
            x += spacing
        row, y = row + 1, y + spacing * 0.75
    return


def _corners(centre: Point, reach: float) -> list[Point]:
    x, y = centre
    return [(x - reach, y), (x + reach, y), (x, y - reach), (x, y + reach)]


def _edge(start: Point, end: Point, style: DiagramStyle, weight: float = 1.0) -> Line:
    return Line(
        *start,
        *end,
        strokeColor=style.mark,
        strokeWidth=style.mark_width * EDGE_WIDTH * weight,
        strokeLineCap=1,
    )


def clip_below(polygon: Sequence[Point], limit: float) -> list[Point]:
    """The part of ``polygon`` at or below height ``limit`` (one half-plane clip)."""
    out: list[Point] = []
    for start, end in zip(polygon, [*polygon[1:], polygon[0]], strict=True):
        start_in, end_in = start[1] <= limit, end[1] <= limit
        if start_in:
            out.append(start)
        if start_in != end_in:
            share = (limit - start[1]) / (end[1] - start[1])
            out.append((start[0] + (end[0] - start[0]) * share, limit))
    return out
