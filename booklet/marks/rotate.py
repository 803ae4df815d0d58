"""``rotate``: wide curved arrows around a point, "turn slowly, this way"."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, ClassVar, Literal

from pydantic import Field
from reportlab.graphics.shapes import Group, Path
from reportlab.lib.colors import Color, HexColor

from booklet.marks.base import DiagramStyle, Mark, Placement, PointRef
from booklet.marks.shapes import arc_arrow
from booklet.model.colors import darken_until_readable
from booklet.model.geometry import Point
from booklet.source.validation import Text
from booklet.source.yamlsource import FieldPath

RING_SHARE = 0.23
"""Half the ring's width as a share of its view's width (at ``size`` 1): the ring keeps
its size against the figure in every edition, whatever the scale of the pictures."""
BOTH_WAYS = (196.0, 148.0)
"""The solid front arc of a "both ways" ring (start, sweep, degrees): from just below its
left end, under the centre, to just below its right end, so both heads lie on the part
of the ring that passes in front of the leg (an arc reaching up past the ring's ends
ends on the back, and the whole ring reads as drawn in front)."""
HEAD = 1.15
"""An arrowhead's length, in mark sizes (about 8 pt in the standard edition): on a ring
round a joint a head in the ring's own proportion grows to a wedge that hides the hands."""
FAR_WIDTH = 1.0
"""The least width of a "both ways" ring's far half, in points, so it prints."""
FAR_DASH = (1.6, 1.4)
"""The far half's dash and gap, in mark widths: a hidden line, as on a toe's roll."""


class Rotate(Mark):
    """A turning motion around a point."""

    kind: ClassVar[str] = "rotate"
    legend: ClassVar[str] = "Turn, as the arrows show"

    around: PointRef
    direction: Literal["clockwise", "counterclockwise", "both"] = "clockwise"
    label: Text | None = None
    size: Annotated[float, Field(ge=0.5, le=3)] = 1
    """The ring's size (1: a little under half the view's width); larger goes round a
    whole joint, clear of the hands."""

    def points(self) -> Iterator[tuple[FieldPath, PointRef]]:
        yield ("around",), self.around

    def anchor(self) -> PointRef | None:
        return self.around

    def draw(self, place: Placement) -> Group:
        width = RING_SHARE * self.size * place.view.width * place.frame.scale
        return turning_arrow(place.at(self.around), self.direction, place.style, width)

    def draw_behind(self, place: Placement) -> Group:
        """A "both ways" ring's far half, behind the figure: the leg breaks it."""
        if self.direction != "both":
            return Group()
        width = RING_SHARE * self.size * place.view.width * place.frame.scale
        return far_half(place.at(self.around), width, place.style)

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        """The page's "both ways" ring, small: its dashed far half, its near half, two heads."""
        small = legend_style(style, height)
        centre, rx = (width / 2, height / 2), min(width * 0.42, height * 0.8)
        return [far_half(centre, rx, small), turning_arrow(centre, "both", small, rx)]


def legend_style(style: DiagramStyle, height: float) -> DiagramStyle:
    """The style with its marks shrunk to fit a legend cell ``height`` tall."""
    size = min(style.mark_size, height * 0.2)
    return replace(style, mark_size=size, mark_width=style.mark_width * size / style.mark_size)


def head_length(style: DiagramStyle, rx: float) -> float:
    """An arrowhead on a ring ``rx`` across: ``HEAD`` mark sizes, less on a small ring."""
    return min(style.mark_size * HEAD, rx * 0.6)


def far_colour(style: DiagramStyle) -> Color:
    """The mark's colour, darkened until a thin line of it reads on paper in greyscale."""
    shade = darken_until_readable("#" + style.mark.hexval()[2:], [("#FFFFFF", 4.5)])
    return HexColor(shade)


def far_half(centre: Point, rx: float, style: DiagramStyle) -> Group:
    """The back of a "both ways" ring, thin, dashed and without heads, end to end.

    Drawn before the figure, it shows only where it passes clear of the leg (and under
    the hands), and dashed, as a hidden line is, so the ring reads as going round the
    joint: behind it, not across its front.
    """
    start, sweep = BOTH_WAYS
    end = start + sweep  # the near half's far end, on the right
    steps = 32
    path = Path(
        strokeColor=far_colour(style),
        strokeWidth=max(FAR_WIDTH, style.mark_width * 0.5),
        fillColor=None,
        strokeLineCap=0,
        strokeDashArray=[style.mark_width * share for share in FAR_DASH],
    )
    for i in range(steps + 1):
        angle = math.radians(end + (start + 360 - end) * i / steps)
        point = (centre[0] + rx * math.cos(angle), centre[1] + rx / 2 * math.sin(angle))
        if i:
            path.lineTo(*point)
        else:
            path.moveTo(*point)
    return Group(path)


def turning_arrow(centre: Point, direction: str, style: DiagramStyle, rx: float) -> Group:
    """A wide flattened circle, ``rx`` across from its centre, with an arrowhead.

    "both" is the near half of the ring with a head at each end, pointing apart, for
    "circle one way, then the other" (a whole ring's two heads would meet in its gap and
    read as one way round).
    """
    ry = rx / 2
    if direction == "both":  # one ring, a head at each end: this way, then that way
        return arc_arrow(
            centre, rx, ry, *BOTH_WAYS, style, both_ends=True, head=head_length(style, rx)
        )
    sweep = 300 if direction == "counterclockwise" else -300
    return arc_arrow(centre, rx, ry, 200, sweep, style, head=head_length(style, rx))
