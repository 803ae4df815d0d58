"""Small vector marks drawn beside text: tick boxes, step numbers and callout icons.

The font has no reliable symbols for these, and drawn marks stay crisp at any size.
Each factory returns a function ``draw(canvas, size)`` that draws into a ``size`` square
whose lower-left corner is the origin. Shape, not colour, tells the marks apart, so they
survive black-and-white printing.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

Mark = Callable[[Canvas, float], None]


def tick_box(color: Color, line_width: float) -> Mark:
    """An empty square for the reader to tick."""

    def draw(canvas: Canvas, size: float) -> None:
        canvas.setStrokeColor(color)
        canvas.setLineWidth(line_width)
        inset = line_width / 2
        canvas.roundRect(inset, inset, size - line_width, size - line_width, size * 0.12)

    return draw


def number_badge(number: int, fill: Color, text: Color, font: str, font_size: float) -> Mark:
    """A filled circle with a step number in it."""

    def draw(canvas: Canvas, size: float) -> None:
        radius = size / 2
        canvas.setFillColor(fill)
        canvas.circle(radius, radius, radius, stroke=0, fill=1)
        canvas.setFillColor(text)
        canvas.setFont(font, font_size)
        canvas.drawCentredString(radius, radius - font_size * 0.35, str(number))

    return draw


def tip_icon(fill: Color, paper: Color) -> Mark:
    """A filled circle with a tick: "a good thing to do"."""

    def draw(canvas: Canvas, size: float) -> None:
        radius = size / 2
        canvas.setFillColor(fill)
        canvas.circle(radius, radius, radius, stroke=0, fill=1)
        canvas.setStrokeColor(paper)
        canvas.setLineWidth(size * 0.12)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        tick = canvas.beginPath()
        tick.moveTo(size * 0.28, size * 0.52)
        tick.lineTo(size * 0.44, size * 0.35)
        tick.lineTo(size * 0.73, size * 0.66)
        canvas.drawPath(tick, stroke=1, fill=0)

    return draw


def caution_icon(fill: Color, paper: Color) -> Mark:
    """A rounded warning triangle with an exclamation mark: "take care"."""

    def draw(canvas: Canvas, size: float) -> None:
        canvas.setFillColor(fill)
        canvas.setStrokeColor(fill)
        canvas.setLineWidth(size * 0.1)
        canvas.setLineJoin(1)
        triangle = canvas.beginPath()
        triangle.moveTo(size * 0.5, size * 0.95)
        triangle.lineTo(size * 0.97, size * 0.08)
        triangle.lineTo(size * 0.03, size * 0.08)
        triangle.close()
        canvas.drawPath(triangle, stroke=1, fill=1)
        canvas.setFillColor(paper)
        bar_width = size * 0.12
        canvas.roundRect(
            size * 0.5 - bar_width / 2, size * 0.38, bar_width, size * 0.36, bar_width / 2, 0, 1
        )
        canvas.circle(size * 0.5, size * 0.24, bar_width * 0.62, stroke=0, fill=1)

    return draw
