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
    content: Content, layout: Layout, styles: Styles, fonts: FontSet, element: Node
) -> Table:
    """Edition, review dates and document code, under a rule, for the back page."""
    meta, labels, style = content.meta, content.labels, styles.small
    rows = [
        (labels.edition, meta.edition),
        (labels.reviewed, long_date(meta.reviewed, meta.language)),
        (labels.next_review, long_date(meta.next_review, meta.language)),
        (labels.document_code, meta.document_code),
    ]
    label_style = style.clone("colophon_label", fontName=fonts.bold, spaceAfter=0)
    value_style = style.clone("colophon_value", spaceAfter=0)
    cells = []
    for label, value in rows:
        row = element.add("TR")
        header = row.add("TH", attributes={"Table": {"Scope": "Row"}})
        cells.append(
            [
                Paragraph(to_markup(label), label_style, tag=header),
                Paragraph(to_markup(value), value_style, tag=row.add("TD")),
            ]
        )
    widest = max(stringWidth(label, fonts.bold, label_style.fontSize) for label, _ in rows)
    label_width = min(
        label_style.fontSize * layout.sizes.colophon_labels, widest + label_style.fontSize
    )
    table = Table(
        cells,
        colWidths=[label_width, None],
        hAlign="LEFT",
    )
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
