"""The four small pictures of the how-to-print sheet: print, stack, fold and staple.

Whoever prints a booklet may never have folded one; a picture of each step says what
the words say at a glance. They are vector drawings (crisp on any printer, no image
files), drawn on a 100 × 70 grid and scaled to the room the sheet leaves them; shape,
not colour, carries the meaning, so they survive a black-and-white printer.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Polygon, Rect
from reportlab.lib.colors import Color

GRID = (100.0, 70.0)
"""Every picture is drawn on this grid (width, height), then scaled."""


@dataclass(frozen=True)
class Palette:
    """The sheet's colours: outlines, the arrows, sheets of paper and the printer's tint."""

    ink: Color
    accent: Color
    paper: Color
    tint: Color


Picture = Callable[[Palette], list[object]]


def picture(kind: int, width: float, palette: Palette) -> Drawing:
    """Picture ``kind`` (0 print, 1 stack, 2 fold, 3 staple), ``width`` wide."""
    scale = width / GRID[0]
    drawing = Drawing(width, GRID[1] * scale)
    group = Group(*PICTURES[kind](palette), transform=(scale, 0, 0, scale, 0, 0))
    drawing.add(group)
    return drawing


def _sheet(x: float, y: float, width: float, height: float, palette: Palette) -> Rect:
    return Rect(
        x,
        y,
        width,
        height,
        fillColor=palette.paper,
        strokeColor=palette.ink,
        strokeWidth=1.4,
        strokeLineJoin=1,
    )


def _fold_line(x: float, bottom: float, top: float, palette: Palette) -> Line:
    return Line(
        x, bottom, x, top, strokeColor=palette.accent, strokeWidth=1.6, strokeDashArray=[4, 3]
    )


def _arrow_head(tip: tuple[float, float], angle: float, palette: Palette) -> Polygon:
    """A filled arrowhead at ``tip`` pointing along ``angle`` (radians)."""
    length, half = 7.0, 4.0
    back_x, back_y = tip[0] - length * math.cos(angle), tip[1] - length * math.sin(angle)
    side_x, side_y = -math.sin(angle) * half, math.cos(angle) * half
    points = [tip[0], tip[1], back_x + side_x, back_y + side_y, back_x - side_x, back_y - side_y]
    return Polygon(points, fillColor=palette.accent, strokeColor=None)


def _curved_arrow(points: tuple[float, ...], palette: Palette) -> list[object]:
    """A curve from its first point to its last (a cubic Bézier), with a head at the end."""
    start, first, second, end = (points[i : i + 2] for i in range(0, 8, 2))
    path = Path(strokeColor=palette.accent, strokeWidth=2.4, fillColor=None, strokeLineCap=1)
    path.moveTo(*start)
    path.curveTo(*first, *second, *end)
    angle = math.atan2(end[1] - second[1], end[0] - second[0])
    return [path, _arrow_head((end[0], end[1]), angle, palette)]


def _print(palette: Palette) -> list[object]:
    """A printer with paper going in at the back and a sheet coming out, turned over."""
    body = Rect(
        10, 16, 72, 30, rx=5, ry=5, fillColor=palette.tint, strokeColor=palette.ink, strokeWidth=1.4
    )
    slot = Line(22, 25, 70, 25, strokeColor=palette.ink, strokeWidth=2.2, strokeLineCap=1)
    light = Circle(73, 38, 3, fillColor=palette.accent, strokeColor=None)
    lines = [
        Line(32, 12 - 4 * row, 58 - 6 * row, 12 - 4 * row, strokeColor=palette.ink, strokeWidth=1)
        for row in range(2)
    ]
    flip = _curved_arrow((84, 6, 98, 10, 98, 30, 86, 34), palette)
    return [
        _sheet(26, 40, 40, 26, palette),
        body,
        slot,
        light,
        _sheet(26, 1, 40, 24, palette),
        *lines,
        *flip,
    ]


def _stack(palette: Palette) -> list[object]:
    """Sheets one on another, in the order they came out."""
    sheets: list[object] = [_sheet(8 + 5 * i, 4 + 7 * i, 60, 36, palette) for i in range(4)]
    top = 4 + 7 * 3
    arrow = [
        Line(88, 64, 88, 16, strokeColor=palette.accent, strokeWidth=2.4, strokeLineCap=1),
        _arrow_head((88, 8), -math.pi / 2, palette),
    ]
    return [*sheets, _fold_line(53, top, top + 36, palette), *arrow]


def _fold(palette: Palette) -> list[object]:
    """The stack's right half lifting over onto its left half along the fold."""
    left = _sheet(6, 6, 42, 40, palette)
    lifting = Polygon(
        [48, 6, 48, 46, 70, 60, 70, 20],
        fillColor=palette.tint,
        strokeColor=palette.ink,
        strokeWidth=1.4,
        strokeLineJoin=1,
    )
    arrow = _curved_arrow((84, 34, 88, 66, 40, 72, 24, 54), palette)
    return [left, lifting, _fold_line(48, 2, 50, palette), *arrow]


def _staple(palette: Palette) -> list[object]:
    """The folded stack opened flat, outside up, with two staples on the fold."""
    edges = [_sheet(8 + 1.5 * i, 8 - 1.5 * i, 84, 50, palette) for i in (2, 1)]
    front = _sheet(8, 8, 84, 50, palette)
    staples = [
        Rect(48, y, 4, 12, rx=1, ry=1, fillColor=palette.ink, strokeColor=None) for y in (16, 38)
    ]
    return [*edges, front, _fold_line(50, 2, 64, palette), *staples]


PICTURES: tuple[Picture, ...] = (_print, _stack, _fold, _staple)
