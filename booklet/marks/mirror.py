"""``mirror``: a hand mirror whose glass shows a small copy of the figure.

A round glass with a handle, held over the figure, reads as a magnifying glass; a mirror
is known by what it shows. So the glass holds a small copy of a view reversed, as a
mirror shows it, with a frame round it and a glint across it; it is drawn a little
narrower than tall, beside the figure rather than over it. The copy is the step's own
view, upright however the mirror leans, or another one (``shows``): a mirror held under
a foot seen from its side shows the sole, the side the reader cannot see, lying as the
foot above it lies (``shows_angle``). It is placed like a hand (a point, an angle, a
scale), so a hand pose holding a handle can be placed with the same numbers and the
glass lands on the pose's own.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Annotated, ClassVar

from pydantic import Field
from reportlab.graphics.shapes import Ellipse, Group, Line, Path
from reportlab.lib.colors import Color, white

from booklet.marks.base import DiagramStyle, Mark, Placement, PointRef
from booklet.marks.figure import figure_group
from booklet.model.geometry import Point, ellipse_polygon
from booklet.model.views import View, shown_view
from booklet.source.validation import ShortText, Text
from booklet.source.yamlsource import FieldPath

RADIUS = 50.0
"""The glass's half-height, in the view's units at scale 1 (a hand mirror's, in mm)."""
TILT = 0.8
"""Its width against its height: a round glass turned a little toward the reader."""
FRAME = 0.12
"""The frame's width, as a share of the glass's half-height."""


class Mirror(Mark):
    """A hand mirror with the figure in its glass, placed like a hand."""

    kind: ClassVar[str] = "mirror"
    legend: ClassVar[str] = ""
    """A drawn mirror explains itself: it has no legend entry."""

    at: PointRef
    angle: Annotated[float, Field(ge=-360, le=360)] = 0
    """Degrees, counter-clockwise, that the mirror leans from upright."""
    scale: Annotated[float, Field(ge=0.2, le=2)] = 1
    shows: ShortText | None = None
    """The view the glass shows (the sole, under a foot seen from its side); None: the
    step's own view."""
    shows_angle: Annotated[float, Field(ge=-360, le=360)] = 0
    """Degrees, counter-clockwise, that the copy in the glass is turned on the page: 0 is
    upright, as its view is drawn, however the mirror leans."""
    label: Text | None = None

    def points(self) -> Iterator[tuple[FieldPath, PointRef]]:
        if isinstance(self.at, str):
            yield ("at",), self.at

    def poses(self) -> Iterator[tuple[FieldPath, str]]:
        if self.shows is not None:
            yield ("shows",), shown_view(self.shows)

    def anchor(self) -> PointRef | None:
        return self.at

    def clearance(self, place: Placement) -> float:
        return self._size(place) * (1 + FRAME)

    def _size(self, place: Placement) -> float:
        return RADIUS * self.scale * place.frame.scale

    def _angle(self, place: Placement) -> float:
        return -self.angle if place.view.flipped else self.angle

    def outlines(self, place: Placement) -> list[list[Point]]:
        centre, size = place.at(self.at), self._size(place) * (1 + FRAME)
        turn = math.radians(self._angle(place))
        return [
            [
                (
                    centre[0] + x * math.cos(turn) - y * math.sin(turn),
                    centre[1] + x * math.sin(turn) + y * math.cos(turn),
                )
                for x, y in ellipse_polygon(0, 0, size * TILT, size)
            ]
        ]

    def draw(self, place: Placement) -> Group:
        centre, size = place.at(self.at), self._size(place)
        group = Group()
        turn = math.radians(self._angle(place))
        cos, sin = math.cos(turn), math.sin(turn)
        group.transform = (cos, sin, -sin, cos, centre[0], centre[1])
        style = place.style
        rim = size * (1 + FRAME)
        group.add(_ellipse(rim, style.figure_hand, style.figure_outline, style.outline_width))
        group.add(_ellipse(size, _glass(style), style.figure_outline, style.detail_width))
        copy = math.radians(-self.shows_angle if place.view.flipped else self.shows_angle)
        group.add(_reflection(self._shown(place), place.style, size, turn, copy))
        group.add(_glint(size, style))
        return group

    def _shown(self, place: Placement) -> View:
        """The view in the glass, mirrored with the step's (a left foot shows a left sole)."""
        if self.shows is None:
            return place.view
        view = place.poses[shown_view(self.shows)]
        return view.mirrored() if place.view.flipped else view


def _glass(style: DiagramStyle) -> Color:
    """A pale cool grey: glass, not skin and not paper."""
    detail = style.figure_detail
    return Color(*(1 - (1 - c) * 0.22 for c in detail.rgb()))


def _ellipse(size: float, fill: Color, stroke: Color, width: float) -> Ellipse:
    return Ellipse(0, 0, size * TILT, size, fillColor=fill, strokeColor=stroke, strokeWidth=width)


def _reflection(view: View, style: DiagramStyle, size: float, turn: float, copy: float) -> Group:
    """``view``, small, reversed as a mirror shows it, centred in the glass.

    It lies turned by ``copy`` (radians) on the page. A copy the right way round reads
    as a second, small foot drawn on the glass; the reversed one reads as the foot seen
    in it. A mirror leaning by ``turn`` (radians) does not turn what it shows, so the
    copy is turned back by as much.
    """
    cos, sin = abs(math.cos(copy - turn)), abs(math.sin(copy - turn))
    half_width = cos * view.width / 2 + sin * view.height / 2  # across the glass
    half_height = sin * view.width / 2 + cos * view.height / 2  # along it
    scale = min(size * 0.775 / half_height, size * TILT * 0.75 / half_width)
    clip = Path(isClipPath=1, fillColor=None, strokeColor=None)
    for index, (px, py) in enumerate(ellipse_polygon(0, 0, size * TILT, size)):
        (clip.moveTo if index == 0 else clip.lineTo)(px, py)
    clip.closePath()
    upright = Group()
    back = copy - turn
    upright.transform = (math.cos(back), math.sin(back), -math.sin(back), math.cos(back), 0, 0)
    x, y = view.middle() * scale, -view.height / 2 * scale
    matrix = (-scale, 0.0, 0.0, scale, x, y)  # reversed; lines at half weight: a light copy
    upright.add(figure_group(view, matrix, scale * 2, style.figure_fill, style))
    return Group(clip, upright)


def _glint(size: float, style: DiagramStyle) -> Group:
    """Two short white strokes across the glass's upper left: it shines."""
    group = Group()
    for offset, length in ((0.0, 0.5), (0.2, 0.28)):
        start = (-size * TILT * (0.62 - offset), size * (0.2 + offset))
        end = (start[0] + size * length * 0.5, start[1] + size * length * 0.5)
        group.add(
            Line(
                *start, *end, strokeColor=white, strokeWidth=style.mark_width * 0.9, strokeLineCap=1
            )
        )
    return group
