"""``tint``: a soft flat wash over the figure, "spread a thin layer here".

Lotion is a film on the skin, not an instruction to cover an area, so it is drawn as
one flat, soft tint: the skin's colour with a little of the mark colour in it, light
enough that the skin still reads as skin (never red, pale or blue, which the booklet
lists as warning signs), and, where it stops short of a place (the toes), a dashed
edge in the mark colour. Dots in a wash vanish at print size, so there are none: the
dashed edge and the label carry the meaning where a printer drops the tint.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import ClassVar

from reportlab.graphics.shapes import Group, Line, Polygon
from reportlab.lib.colors import Color

from booklet.marks.base import DiagramStyle, Mark, Placement, PointRef
from booklet.marks.hatch import hatch_segments
from booklet.model.geometry import Point
from booklet.source.validation import Text
from booklet.source.yamlsource import FieldPath


class Tint(Mark):
    """A thin layer over the whole figure; its label, if any, points at the figure's middle."""

    kind: ClassVar[str] = "tint"
    legend: ClassVar[str] = "Spread a thin layer here"

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
        square = [(2.0, 2.0), (width - 2, 2.0), (width - 2, height - 2), (2.0, height - 2)]
        group = wash(square, style)
        for start, end in zip(square, square[1:] + square[:1], strict=True):
            group.add(_edge(start, end, style))
        return [group]


TINGE = 0.14
"""How much of the mark colour goes into the skin's colour for the lotion's tint."""


SHEEN_SPACING = 1.5
"""The sheen lines' spacing, in mark sizes: sparser than a hatch's, so it reads as a film."""
SHEEN_WIDTH = 0.12
"""The sheen lines' width, in mark widths: hairlines, half a hatch's, that still print."""


def tinted(skin: Color, mark: Color) -> Color:
    """The skin's colour with a little of the mark colour in it: a film on the skin."""
    return Color(*(a + (b - a) * TINGE for a, b in zip(skin.rgb(), mark.rgb(), strict=True)))


def wash(outline: Sequence[Point], style: DiagramStyle, stop: float | None = None) -> Group:
    """A flat soft tint of ``outline``, cut off at height ``stop``.

    Where it is cut, a dashed edge in the mark colour shows where the lotion ends.
    """
    shape = list(outline) if stop is None else clip_below(outline, stop)
    points = [value for point in shape for value in point]
    fill = tinted(style.figure_fill, style.mark)
    group = Group(Polygon(points, fillColor=fill, strokeColor=None), sheen(shape, style))
    if stop is not None:
        for start, end in zip(shape, shape[1:] + shape[:1], strict=True):
            if abs(start[1] - stop) < 1e-6 and abs(end[1] - stop) < 1e-6:
                group.add(_edge(start, end, style))
    return group


def sheen(outline: Sequence[Point], style: DiagramStyle) -> Group:
    """Fine lines leaning the other way from a hatch: a film that still reads in grey.

    A tint alone sits near the hands' grey once printed in black; lines print on any
    printer, and lean against a hatch's so the two marks are not confused.
    """
    flipped = [(-x, y) for x, y in outline]
    group = Group()
    for (x0, y0), (x1, y1) in hatch_segments(flipped, style.mark_size * SHEEN_SPACING):
        group.add(
            Line(
                -x0,
                y0,
                -x1,
                y1,
                strokeColor=style.mark,
                strokeWidth=style.mark_width * SHEEN_WIDTH,
                strokeLineCap=1,
            )
        )
    return group


def _edge(start: Point, end: Point, style: DiagramStyle) -> Line:
    return Line(
        *start,
        *end,
        strokeColor=style.mark,
        strokeWidth=style.mark_width * 0.6,
        strokeDashArray=[style.mark_width * 1.8, style.mark_width * 1.2],
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
