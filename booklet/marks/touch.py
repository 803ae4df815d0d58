"""``touch``: a rounded pointer with a nail at its tip, "your hand goes here"."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import ClassVar

from reportlab.graphics.shapes import Group, Line, Path
from reportlab.lib.colors import white

from booklet.marks.base import DiagramStyle, Placement, Spot
from booklet.model.geometry import Point


class Touch(Spot):
    """Where the reader's hand rests or works."""

    kind: ClassVar[str] = "touch"
    legend: ClassVar[str] = "Touch here"

    def draw(self, place: Placement) -> Group:
        return pointer(place.at(self.at), place.style)

    @classmethod
    def symbol(cls, style: DiagramStyle, width: float, height: float) -> list[Group] | None:
        return [pointer((width * 0.5, height * 0.98), replace(style, mark_size=height / 5.2))]


def pointer(tip: Point, style: DiagramStyle) -> Group:
    """A rounded capsule seen from above, tilted, with a nail at its tip on the point."""
    width, length = style.mark_size * 2.1, style.mark_size * 4.2
    half = width / 2
    outline = Path(
        fillColor=white,
        strokeColor=style.mark,
        strokeWidth=style.mark_width * 0.75,
        strokeLineJoin=1,
        strokeLineCap=1,
    )
    outline.moveTo(-half, -length + half)
    outline.lineTo(-half, -half)
    outline.curveTo(-half, half * 0.35, half, half * 0.35, half, -half)
    outline.lineTo(half, -length + half)
    outline.curveTo(half, -length - half * 0.3, -half, -length - half * 0.3, -half, -length + half)
    outline.closePath()
    nail = Path(fillColor=style.mark, strokeColor=None)
    nail.moveTo(-half * 0.55, -half * 1.5)
    nail.lineTo(-half * 0.55, -half * 0.55)
    nail.curveTo(-half * 0.55, 0, half * 0.55, 0, half * 0.55, -half * 0.55)
    nail.lineTo(half * 0.55, -half * 1.5)
    nail.curveTo(half * 0.3, -half * 1.7, -half * 0.3, -half * 1.7, -half * 0.55, -half * 1.5)
    nail.closePath()
    crease = Line(
        -half * 0.6,
        -length * 0.62,
        half * 0.6,
        -length * 0.62,
        strokeColor=style.mark,
        strokeWidth=style.mark_width * 0.45,
        strokeLineCap=1,
    )
    group = Group(outline, nail, crease)
    angle = math.radians(-28)
    cos, sin = math.cos(angle), math.sin(angle)
    group.transform = (cos, sin, -sin, cos, tip[0], tip[1])
    return group
