"""The building blocks of the drawn hand: digits, a palm, an arm, and their outlines.

Every pose is drawn from one reference hand (a right hand, in millimetres, the wrist's
middle at the origin, the fingers toward +y). A digit is a chain of segments that taper
from its root to a round, slightly squared tip; a palm and an arm are smooth polygons.
A pose says which pieces are in front (one silhouette, the ``body``), which pass behind
what the hand holds (``behind``), and which lines are drawn inside the silhouette: the
edge of a finger where it lies over its neighbour, nails on the fingertips that face
the viewer. Nothing else is drawn inside a hand, so it reads as clean line art.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import bezfit
import numpy as np
from shapely import affinity
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import linemerge, unary_union

Point = tuple[float, float]
QUAD = 24
"""Points per quarter circle when a round end is made a polygon."""
MIN_LINE = 6.0
"""The shortest line drawn between two fingers (mm): where fingers only touch here and
there, shorter pieces read as a dashed line, not as one finger lying on the next."""


def direction(angle: float) -> np.ndarray:
    """The unit vector ``angle`` degrees counter-clockwise from +y (toward the fingertips)."""
    a = math.radians(angle)
    return np.array([-math.sin(a), math.cos(a)])


def superellipse(centre: np.ndarray, axis: np.ndarray, across: float, along: float) -> Polygon:
    """A rounded, slightly squared oval: a fingertip's end or a nail."""
    side = np.array([-axis[1], axis[0]])
    points = []
    for k in range(96):
        t = 2 * math.pi * k / 96
        c, s = math.cos(t), math.sin(t)
        u = math.copysign(abs(c) ** (2 / 2.6), c) * across
        v = math.copysign(abs(s) ** (2 / 2.6), s) * along
        points.append(centre + side * u + axis * v)
    return Polygon(points)


def disc(centre: np.ndarray, radius: float) -> Polygon:
    """A circle as a polygon."""
    return Polygon(LineString([centre, centre]).buffer(radius, quad_segs=QUAD).exterior)


@dataclass(frozen=True)
class Digit:
    """A finger or the thumb: segments from its root, each turned from the one before.

    ``angle`` is the first segment's direction (degrees counter-clockwise from +y);
    ``turns`` turn each later segment (positive toward the thumb of a right hand seen
    from its back); ``lengths`` are as seen, so a segment pointing away is short;
    ``widths`` are across the digit at its root, at each joint and near its tip.
    """

    root: Point
    angle: float
    lengths: Sequence[float]
    turns: Sequence[float]
    widths: Sequence[float]
    nail: float = 0.0
    """How much of a nail shows: 1 seen square on, 0 none (the tip turned away)."""
    nail_side: float = 0.0
    """Where the nail sits across the tip, -1 to 1 (a digit seen from its side)."""

    def joints(self) -> list[np.ndarray]:
        """The root, each joint and the very end of the tip."""
        points = [np.array(self.root, float)]
        angle = self.angle
        for i, length in enumerate(self.lengths):
            if i:
                angle += self.turns[i - 1]
            points.append(points[-1] + direction(angle) * length)
        return points

    def joint(self, i: int) -> Point:
        """Joint ``i`` (0 the root, 1 the first knuckle past it, ...)."""
        x, y = self.joints()[i]
        return (round(float(x), 1), round(float(y), 1))

    def tip_axis(self) -> np.ndarray:
        """The direction the last segment points."""
        return direction(self.angle + sum(self.turns[: len(self.lengths) - 1]))

    def tip(self) -> Point:
        """The end of the digit."""
        x, y = self.joints()[-1]
        return (round(float(x), 1), round(float(y), 1))

    def pad(self) -> Point:
        """The middle of the last segment's pad, a little behind the tip."""
        end = self.joints()[-1] - self.tip_axis() * self.widths[-1] * 0.45
        return (round(float(end[0]), 1), round(float(end[1]), 1))

    def polygon(self) -> Polygon:
        """The digit's outline: tapered segments, rounded joints, a squarish round tip."""
        joints = self.joints()
        axis = self.tip_axis()
        r_tip = self.widths[-1] / 2
        cap_along = r_tip * 0.92
        cap_centre = joints[-1] - axis * cap_along
        pieces = []
        ends = [disc(p, w / 2) for p, w in zip(joints[:-1], self.widths[:-1], strict=True)]
        ends.append(superellipse(cap_centre, axis, r_tip, cap_along))
        for a, b in itertools.pairwise(ends):
            pieces.append(unary_union([a, b]).convex_hull)
        return smooth(unary_union(pieces), 0.8)

    def nail_shape(self) -> Polygon | None:
        """The nail on the tip, shortened as the tip turns away; None when it cannot show."""
        if self.nail < 0.35:
            return None
        axis = self.tip_axis()
        side = np.array([-axis[1], axis[0]])
        w = self.widths[-1]
        half_across = w * 0.29 * (1 - 0.4 * abs(self.nail_side))
        half_along = w * 0.33 * self.nail
        centre = (
            self.joints()[-1] - axis * (w * 0.2 + half_along) + side * self.nail_side * w * 0.14
        )
        return superellipse(centre, axis, half_across, half_along)


def smooth(shape: BaseGeometry, radius: float) -> Polygon:
    """``shape`` with its corners rounded by ``radius`` (inside and out), as one polygon."""
    out = shape.buffer(radius, quad_segs=QUAD).buffer(-2 * radius, quad_segs=QUAD)
    return largest(out.buffer(radius, quad_segs=QUAD))


def fillet(shape: BaseGeometry, radius: float) -> Polygon:
    """``shape`` with its inside corners (where parts meet) filled by ``radius``."""
    return largest(shape.buffer(radius, quad_segs=QUAD).buffer(-radius, quad_segs=QUAD))


def largest(shape: BaseGeometry) -> Polygon:
    """The largest polygon of ``shape``, without holes."""
    if isinstance(shape, MultiPolygon):
        shape = max(shape.geoms, key=lambda g: g.area)
    if not isinstance(shape, Polygon):
        raise ValueError(f"expected a polygon, got {shape.geom_type}")
    return Polygon(shape.exterior)


def outline(points: Sequence[Point], radius: float = 0.0) -> Polygon:
    """A polygon through ``points`` (a palm, an arm), its corners rounded by ``radius``."""
    shape = Polygon(points).buffer(0)
    return smooth(shape, radius) if radius else largest(shape)


def lines(shape: BaseGeometry) -> list[LineString]:
    """The separate lines of ``shape`` (a line, several, or nothing), joined where they meet."""
    if shape.is_empty:
        return []
    parts: list[LineString] = []
    stack = [shape]
    while stack:
        item = stack.pop()
        if isinstance(item, LineString):
            parts.append(item)
        elif hasattr(item, "geoms"):
            stack.extend(item.geoms)
    if not parts:
        return []
    merged = linemerge(MultiLineString(parts))
    return [merged] if isinstance(merged, LineString) else list(merged.geoms)


def overlap_lines(
    over: BaseGeometry, under: BaseGeometry, body: Polygon, skip: Iterable[BaseGeometry] = ()
) -> list[LineString]:
    """The edge of ``over`` where it lies on or beside ``under``: one line inside ``body``.

    Two fingers side by side touch or nearly touch; the front one's edge there is the
    line that parts them. ``skip`` are the places a line must not reach (where a finger
    grows out of the palm), so a line starts at the web between two fingers.
    """
    edge = over.exterior.intersection(under.buffer(3.2))
    for shape in skip:
        edge = edge.difference(shape)
    edge = edge.intersection(body.buffer(-0.9))
    return [line for line in lines(edge) if line.length > MIN_LINE]


# --- writing the view file's path commands -------------------------------------------------


def number(v: float) -> str:
    """A coordinate to a tenth, without a trailing ``.0``."""
    s = f"{v:.1f}"
    if s == "-0.0":
        s = "0.0"
    return s[:-2] if s.endswith(".0") else s


@dataclass(frozen=True)
class Curve:
    """Béziers (four control points each), one after the other; closed or not."""

    segments: tuple[np.ndarray, ...]
    closed: bool

    def moved(self, matrix: np.ndarray, offset: np.ndarray) -> Curve:
        """The curve through ``matrix`` then shifted by ``offset`` (exact for Béziers)."""
        return Curve(tuple(b @ matrix.T + offset for b in self.segments), self.closed)

    def points(self) -> np.ndarray:
        """Every control point, for the drawing's bounds."""
        return np.vstack(self.segments)

    def commands(self) -> list[str]:
        """The view file's path commands."""
        return commands(self.segments, self.closed)


def commands(segments: Sequence[np.ndarray], closed: bool) -> list[str]:
    """``M``, then one ``C`` per Bézier, then ``Z`` if closed."""
    first = segments[0][0]
    out = [f"M {number(first[0])} {number(first[1])}"]
    for b in segments:
        out.append("C " + " ".join(f"{number(p[0])} {number(p[1])}" for p in b[1:]))
    if closed:
        out.append("Z")
    return out


def ring(polygon: Polygon) -> np.ndarray:
    """The polygon's outline, counter-clockwise, without its repeated end."""
    points = np.array(polygon.exterior.coords)[:-1]
    if not polygon.exterior.is_ccw:
        points = points[::-1]
    return points


def closed_path(polygon: Polygon, error: float = 0.25, step: float = 0.6) -> Curve:
    """A closed shape (a nail, a finger behind) as smooth Béziers."""
    points = bezfit.smooth_ring(bezfit.resample(ring(polygon), step, True), 1.0)
    return Curve(tuple(bezfit.fit_closed(points, error)), closed=True)


def open_path(line: LineString, error: float = 0.2, step: float = 0.5) -> Curve:
    """A line (a finger's edge) as smooth Béziers."""
    points = bezfit.resample(np.array(line.coords), step, False)
    if len(points) > 6:
        points = bezfit.smooth_open(points, 1.2)
    return Curve(tuple(bezfit.fit_open(points, error)), closed=False)


def cut_path(polygon: Polygon, cut: float, error: float = 0.25, step: float = 0.6) -> Curve:
    """A body cut straight across at ``y = cut`` (an arm leaving the picture).

    The path runs from one end of the cut round the shape to the other, then ``Z``
    closes it along the cut, the segment an open view does not stroke.
    """
    points = bezfit.resample(ring(polygon), step * 0.5, True)
    on = np.abs(points[:, 1] - cut) < 0.05
    starts = [i for i in range(len(points)) if on[i - 1] and not on[i]]
    if len(starts) != 1:
        raise ValueError(f"the cut at y={cut} should cross the shape once, not {len(starts)}")
    points = np.roll(points, -(starts[0] - 1), axis=0)
    on = np.roll(on, -(starts[0] - 1))
    end = 1
    while end < len(points) and not on[end]:
        end += 1
    run = bezfit.resample(points[: end + 1], step, False)
    run = bezfit.smooth_open(run, 1.0)
    return Curve(tuple(bezfit.fit_open(run, error)), closed=True)


def turned(shape: BaseGeometry, angle: float) -> BaseGeometry:
    """``shape`` turned ``angle`` degrees counter-clockwise about the origin."""
    return affinity.rotate(shape, angle, origin=(0, 0))
