"""``sight``: an eye and a dotted line from it, "look along this line".

A check of the skin is done by looking, and a look has no arrow of its own: a dashed
arrow already means "go on to the next place", a solid one a stroke of the hand. So a
look is drawn as the sign readers know from maps and road signs: an open eye, seen from
the front, with a line of round dots leaving it and running, straight from point to
point as a look does (into a mirror and off its glass), to a small arrowhead on what is
looked at. The dots are rounder and sparser than a dashed arrow's dashes, so the two
never read as one another, also in black and white. An open eye is a sign readers
already know, as they know a drawn hand: it has no legend entry.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Sequence
from typing import Annotated, Any, ClassVar

from pydantic import Field, field_validator
from reportlab.graphics.shapes import Circle, Group, Path
from reportlab.lib.colors import Color, white

from booklet.marks.avoid import LEADER_DOT
from booklet.marks.base import DiagramStyle, Mark, Placement, PointRef, check_place
from booklet.marks.shapes import arrow_head
from booklet.model.geometry import Point
from booklet.source.limits import MAX_MARKS
from booklet.source.validation import Text
from booklet.source.yamlsource import FieldPath

EYE = 1.5
"""The eye's half-width, in mark sizes: a little wider than a small circle's ring."""
OPEN = 0.55
"""The eye's half-height against its half-width: an almond, open."""
HEAD = 0.8
"""The arrowhead's length where the look ends, in mark sizes."""


class Sight(Mark):
    """A look from an eye along a path of points, ending on what is looked at."""

    kind: ClassVar[str] = "sight"
    legend: ClassVar[str] = ""
    """A drawn eye explains itself: it has no legend entry."""

    path: Annotated[list[PointRef], Field(max_length=MAX_MARKS)]
    """The eye, then each place the look meets (a mirror's glass), then what it sees."""
    label: Text | None = None

    @field_validator("path")
    @classmethod
    def _a_look(cls, path: list[Any]) -> list[Any]:
        if len(path) < 2:
            raise ValueError(
                f"a look needs at least 2 points, got {len(path)} (valid: [eye, what it sees])"
            )
        for point in path:
            check_place(point)
        return path

    def points(self) -> Iterator[tuple[FieldPath, PointRef]]:
        for index, point in enumerate(self.path):  # the eye and the glass are off the figure
            if isinstance(point, str):
                yield ("path", index), point

    def anchor(self) -> PointRef | None:
        return self.path[-1]

    def clearance(self, place: Placement) -> float:
        """Past the arrowhead, so the label's dot sits beside it on what is looked at."""
        return place.style.mark_size * HEAD + LEADER_DOT

    def outlines(self, place: Placement) -> list[list[Point]]:
        """The eye, and a thin band along each leg of the look: labels keep off both."""
        points = [place.at(point) for point in self.path]
        style = place.style
        band = style.mark_width * 1.5
        return [
            eye_outline(points[0], style),
            *(_band(a, b, band) for a, b in itertools.pairwise(points)),
        ]

    def draw(self, place: Placement) -> Group:
        return look([place.at(point) for point in self.path], place.style)


def _band(start: Point, end: Point, half: float) -> list[Point]:
    angle = math.atan2(end[1] - start[1], end[0] - start[0])
    dx, dy = -math.sin(angle) * half, math.cos(angle) * half
    return [
        (start[0] + dx, start[1] + dy),
        (end[0] + dx, end[1] + dy),
        (end[0] - dx, end[1] - dy),
        (start[0] - dx, start[1] - dy),
    ]


def eye_outline(centre: Point, style: DiagramStyle, steps: int = 12) -> list[Point]:
    """The eye's almond, two arcs meeting in a point at each corner, as a polygon."""
    half = style.mark_size * EYE
    across = [-half + 2 * half * i / steps for i in range(steps + 1)]
    top = [(centre[0] + x, centre[1] + _lid(x, half)) for x in across]
    bottom = [(centre[0] + x, centre[1] - _lid(x, half)) for x in reversed(across[1:-1])]
    return top + bottom


def _lid(x: float, half: float) -> float:
    """How far the lid is above the eye's middle line, ``x`` across from its centre."""
    return half * OPEN * (1 - (x / half) ** 2)


def _edge(centre: Point, angle: float, half: float) -> Point:
    """Where a line leaving the eye's centre at ``angle`` crosses the almond."""
    reach = 0.0
    while reach < half:
        x, y = math.cos(angle) * reach, math.sin(angle) * reach
        if abs(y) >= _lid(x, half):
            break
        reach += half / 40
    return (centre[0] + math.cos(angle) * reach, centre[1] + math.sin(angle) * reach)


def look(points: Sequence[Point], style: DiagramStyle) -> Group:
    """The eye on the first point and the dotted look from its edge to the last one."""
    first = points[1]
    angle = math.atan2(first[1] - points[0][1], first[0] - points[0][0])
    line = [_edge(points[0], angle, style.mark_size * EYE), *points[1:]]
    head = style.mark_size * HEAD
    end, before = line[-1], line[-2]
    heading = math.atan2(end[1] - before[1], end[0] - before[0])
    line[-1] = (end[0] - math.cos(heading) * head * 0.6, end[1] - math.sin(heading) * head * 0.6)
    width = style.mark_width * 0.8
    group = Group(_dots(line, white, width * 2.4, None), _dots(line, style.mark, width, width))
    group.add(arrow_head(end, heading, head, style))
    group.add(_eye(points[0], style))
    return group


def _dots(line: Sequence[Point], color: Color, width: float, dot: float | None) -> Path:
    """The look's line in round dots, ``dot`` sets their spacing (None: solid, the halo)."""
    path = Path(strokeColor=color, strokeWidth=width, fillColor=None, strokeLineCap=1)
    path.strokeLineJoin = 1
    if dot is not None:
        path.strokeDashArray = [0.01, dot * 2.6]
    path.moveTo(*line[0])
    for point in line[1:]:
        path.lineTo(*point)
    return path


def _eye(centre: Point, style: DiagramStyle) -> Group:
    """An open eye seen from the front: the almond on paper, the iris with a glint."""
    outline = eye_outline(centre, style)
    almond = Path(
        fillColor=white,
        strokeColor=style.mark,
        strokeWidth=style.mark_width * 0.8,
        strokeLineJoin=1,
    )
    almond.moveTo(*outline[0])
    for point in outline[1:]:
        almond.lineTo(*point)
    almond.closePath()
    iris = style.mark_size * EYE * OPEN * 0.7
    glint = (centre[0] + iris * 0.35, centre[1] + iris * 0.35)
    return Group(
        almond,
        Circle(*centre, iris, fillColor=style.mark, strokeColor=None),
        Circle(*glint, iris * 0.3, fillColor=white, strokeColor=None),
    )
