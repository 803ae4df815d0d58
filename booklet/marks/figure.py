"""A view or a pose drawn as ReportLab shapes, in its own units under one transform.

The step's figure (a foot, a hand) and the hands placed on it are the same kind of
data, so one function draws both: the shapes stay in the figure's own units and a
single transform puts them in the drawing, turned, scaled or mirrored. Line widths
are divided by the scale, so every figure has the same line weight however large.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from reportlab.graphics.shapes import Ellipse, Group, Path
from reportlab.lib.colors import Color, white

from booklet.marks.base import DiagramStyle
from booklet.model.geometry import Command
from booklet.model.views import Shape, View

Matrix = tuple[float, float, float, float, float, float]
Layer = Literal["front", "behind"]


def figure_group(
    view: View,
    matrix: Matrix,
    scale: float,
    fill: Color,
    style: DiagramStyle,
    layer: Layer = "front",
    nails: Color | None = None,
) -> Group:
    """``view`` drawn in ``fill`` through ``matrix``; ``scale`` is its size in points per unit.

    The front layer is the figure itself: parts behind (or in front of) the body, then
    accents and details (creases, and the lines seen only in a whole view). The behind
    layer is a pose's shapes that pass behind what it holds. Accents are a shade deeper
    than the skin, with the outline (a foot's toenails), unless ``nails`` is given: then
    they are a hand's nails, pale shapes inside the fingertips edged only by a soft shade
    of the skin, which at print size read as nails, not claws.
    """
    outline_width = style.outline_width / scale
    group = Group()
    group.transform = matrix
    if layer == "behind":
        for shape in view.behind:
            group.add(_shape(shape, fill, style.figure_outline, outline_width))
        return group
    parts = Group(*(_shape(part, fill, style.figure_outline, outline_width) for part in view.parts))
    if not view.parts_in_front:
        group.add(parts)
    body = _path(view.body, close=True)
    body.fillColor, body.strokeColor = fill, None
    group.add(body)
    outline = _path(view.body, close=not view.open)
    outline.fillColor, outline.strokeColor = None, style.figure_outline
    outline.strokeWidth, outline.strokeLineJoin = outline_width, 1
    group.add(outline)
    if view.parts_in_front:
        group.add(parts)
    for accent in view.accents:
        if nails is None:  # a toenail: a plate a shade deeper than the skin, outlined
            plate = mix(fill, style.figure_hand, TOENAIL_SHADE)
            group.add(_shape(accent, plate, style.figure_outline, style.detail_width * 1.4 / scale))
        else:
            edge = mix(fill, style.figure_outline, NAIL_EDGE)
            group.add(_shape(accent, nails, edge, style.detail_width * 0.7 / scale))
    for detail in (*view.details, *view.overview):
        line = _shape(detail, None, style.figure_detail, style.detail_width / scale)
        if detail.kind == "path":
            line.strokeLineCap = 1
        group.add(line)
    return group


def rim(view: View, matrix: Matrix, width: float, color: Color) -> Group:
    """A band of ``color`` round ``view``'s body, ``width`` wide outside its outline.

    Drawn before the body, which covers its inner half: a paper rim that keeps a hand
    apart from a wash under it where the two are close in grey.
    """
    band = _path(view.body, close=True)
    band.fillColor, band.strokeColor = None, color
    band.strokeWidth, band.strokeLineJoin = width * 2, 1
    group = Group(band)
    group.transform = matrix
    return group


NAIL_EDGE = 0.3
"""How far a nail's edge goes from the skin toward the outline: seen, but not drawn round."""
NAIL_PAPER = 0.6
"""How much paper goes into a derived nail colour: pale, as a nail over the skin."""
TOENAIL_SHADE = 0.35
"""How much of the hands' warmer skin goes into a toenail's colour: a plate a shade
deeper than the foot reads as a nail; a white one on the pale foot reads as a hole."""


def mix(base: Color, other: Color, share: float) -> Color:
    """``share`` of ``other`` mixed into ``base``."""
    return Color(
        base.red + (other.red - base.red) * share,
        base.green + (other.green - base.green) * share,
        base.blue + (other.blue - base.blue) * share,
    )


def nail_color(style: DiagramStyle, skin: Color) -> Color:
    """The nails of a hand drawn in ``skin``: the style's, or the skin moved toward white."""
    return style.figure_nail or mix(skin, white, NAIL_PAPER)


def _shape(shape: Shape, fill: Color | None, stroke: Color, width: float) -> Ellipse | Path:
    """An ellipse, or a path (closed and filled only when it has a fill)."""
    if shape.kind == "ellipse":
        x, y, rx, ry = shape.ellipse
        return Ellipse(x, y, rx, ry, fillColor=fill, strokeColor=stroke, strokeWidth=width)
    path = _path(shape.path, close=fill is not None)
    path.fillColor, path.strokeColor, path.strokeWidth = fill, stroke, width
    path.strokeLineJoin = 1
    return path


def _path(commands: Sequence[Command], *, close: bool) -> Path:
    path = Path()
    for op, values in commands:
        if op == "M":
            path.moveTo(values[0], values[1])
        elif op == "L":
            path.lineTo(values[0], values[1])
        elif op == "C":
            path.curveTo(*values)
        elif op == "Z" and close:
            path.closePath()
    return path
