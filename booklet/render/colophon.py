"""The edition details that close every booklet on its back page.

Readers and clinics need to know which edition they hold and when it is due for
review; the details sit under a rule at the bottom of the back page.
"""

from __future__ import annotations

from dataclasses import dataclass

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

Pair = tuple[str, str]
"""A label and its value ("Edition", "1.0")."""


@dataclass(frozen=True)
class Shape:
    """How the pairs are set: their rows, the columns' widths, and the cells that span."""

    rows: list[list[Pair]]
    widths: list[float | None]
    spans: list[int]
    """The rows whose single value spans the columns after its label."""


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
    half the height, so the back page keeps them with the clinic); else the edition and
    the document code side by side, each date on a row of its own, where those fit; else
    one to a row.
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
    shape = _shape(pairs, fonts, float(label_style.fontSize), layout, width)
    cells = []
    for index, row_pairs in enumerate(shape.rows):
        row = element.add("TR")
        spanned = {"Table": {"ColSpan": 3}} if index in shape.spans else {}
        cells.append(
            [
                cell
                for label, value in row_pairs
                for cell in (
                    Paragraph(to_markup(label), label_style, tag=_header(row)),
                    Paragraph(to_markup(value), value_style, tag=row.add("TD", attributes=spanned)),
                )
            ]
            + [""] * (len(shape.widths) - 2 * len(row_pairs))  # under a spanning value
        )
    table = Table(cells, colWidths=shape.widths, hAlign="LEFT")
    table.setStyle(_style(layout, styles, fonts, shape.spans))
    return table


def _shape(
    pairs: list[Pair], fonts: FontSet, size: float, layout: Layout, width: float | None
) -> Shape:
    """The fullest rows that ``width`` holds.

    Two pairs each; else the document code beside the edition, the dates below; else
    one pair each.
    """

    def wide(text: str, font: str) -> float:
        return float(stringWidth(text, font, size)) + size

    labels_wide = [
        max(wide(pairs[i][0], fonts.bold), wide(pairs[i + 2][0], fonts.bold)) for i in (0, 1)
    ]
    values_wide = [
        max(wide(pairs[i][1], fonts.regular), wide(pairs[i + 2][1], fonts.regular)) for i in (0, 1)
    ]
    # the pairs stand apart by two ems more, so a row reads as two pairs, not one line
    columns = [labels_wide[0], values_wide[0] + 2 * size, labels_wide[1], values_wide[1]]
    first = max(wide(label, fonts.bold) for label, _ in (pairs[0], pairs[2], pairs[3]))
    edition = wide(pairs[0][1], fonts.regular) + size  # an em more: two pairs, not one line
    code = [wide(pairs[1][0], fonts.bold), wide(pairs[1][1], fonts.regular) - size]
    if width is not None and sum(columns) <= width:
        return Shape([[pairs[0], pairs[1]], [pairs[2], pairs[3]]], [*columns[:3], None], [])
    if width is not None and first + edition + sum(code) <= width:
        rows = [[pairs[0], pairs[1]], [pairs[2]], [pairs[3]]]
        return Shape(rows, [first, edition, code[0], None], [1, 2])
    widest = max(stringWidth(label, fonts.bold, size) for label, _ in pairs)
    label_width = min(size * layout.sizes.colophon_labels, widest + size)
    return Shape(
        [[pair] for pair in (pairs[0], pairs[2], pairs[3], pairs[1])], [label_width, None], []
    )


def _style(layout: Layout, styles: Styles, fonts: FontSet, spans: list[int]) -> TableStyle:
    """A rule above, tight rows, and each spanning value across the columns after it."""
    leading = styles.small.leading
    return TableStyle(
        [
            ("LINEABOVE", (0, 0), (-1, 0), layout.spacing.rule_width, HexColor(layout.colors.rule)),
            ("TOPPADDING", (0, 0), (-1, 0), leading * 0.6),
            ("TOPPADDING", (0, 1), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *(("SPAN", (1, row), (-1, row)) for row in spans),
            *table_font(fonts.regular, styles.small.fontSize),
        ]
    )


def _header(row: Node) -> Node:
    return row.add("TH", attributes={"Table": {"Scope": "Row"}})
