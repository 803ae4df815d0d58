"""The one-page sheet that tells staff how to print, fold and staple a booklet."""

from __future__ import annotations

import io

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.platypus import Table, TableStyle

from booklet.model.content import Content
from booklet.model.labels import Labels
from booklet.model.layout import Layout
from booklet.render.flowables import Paragraph
from booklet.render.markup import to_markup
from booklet.render.sheet import sheet_document
from booklet.render.styles import build_styles
from booklet.variant.fonts import FontSet


def render_how_to_print(
    content: Content,
    layout: Layout,
    fonts: FontSet,
    sheet: tuple[float, float],
    print_file: str,
    sheets: int,
) -> bytes:
    """A landscape sheet: the file and sheets to print, steps beside a picture."""
    buffer = io.BytesIO()
    styles = build_styles(layout, fonts)
    labels = content.labels
    width, height = sheet
    margin = 0.6 * 72
    document = sheet_document(
        buffer,
        sheet,
        (margin, margin, width - 2 * margin, height - 2 * margin),
        f"{content.meta.title}: {labels.print_title}",
        content,
        fonts,
    )
    steps = [
        Paragraph(f"<b>{number}.</b> {to_markup(step)}", styles.body)
        for number, step in enumerate(labels.print_steps, start=1)
    ]
    column = (width - 2 * margin) / 2
    picture = _open_sheet(labels, layout, fonts, column - 24, styles.body.fontSize)
    table = Table([[steps, picture]], colWidths=[column, column])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("FONT", (0, 0), (-1, -1), fonts.regular, styles.body.fontSize),
            ]
        )
    )
    title = Paragraph(to_markup(labels.print_title), styles.h1)
    subtitle = Paragraph(to_markup(content.meta.title), styles.body)
    which = Paragraph(
        f"<b>{to_markup(labels.print_which)}:</b> {to_markup(print_file)}<br/>"
        f"<b>{to_markup(labels.print_sheets)}:</b> {sheets}",
        styles.body,
    )
    document.build([title, subtitle, which, table])
    return buffer.getvalue()


def _open_sheet(
    labels: Labels, layout: Layout, fonts: FontSet, width: float, size: float
) -> Drawing:
    """An open sheet with two pages, the fold as a dashed line and two staples on it."""
    colors = layout.colors
    height = width * 0.65
    drawing = Drawing(width, height + size * 3)
    drawing.initialFontName = fonts.regular
    ink, accent = HexColor(colors.text), HexColor(colors.accent)
    base = size * 1.6
    drawing.add(
        Rect(
            0,
            base,
            width,
            height,
            fillColor=HexColor(colors.paper),
            strokeColor=ink,
            strokeWidth=1.2,
        )
    )
    fold = width / 2
    drawing.add(
        Line(
            fold,
            base - 4,
            fold,
            base + height + 4,
            strokeColor=accent,
            strokeWidth=1.8,
            strokeDashArray=[6, 4],
        )
    )
    for share in (0.28, 0.72):
        y = base + height * share
        drawing.add(Rect(fold - 2.5, y - 10, 5, 20, fillColor=ink, strokeColor=None))
    drawing.add(
        String(
            fold,
            base + height + size * 0.6,
            labels.print_fold,
            fontName=fonts.bold,
            fontSize=size,
            fillColor=ink,
            textAnchor="middle",
        )
    )
    drawing.add(
        String(
            fold,
            0,
            labels.print_staples,
            fontName=fonts.bold,
            fontSize=size,
            fillColor=ink,
            textAnchor="middle",
        )
    )
    return drawing
