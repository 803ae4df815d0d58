"""``bend``: a toe seen from its side in a small round callout, bending up, then down.

Bending a toe up and down moves its tip toward the reader and away from a picture
drawn from above, which that picture cannot show: any arc beside the toe reads as a
side-to-side wiggle, and a straight arrow along it as a pull. So the bend is drawn as
a medical illustration shows a motion out of the picture's plane, in a callout: a
small round window with the toe in profile, nail on top and sole flat, and a curved
arrow round its tip about its base joint, a head at each end (up, then down), and a
faint dashed outline of the toe bent up, where the upper head takes it. A short
tail points from the callout at the toe it shows, so the reader knows which toe bends.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Annotated, ClassVar, Literal

from pydantic import Field, ValidationInfo, field_validator
from reportlab.graphics.shapes import Group, Line, Path, Polygon
from reportlab.lib.colors import white

from booklet.marks.base import DiagramStyle, Placement, PointRef, Spot, check_place
from booklet.marks.callout import circle_path, ring, tail, tail_points
from booklet.marks.figure import nail_color
from booklet.marks.shapes import arc_arrow
from booklet.model.geometry import Point
from booklet.source.yamlsource import FieldPath

RADIUS = 1.9
"""The callout's radius, in mark sizes (about 13 pt in the standard edition)."""
LARGEST = 0.115
"""The callout's largest radius, as a share of the figure's width: on a small picture,
where marks are large beside the toes, it stays clear of the toes round the one it shows."""
TOE = 0.26
"""The toe's half thickness in profile, as a share of the callout's radius."""
TIP = 0.22
"""Where the round of the toe's tip starts, right of the callout's centre (in radii)."""
JOINT = -0.4
"""Where the toe meets the foot, its base joint, the bend's pivot (in radii)."""
BELOW = 0.45
"""How far below the callout's centre the sole runs (in radii)."""
RISE = 0.28
"""How high above the centre the top of the foot meets the callout's edge (in radii)."""
RAISED = 30.0
"""How far up the faint outline of the raised toe is turned, in degrees."""
SWING = (-38.0, 92.0)
"""Where the arrow starts below the toe lying flat and how far it sweeps up, in degrees."""


class Bend(Spot):
    """A toe (or a finger) bent gently up, then down, at its base joint."""

    kind: ClassVar[str] = "bend"
    legend: ClassVar[str] = ""
    """The callout draws the bend itself, as a drawn hand draws a grip: it has no legend
    entry (a reader learns nothing from a key that the picture does not show)."""

    toe: PointRef
    """The toe the callout shows: its tail points there."""
    size: Annotated[float, Field(ge=0.5, le=2)] = 1
    """A share of the callout's own size."""
    facing: Literal["left", "right"] = "right"
    """Which way the toe points in the callout: toward the toes' side of the picture."""

    @field_validator("at")
    @classmethod
    def _in_the_picture(cls, value: PointRef) -> PointRef:
        check_place(value, slack=0)
        return value

    @field_validator("toe")
    @classmethod
    def _apart(cls, toe: PointRef, info: ValidationInfo) -> PointRef:
        if info.data.get("at") == toe:
            raise ValueError(
                "the callout would cover the toe it shows (valid: `at` beside the toe, "
                "on paper or on the foot, and `toe` the toe itself)"
            )
        return toe

    def points(self) -> Iterator[tuple[FieldPath, PointRef]]:
        """The toe must lie on the figure; the callout may stand on the paper beside it."""
        if isinstance(self.at, str):
            yield ("at",), self.at
        yield ("toe",), self.toe

    def radius(self, place: Placement) -> float:
        """The callout's radius in the drawing."""
        xs = [x for x, _ in place.outline()]
        return min(place.style.mark_size * RADIUS * self.size, (max(xs) - min(xs)) * LARGEST)

    def draw(self, place: Placement) -> Group:
        centre, r = place.at(self.at), self.radius(place)
        callout_group = callout(centre, r, place.style, self.facing == "left")
        return Group(callout_group, tail(centre, place.at(self.toe), r, place.style))

    def outlines(self, place: Placement) -> list[list[Point]]:
        """The callout's ring, just outside its edge, and its tail."""
        centre, r = place.at(self.at), self.radius(place)
        toe = place.at(self.toe)
        return [ring(centre, r + place.style.outline_width), tail_points(centre, toe, r)]

    def clearance(self, place: Placement) -> float:
        return self.radius(place) + place.style.mark_width


def callout(centre: Point, r: float, style: DiagramStyle, left: bool = False) -> Group:
    """The round window: paper, the toe in profile, the two-headed arrow round its tip."""
    window = Path(
        fillColor=white,
        strokeColor=style.figure_outline,
        strokeWidth=style.outline_width,
        strokeLineJoin=1,
    )
    circle_path(window, r)
    side = -1.0 if left else 1.0
    inside = Group(window, *_toe(r, style), _swing(r, style))
    inside.transform = (side, 0, 0, 1, centre[0], centre[1])
    return inside


def _toe(r: float, style: DiagramStyle) -> list[Polygon | Line | Path]:
    """The front of a foot in profile, pointing right: toe, nail, crease, the toe raised.

    Behind them, the faint outline of the toe bent up. The top of the foot rises behind
    the toe to the callout's edge; the sole runs flat under both, so the toe reads as
    lying straight out before it bends.
    """
    h, tip, joint = TOE * r, TIP * r, JOINT * r
    top, sole = -BELOW * r + 2 * h, -BELOW * r
    rim = r * 0.97
    rise = [
        (joint - (0.75 * r + joint) * t * t, top + (RISE * r - top) * t * t * (3 - 2 * t))
        for t in _ts(10)
    ]
    front = _tip_round(r, sole)
    edge = [
        (rim * math.cos(a), rim * math.sin(a))
        for a in _spread(math.pi - math.asin(sole / rim), math.pi - math.asin(RISE * r / rim))
    ]
    points = [*front, *edge, *reversed(rise)]
    body = Polygon(
        [c for point in points for c in point],
        fillColor=style.figure_fill,
        strokeColor=style.figure_outline,
        strokeWidth=style.outline_width * 0.8,
        strokeLineJoin=1,
    )
    nail = Polygon(
        [tip - 0.9 * h, top + 0.05 * h, tip + 0.3 * h, top, tip + 0.6 * h, top - 0.25 * h,
         tip + 0.55 * h, top - 0.45 * h, tip - 0.8 * h, top - 0.35 * h],
        fillColor=nail_color(style, style.figure_fill),
        strokeColor=style.figure_detail,
        strokeWidth=style.detail_width,
        strokeLineJoin=1,
    )  # fmt: skip
    crease = Line(
        joint + 0.02 * r, top, joint + 0.05 * r, top - 0.55 * h,
        strokeColor=style.figure_detail, strokeWidth=style.detail_width, strokeLineCap=1,
    )  # fmt: skip
    return [_raised(r, style), body, nail, crease]  # the raised toe behind the lying one


def _raised(r: float, style: DiagramStyle) -> Path:
    """The toe bent up, as a faint dashed outline: where the arrow's upper head takes it."""
    h, joint, sole = TOE * r, JOINT * r, -BELOW * r
    pivot = (joint, sole + h)
    toe = [
        (joint + 0.1 * r, sole + 2 * h),
        *_tip_round(r, sole),
        (joint + 0.1 * r, sole),
    ]
    turn = math.radians(RAISED)
    cos, sin = math.cos(turn), math.sin(turn)
    turned = [
        (pivot[0] + (x - pivot[0]) * cos - (y - pivot[1]) * sin,
         pivot[1] + (x - pivot[0]) * sin + (y - pivot[1]) * cos)
        for x, y in toe
    ]  # fmt: skip
    line = style.outline_width * 0.6  # fainter than the toe's outline, still seen in print
    path = Path(
        fillColor=None,
        strokeColor=style.figure_outline,
        strokeWidth=line,
        strokeDashArray=[line * 2.5, line * 1.8],
        strokeLineCap=1,
    )
    path.moveTo(*turned[0])
    for point in turned[1:]:
        path.lineTo(*point)
    return path


def _tip_round(r: float, sole: float) -> list[Point]:
    """The round of the toe's tip, from its top to its sole, lying flat on ``sole``."""
    h, tip = TOE * r, TIP * r
    return [
        (tip + h * math.cos(a), sole + h + h * math.sin(a))
        for a in _spread(math.pi / 2, -math.pi / 2)
    ]


def _swing(r: float, style: DiagramStyle) -> Group:
    """The arrow the tip moves along, about the toe's base joint: up, then down."""
    joint = (JOINT * r, -BELOW * r + TOE * r)
    reach = (TIP + TOE - JOINT + 0.12) * r
    head = max(style.mark_width * 3, min(style.mark_size, 0.3 * r))
    return arc_arrow(joint, reach, reach, *SWING, style, both_ends=True, head=head)


def _ts(steps: int) -> list[float]:
    return [i / steps for i in range(steps + 1)]


def _spread(start: float, end: float, steps: int = 12) -> list[float]:
    return [start + (end - start) * t for t in _ts(steps)]
