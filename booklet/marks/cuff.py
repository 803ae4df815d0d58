"""A sleeve's cuff across a hand's wrist, where a pose's arm is cut off.

A long bare forearm across a picture can read as a second leg standing on the foot, so
a hand may stop at its wrist: content gives a line across the pose's wrist (two points
in the pose's own units), the pose is drawn only on its grip's side of that line, and
the end of a sleeve (a cuff) is drawn along it, so the hand ends as a dressed arm leaving
the scene, not as a cut one. The cuff is pale cloth with a hem, opaque and outlined all
round, so every sleeve ends crisply where it is cut, in print and in greyscale alike: a
sleeve fading into the paper reads as unfinished, and a dark band at the wrist as a
glove's.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Group, Path
from reportlab.lib.colors import Color, white

from booklet.marks.base import DiagramStyle
from booklet.marks.figure import mix
from booklet.model.geometry import Point, clip_half_plane, segment_crossings

DEPTH = 30.0
"""How far up the arm the cuff reaches from the line, in the pose's units (millimetres)."""
OVERLAP = 3.0
"""How far the cuff laps onto the hand's side of the line, so no cut skin shows."""
FLARE = 4.0
"""How far the cuff stands out past each side of the arm: cloth round a wrist."""
REACH = 2000.0
"""Far enough along and beside the line to hold any pose."""


@dataclass(frozen=True)
class Cut:
    """A line across a pose's wrist: a point on it, its direction, the grip's side."""

    origin: Point
    along: Point
    toward_grip: Point

    def at(self, along: float, across: float) -> Point:
        """The point ``along`` the line and ``across`` it (positive: the grip's side)."""
        return (
            self.origin[0] + self.along[0] * along + self.toward_grip[0] * across,
            self.origin[1] + self.along[1] * along + self.toward_grip[1] * across,
        )


def cut_of(line: tuple[Point, Point], grip: Point) -> Cut:
    """The cut along ``line``, keeping the side ``grip`` is on."""
    (x0, y0), (x1, y1) = line
    length = math.hypot(x1 - x0, y1 - y0)
    along = ((x1 - x0) / length, (y1 - y0) / length)
    normal = (-along[1], along[0])
    if (grip[0] - x0) * normal[0] + (grip[1] - y0) * normal[1] < 0:
        normal = (-normal[0], -normal[1])
    return Cut((x0, y0), along, normal)


def arm_span(cut: Cut, polygons: Sequence[Sequence[Point]]) -> tuple[float, float] | None:
    """Where the polygons' outlines cross the line, as distances along it; None: they miss."""
    start, end = cut.at(-REACH, 0), cut.at(REACH, 0)
    crossings = [point for polygon in polygons for point in segment_crossings(start, end, polygon)]
    if len(crossings) < 2:
        return None
    distances = [
        (x - cut.origin[0]) * cut.along[0] + (y - cut.origin[1]) * cut.along[1]
        for x, y in crossings
    ]
    return min(distances), max(distances)


def kept(cut: Cut, polygons: Sequence[Sequence[Point]]) -> list[list[Point]]:
    """The polygons' parts on the grip's side of the cut (under the cuff, not past it)."""
    shifted = cut.at(0, -OVERLAP)
    parts = [clip_half_plane(polygon, shifted, cut.toward_grip) for polygon in polygons]
    return [part for part in parts if len(part) >= 3]


def keep_region(cut: Cut) -> list[Point]:
    """A square on the grip's side of the line (lapping under the cuff), for clipping."""
    return [
        cut.at(-REACH, -OVERLAP),
        cut.at(REACH, -OVERLAP),
        cut.at(REACH, REACH),
        cut.at(-REACH, REACH),
    ]


def cuff_outline(cut: Cut, span: tuple[float, float]) -> list[Point]:
    """The cuff: a band across the wrist, its hand-side edge bowed a little toward the hand."""
    low, high = span[0] - FLARE, span[1] + FLARE
    edge = [
        cut.at(low + (high - low) * step / 8, OVERLAP + 2.0 * (1 - ((step - 4) / 4) ** 2))
        for step in range(9)
    ]
    far = [cut.at(high + FLARE * 0.5, -DEPTH), cut.at(low - FLARE * 0.5, -DEPTH)]
    return [*edge, *far]


def cuff_group(
    cut: Cut, span: tuple[float, float], scale: float, style: DiagramStyle, rim: float = 0.0
) -> Group:
    """The sleeve's end drawn in the pose's units (``scale`` points each).

    Pale, opaque cloth outlined all round, its far end a crisp straight edge across the
    arm, with a hem line near the wrist's edge; on a paper band ``rim`` wide (in the
    pose's units, from the outline's middle) where the hand lies on a wash.
    """
    cloth = style.figure_sleeve or mix(style.figure_hand, white, 0.5)
    outline = cuff_outline(cut, span)
    group = Group()
    if rim:
        band = _polygon(outline, None)
        band.strokeColor, band.strokeWidth = style.backdrop or white, rim * 2
        band.strokeLineJoin = 1
        group.add(band)
    cloth_piece = _polygon(outline, cloth)
    cloth_piece.strokeColor = style.figure_outline
    cloth_piece.strokeWidth = style.outline_width / scale
    cloth_piece.strokeLineJoin = 1
    low, high = span[0] - FLARE, span[1] + FLARE
    hem = Path(
        fillColor=None,
        strokeColor=style.figure_outline,
        strokeWidth=style.detail_width / scale,
        strokeLineCap=1,
    )
    hem.moveTo(*cut.at(low + FLARE * 0.6, -HEM))
    hem.lineTo(*cut.at(high - FLARE * 0.6, -HEM))
    group.add(cloth_piece)
    group.add(hem)
    return group


HEM = 6.0
"""How far from the sleeve's edge its hem runs, in the pose's units."""


def _polygon(points: list[Point], fill: Color | None) -> Path:
    path = Path(fillColor=fill, strokeColor=None)
    path.moveTo(*points[0])
    for point in points[1:]:
        path.lineTo(*point)
    path.closePath()
    return path


def clip_path(cut: Cut) -> Path:
    """A clipping path for the grip's side of the line."""
    region = keep_region(cut)
    clip = Path(isClipPath=1, fillColor=None, strokeColor=None)
    clip.moveTo(*region[0])
    for point in region[1:]:
        clip.lineTo(*point)
    clip.closePath()
    return clip
