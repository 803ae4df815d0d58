"""The edition details that close every booklet on its back page.

Readers and clinics need to know which edition they hold and when it is due for
review; the details sit under a rule at the bottom of the back page.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from booklet.model.content import Content
from booklet.model.layout import Layout
from booklet.render.flowables import Paragraph
from booklet.render.markup import long_date, to_markup
from booklet.render.styles import Styles, table_font
from booklet.render.tagging import Node
from booklet.variant.fonts import FontSet


def colophon(
    content: Content,
    layout: Layout,
    styles: Styles,
    fonts: FontSet,
    element: Node,
    width: float | None = None,
) -> Table:
    """Edition, review dates and document code, under a rule, for the back page.

    Two pairs to a row where ``width`` holds them side by side (the details then take
    half the height, so the back page keeps them with the clinic); else one to a row.
    """
    meta, labels, style = content.meta, content.labels, styles.small
    pairs = [
        (labels.edition, meta.edition),
        (labels.document_code, meta.document_code),
        (labels.reviewed, long_date(meta.reviewed, meta.language)),
        (labels.next_review, long_date(meta.next_review, meta.language)),
    ]
    label_style = style.clone("colophon_label", fontName=fonts.bold, spaceAfter=0)
    value_style = style.clone("colophon_value", spaceAfter=0)
    gap = float(label_style.fontSize)

    def wide(text: str, font: str) -> float:
        return float(stringWidth(text, font, gap)) + gap

    labels_wide = [
        max(wide(pairs[i][0], fonts.bold), wide(pairs[i + 2][0], fonts.bold)) for i in (0, 1)
    ]
    values_wide = [
        max(wide(pairs[i][1], fonts.regular), wide(pairs[i + 2][1], fonts.regular)) for i in (0, 1)
    ]
    # the pairs stand apart by two ems more, so a row reads as two pairs, not one line
    columns = [labels_wide[0], values_wide[0] + 2 * gap, labels_wide[1], values_wide[1]]
    if width is not None and sum(columns) <= width:
        rows = [[pairs[0], pairs[1]], [pairs[2], pairs[3]]]
        widths: list[float | None] = [*columns[:3], None]
    else:
        rows = [[pair] for pair in (pairs[0], pairs[2], pairs[3], pairs[1])]
        widest = max(stringWidth(label, fonts.bold, label_style.fontSize) for label, _ in pairs)
        label_width = min(
            label_style.fontSize * layout.sizes.colophon_labels, widest + label_style.fontSize
        )
        widths = [label_width, None]
    cells = []
    for row_pairs in rows:
        row = element.add("TR")
        cells.append(
            [
                cell
                for label, value in row_pairs
                for cell in (
                    Paragraph(to_markup(label), label_style, tag=_header(row)),
                    Paragraph(to_markup(value), value_style, tag=row.add("TD")),
                )
            ]
        )
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                (
                    "LINEABOVE",
                    (0, 0),
                    (-1, 0),
                    layout.spacing.rule_width,
                    HexColor(layout.colors.rule),
                ),
                ("TOPPADDING", (0, 0), (-1, 0), style.leading * 0.6),
                ("TOPPADDING", (0, 1), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *table_font(fonts.regular, styles.small.fontSize),
            ]
        )
    )
    return table


def _header(row: Node) -> Node:
    return row.add("TH", attributes={"Table": {"Scope": "Row"}})
