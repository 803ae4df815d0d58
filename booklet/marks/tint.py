"""``tint``: a light wash over the figure, "spread a thin layer here".

Lotion is a film on the skin, not a cast or a sock, so it is drawn light: a sixth of
the mark colour on the paper, far paler than a drawn hand (and a hand laid on it takes
a paper rim, so it stands clearly off it in black and white too), with a sparse
scatter of short glints that still prints where a printer drops the wash. Where it
stops short of a place (the toes) it fades out into the skin in a few soft, wavy steps
of tone, as rubbed-in lotion thins at its edge: a ruled line there would read as the
top of a sock or a bandage. A hatch's close diagonal lines mean "the whole area", so
the glints are short, far apart and lean the other way.
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
    """The wash fades out a little below this place's height (the toes' bases)."""

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
        """A patch of skin with the wash on it, fading out at its top, glints heavier.

        On the legend's pale panel the wash itself barely shows, so the skin's outline
        frames it and its glints carry it: the mark colour (3:1 and more against the
        panel) at a weight that reads in print. No ruled edge, as in the pictures.
        """
        patch = [(2.0, 2.0), (width - 2, 2.0), (width - 2, height - 2), (2.0, height - 2)]
        skin = Polygon(
            [value for point in patch for value in point],
            fillColor=style.figure_fill,
            strokeColor=style.figure_outline,
            strokeWidth=style.outline_width,
            strokeLineJoin=1,
        )
        layers, _core = feather(patch, style, height * 0.68)
        group = Group(skin, *layers)
        for share_x, share_y in SYMBOL_GLINTS:
            group.add(_glint((width * share_x, height * share_y), style, SYMBOL_INK))
        return [group]


TINGE = 0.22
"""How much of the mark colour goes into the paper for the lotion's tint (about a fifth):
printed in grey it stands off the skin by about a tenth of the scale, so the lotion
shows without colour, and still a little paler than a hand laid on it."""


SHEEN_SPACING = 1.8
"""The glints' spacing, in mark sizes: far sparser than a hatch's, so it reads as a film."""
SHEEN_LENGTH = 0.55
"""Each glint's length, in mark sizes: a short tick, never a line across the figure."""
SHEEN_WIDTH = 0.2
"""The glints' width, in mark widths: fine lines that still print."""
FEATHER_STEPS = 3
"""How many steps of tone the wash fades through into the skin where it stops."""
FEATHER_STEP = 0.4
"""How far apart the steps are, in mark sizes: a soft edge about a mark deep."""
FEATHER_WAVE = (0.22, 2.4)
"""The steps' waviness, in mark sizes: how far each edge dips, and its wavelength."""


def tinted(paper: Color, mark: Color) -> Color:
    """``TINGE`` of the mark colour on the paper: a light film, paler than any hand."""
    return mix(paper, mark, TINGE)


def mix(base: Color, over: Color, share: float) -> Color:
    """``share`` of ``over`` laid on ``base``: an opaque stand-in for a see-through film."""
    return Color(*(a + (b - a) * share for a, b in zip(base.rgb(), over.rgb(), strict=True)))


def wash(outline: Sequence[Point], style: DiagramStyle, stop: float | None = None) -> Group:
    """A light tint of ``outline``, fading out into the skin below height ``stop``.

    Where it is cut, it steps from the skin's tone to the full tint in a few wavy
    bands (the highest at ``stop``), so the lotion has a soft edge, not a ruled one.
    """
    fill = tinted(style.backdrop or white, style.mark)
    if stop is None:
        shape = list(outline)
        points = [value for point in shape for value in point]
        return Group(Polygon(points, fillColor=fill, strokeColor=None), sheen(shape, style))
    layers, core = feather(outline, style, stop)
    return Group(*layers, sheen(core, style))


def feather(
    outline: Sequence[Point], style: DiagramStyle, stop: float
) -> tuple[list[Polygon], list[Point]]:
    """The wash's bands below ``stop``, palest and highest first, and the fullest's shape.

    Each band is the outline cut along a gentle wave a step lower than the one before,
    in a tone a step further from the skin toward the full tint; the waves are out of
    step with each other, so the edge reads as soft and uneven, as lotion thins out.
    """
    fill = tinted(style.backdrop or white, style.mark)
    depth, length = (share * style.mark_size for share in FEATHER_WAVE)
    layers: list[Polygon] = []
    shape: list[Point] = []
    for band in range(FEATHER_STEPS):
        top = stop - band * FEATHER_STEP * style.mark_size
        shape = wavy_below(outline, top, depth, length, band * 2.1)
        tone = mix(style.figure_fill, fill, (band + 1) / FEATHER_STEPS)
        points = [value for point in shape for value in point]
        layers.append(Polygon(points, fillColor=tone, strokeColor=None))
    return layers, shape


def wavy_below(
    polygon: Sequence[Point], limit: float, depth: float, length: float, phase: float
) -> list[Point]:
    """``polygon`` cut at height ``limit``, its cut edge a wave dipping ``depth`` below it.

    The wave never rises above ``limit``, so the wash stops as far short as asked.
    """
    shape = clip_below(polygon, limit)
    out: list[Point] = []
    for start, end in zip(shape, [*shape[1:], *shape[:1]], strict=True):
        out.append(start)
        if abs(start[1] - limit) < 1e-6 and abs(end[1] - limit) < 1e-6:
            steps = max(2, math.ceil(abs(end[0] - start[0]) / (length / 8)))
            for i in range(1, steps):
                x = start[0] + (end[0] - start[0]) * i / steps
                dip = 0.5 + 0.5 * math.sin(2 * math.pi * x / length + phase)
                out.append((x, limit - depth * dip))
    return out


SYMBOL_INK = 2.5
"""How much heavier the legend swatch's edge and glints are than a picture's."""
SYMBOL_GLINTS = ((0.3, 0.46), (0.52, 0.26), (0.74, 0.46))
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
