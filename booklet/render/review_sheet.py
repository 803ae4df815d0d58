"""The diagram review sheet: every step's diagram on a grid, for content editors.

Editors check a booklet's pictures at a glance, each labelled with its step number,
title and alt text, without paging through the booklet; then every view, every hand
pose (its grip marked) and every mark the topic can use, for illustrators.
"""

from __future__ import annotations

import io

from reportlab.lib.colors import Color, HexColor
from reportlab.platypus import Flowable, HRFlowable, LayoutError, Table, TableStyle

from booklet.model.content import Content
from booklet.model.layout import Layout
from booklet.render.diagram import booklet_grid, draw_diagram, inset_of
from booklet.render.figure_sheet import library_grid
from booklet.render.flowables import Paragraph
from booklet.render.markup import to_markup
from booklet.render.sheet import sheet_document
from booklet.render.story import StoryBuilder
from booklet.render.styles import build_diagram_style, build_styles
from booklet.source.errors import BookletError
from booklet.variant.fonts import FontSet


def render_review_sheet(content: Content, layout: Layout, fonts: FontSet) -> bytes:
    """A PDF of every step diagram, two to a row where they fit, with step and alt text."""
    buffer = io.BytesIO()
    styles = build_styles(layout, fonts)
    diagram_style = build_diagram_style(layout, fonts)
    grid = booklet_grid(content, diagram_style)
    width, height = layout.page.dimensions
    margins = layout.page.margins
    frame_width = width - margins.inner - margins.outer
    document = sheet_document(
        buffer,
        (width, height),
        (margins.inner, margins.top, frame_width, height - 2 * margins.top),
        f"{content.meta.title}: diagrams",
        content,
        fonts,
    )

    title_style = styles.step_title.clone(
        "cell_title", fontSize=styles.body.fontSize, keepWithNext=1
    )
    story = StoryBuilder(content, layout, styles, fonts)
    cells = [
        [
            Paragraph(f"{number}. {to_markup(step.title)}", title_style),
            draw_diagram(
                step.diagram,
                content.view(step.diagram),
                diagram_style,
                grid,
                poses=content.poses,
                caption=content.caption(step.diagram),
                number=number,
                inset=inset_of(content, step.diagram),
            ),
            Paragraph(to_markup(step.diagram.alt), styles.small),
        ]
        for number, step in enumerate(content.steps(), start=1)
        if step.diagram is not None
    ]
    # two to a row where two diagrams fit across the page (large print: one a row)
    across = 2 if frame_width >= 2 * (diagram_style.width + 16) else 1
    rule = HexColor(layout.colors.rule)
    steps = _step_grid(cells, across, frame_width, rule, (fonts.regular, styles.small.fontSize))
    heading = Paragraph(to_markup(f"{content.meta.title}: diagrams"), styles.h1)
    legend = story.legend()
    library = library_grid(content, diagram_style, styles, frame_width, rule)
    try:
        document.build([heading, *([legend] if legend else []), *steps, *library])
    except LayoutError:
        raise BookletError.about_file(
            layout.source,
            "a diagram of the review sheet is taller than a page (valid: smaller diagrams, "
            "type or margins)",
        ) from None
    return buffer.getvalue()


def _step_grid(
    cells: list[list[Flowable]],
    across: int,
    width: float,
    rule: Color,
    font: tuple[str, float],
) -> list[Flowable]:
    """The steps' cells, boxed, two to a row; one a row, they flow on, ruled apart.

    A table row never splits, so one step a row (large print) is set as flowables, and
    a long alt text may go on over the next page.
    """
    if across == 1:
        return [item for cell in cells for item in [*cell, HRFlowable(color=rule)]]
    drawn = len(cells)
    if drawn % across:
        cells.append([])  # an odd last diagram: an empty, unboxed cell beside it
    boxes = [
        ("BOX", (i % across, i // across), (i % across, i // across), 0.5, rule)
        for i in range(drawn)
    ]
    grid = Table(
        [cells[index : index + across] for index in range(0, len(cells), across)],
        colWidths=[width / across] * across,
    )
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *boxes,
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("FONT", (0, 0), (-1, -1), *font),
            ]
        )
    )
    return [grid]
