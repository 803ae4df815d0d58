"""The illustrator's pages of the review sheet: every view, hand pose and mark, alone.

A topic's pictures are built from a small library (views of the figure, poses of a
hand, mark kinds); an illustrator checks each piece at print size before checking
the steps that combine them. Views show their landmarks by name, poses their grip.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Group, String
from reportlab.lib.colors import Color, white
from reportlab.platypus import Flowable, Table, TableStyle

from booklet.marks import MARKS, default_legend, legend_kinds
from booklet.marks.base import DiagramStyle
from booklet.marks.figure import figure_group, nail_color
from booklet.model.content import Content
from booklet.model.views import View
from booklet.render.diagram import legend_symbol
from booklet.render.flowables import Paragraph
from booklet.render.markup import to_markup
from booklet.render.styles import Styles

COLUMNS = 3


def library_grid(
    content: Content, style: DiagramStyle, styles: Styles, width: float, rule: Color
) -> list[Flowable]:
    """Headed grids of the views and poses the content can use, then every mark."""
    cell = width / COLUMNS
    views = content.views_used()
    poses = content.hand_poses
    flowables: list[Flowable] = []
    for title, figures, fill, point in (
        ("Views", views, style.figure_fill, None),
        ("Hand poses", poses, style.figure_hand, "grip"),
    ):
        if not figures:
            continue
        cells = [
            [
                _figure_drawing(figure, style, fill, cell * 0.9, point),
                Paragraph(to_markup(f"{name}: {figure.caption}"), styles.small),
            ]
            for name, figure in sorted(figures.items())
        ]
        flowables += [Paragraph(title, styles.h2), _grid(cells, cell, rule, styles)]
    marks = [
        [
            legend_symbol(kind, style, cell * 0.4),
            Paragraph(to_markup(f"{kind}: {default_legend(kind)}"), styles.small),
        ]
        for kind in legend_kinds()
    ]
    marks += [
        [Drawing(1, 1), Paragraph(to_markup(f"{mark.kind}: drawn, not a symbol"), styles.small)]
        for mark in MARKS
        if not mark.legend
    ]
    flowables += [Paragraph("Marks", styles.h2), _grid(marks, cell, rule, styles)]
    return flowables


def _figure_drawing(
    figure: View, style: DiagramStyle, fill: Color, size: float, point: str | None
) -> Drawing:
    """``figure`` fitted into a ``size`` square, its landmarks (or one point) marked."""
    scale = min(size / figure.width, size / figure.height)
    drawing = Drawing(size, size)
    drawing.initialFontName = style.label_font
    x = (size - figure.width * scale) / 2
    y = (size - figure.height * scale) / 2
    drawing.add(figure_group(figure, (scale, 0, 0, scale, x, y), scale, fill, style, "behind"))
    nails = nail_color(style, fill) if point == "grip" else None
    drawing.add(figure_group(figure, (scale, 0, 0, scale, x, y), scale, fill, style, nails=nails))
    marks = Group()
    for name, (lx, ly) in figure.landmarks.items():
        if point is not None and name != point:
            continue
        cx, cy = x + lx * scale, y + ly * scale
        marks.add(Circle(cx, cy, 2, fillColor=style.mark, strokeColor=white, strokeWidth=0.6))
        marks.add(
            String(
                cx + 3, cy + 2, name, fontName=style.label_font, fontSize=6, fillColor=style.label
            )
        )
    drawing.add(marks)
    return drawing


def _grid(cells: list[list[Flowable]], cell: float, rule: Color, styles: Styles) -> Table:
    rows = [cells[index : index + COLUMNS] for index in range(0, len(cells), COLUMNS)]
    if rows and len(rows[-1]) < COLUMNS:
        rows[-1] = rows[-1] + [[]] * (COLUMNS - len(rows[-1]))
    table = Table(rows, colWidths=[cell] * COLUMNS)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.5, rule),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("FONT", (0, 0), (-1, -1), styles.small.fontName, styles.small.fontSize),
            ]
        )
    )
    return table
