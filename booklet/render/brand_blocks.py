"""What a clinic brand adds to a booklet.

The logo and name go on the cover, on a tile at the top of the band; the contact block
and a QR code go on the back page.
"""

from __future__ import annotations

import io
from typing import Literal

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Image, Table, TableStyle
from svglib.svglib import svg2rlg

from booklet.memo import Memo
from booklet.model.brand import Brand, Logo, keep_together
from booklet.model.labels import Labels
from booklet.render.boxes import Stack
from booklet.render.flowables import BalancedParagraph, Paragraph, Tagged
from booklet.render.markup import prose_markup, to_markup
from booklet.render.tagging import Node
from booklet.source.errors import BookletError

Amount = Literal["full", "brief", "least"]
"""How much of the clinic a contact block holds: all of it; its logo, name, phone and
website; or its logo small beside its short name and phone (for a page with little room)."""


def logo_flowable(logo: Logo, max_width: float, max_height: float, font: str) -> Flowable:
    """The logo scaled into its box with its proportions, transparency and vectors kept.

    Text inside an SVG logo is set in ``font``: SVG fonts map to PDF base fonts, which
    are never embedded.
    """
    width, height = logo.size
    scale = min(max_width / width, max_height / height)
    if logo.kind == "SVG":
        drawing = svg2rlg(io.BytesIO(logo.data))
        if drawing is None:  # the brand checks make this unreachable for a valid logo
            raise BookletError.about_file("logo", "the SVG logo could not be drawn")
        drawing.scale(scale * width / drawing.width, scale * height / drawing.height)
        drawing.width, drawing.height = width * scale, height * scale
        drawing.initialFontName = font
        for node in _walk(drawing):
            if isinstance(node, String):
                node.fontName = font
        drawing.hAlign = "LEFT"
        return drawing
    image = Image(io.BytesIO(logo.data), width=width * scale, height=height * scale, mask="auto")
    image.hAlign = "LEFT"
    return image


class FittedParagraph(Flowable):
    """A name that wraps, then shrinks (down to ``min_size``) to stay within ``max_lines``.

    A long clinic name must never run off the cover; a short one keeps its full size.
    """

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        max_lines: int,
        min_size: float,
        tag: Node | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.max_lines = max_lines
        self.min_size = min_size
        self.tag = tag
        self.paragraph = Paragraph(text, style, tag=tag)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        size = self.style.fontSize
        while True:
            ratio = size / self.style.fontSize
            style = self.style.clone("fitted", fontSize=size, leading=self.style.leading * ratio)
            self.paragraph = Paragraph(self.text, style, tag=self.tag)
            _, height = self.paragraph.wrap(available_width, available_height)
            if len(self.paragraph.blPara.lines) <= self.max_lines or size <= self.min_size:
                break
            size = max(self.min_size, size - 0.5)
        self.width, self.height = available_width, height
        return (self.width, self.height)

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 0)


def _walk(node: object) -> list[object]:
    children = getattr(node, "contents", [])
    return [node, *(item for child in children for item in _walk(child))]


def masthead(
    brand: Brand,
    logo: Logo,
    style: ParagraphStyle,
    logo_box: tuple[float, float],
    paper: Color,
    parent: Node,
    max_width: float,
) -> Table | None:
    """The logo beside the clinic's name on a paper-coloured tile, for the cover band.

    The tile gives the logo its own background on any band colour, the way a co-branded
    handout carries the clinic's mark at its head. It is at most ``max_width`` wide (the
    room beside the cover's art); the name takes two lines where one would be more than
    twice the logo's width or too wide. None where the name needs more than two lines.
    """
    width, height = logo.size
    scale = min(logo_box[0] / width, logo_box[1] / height)
    logo_width, logo_height = width * scale, height * scale
    pad = style.fontSize * 0.7
    room = max_width - logo_width - pad * 2.6
    text = brand.name.replace(" & ", "\u00a0& ")  # an ampersand never starts a line
    full = stringWidth(text, style.fontName, style.fontSize)
    name_width = full + 1 if full <= min(logo_width * 2, room) else _two_lines(text, style)
    if name_width > room:
        return None  # a word would be cut
    name = Paragraph(prose_markup(text), style, tag=parent.add("P"))
    name.wrap(name_width, style.leading * 10)
    if len(name.blPara.lines) > 2:
        return None
    figure = parent.add("Figure", alt=brand.logo_alt)
    cells = [Tagged(logo_flowable(logo, logo_width, logo_height, style.fontName), figure), name]
    table = Table([cells], colWidths=[logo_width + pad * 1.6, name_width + pad], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), paper),
                ("FONT", (0, 0), (-1, -1), style.fontName, style.fontSize),
                ("ROUNDEDCORNERS", [pad / 2] * 4),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("LEFTPADDING", (1, 0), (1, 0), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), pad * 0.6),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.8),
            ]
        )
    )
    return table


def _two_lines(name: str, style: ParagraphStyle) -> float:
    """The narrowest width that sets ``name`` on two lines, broken at one of its spaces.

    A no-break space holds the words beside it together.
    """
    words = name.split(" ")

    def width(text: str) -> float:
        return float(stringWidth(text, style.fontName, style.fontSize))

    splits = [
        max(width(" ".join(words[:cut])), width(" ".join(words[cut:])))
        for cut in range(1, len(words))
    ]
    return min(splits, default=width(name)) + float(style.fontSize) * 0.25  # a hair to spare


def cover_block(
    brand: Brand,
    logo: Logo | None,
    style: ParagraphStyle,
    min_size: float,
    logo_box: tuple[float, float],
    parent: Node,
) -> Flowable:
    """Logo beside the clinic's name, at the bottom of the cover."""
    figure = parent.add("Figure", alt=brand.logo_alt) if logo is not None else None
    name = FittedParagraph(
        prose_markup(brand.name), style, max_lines=2, min_size=min_size, tag=parent.add("P")
    )
    name.spaceAfter = style.spaceAfter
    if logo is None or figure is None:
        return name
    mark = Tagged(logo_flowable(logo, *logo_box, style.fontName), figure)
    table = _logo_row(mark, name, logo_box[0] + style.fontSize, style)
    table.spaceAfter = style.spaceAfter
    return table


def contact_block(
    brand: Brand,
    labels: Labels,
    heading: ParagraphStyle,
    body: ParagraphStyle,
    qr_size: float,
    qr_color: Color,
    parent: Node,
    frame: tuple[float, float],
    logo: Logo | None = None,
    amount: Amount = "full",
) -> Flowable:
    """The clinic's name, contact details and note, with a QR code to its web page.

    Details too long to sit beside the code in half the ``frame`` (width, height) are
    stacked above it instead, so they can run on to the next page. ``amount`` says how
    much of it to keep (:data:`Amount`).
    """
    contact = brand.contact
    phone = keep_together(contact.phone) if contact.phone else None
    rows = [
        (labels.contact_address, contact.address),
        (labels.contact_phone, phone),
        (labels.contact_hours, contact.hours),
        (labels.contact_website, contact.website),
        (labels.contact_email, contact.email),
    ]
    brief = amount != "full"
    if brief:
        rows = [(labels.contact_phone, phone), (labels.contact_website, contact.website)]
    if amount == "least":
        rows = rows[:1]
    name = brand.short_name or brand.name if amount == "least" else brand.name
    lines: list[Flowable] = [BalancedParagraph(to_markup(name), heading, tag=parent.add("H3"))]
    if amount == "least":
        lines += _rows(rows, body, parent)
        return _beside_logo(brand, logo, Stack(lines), heading, parent, frame[0])
    if logo is not None and brand.logo_alt:  # the logo again, on the outside back cover
        mark = logo_flowable(logo, qr_size * 1.4, qr_size * 0.5, body.fontName)
        lines.insert(0, Tagged(mark, parent.add("Figure", alt=brand.logo_alt)))
    lines += _rows(rows, body, parent)
    if brand.note and not brief:
        lines.append(Paragraph(f"<b>{prose_markup(brand.note)}</b>", body, tag=parent.add("P")))
    details = Stack(lines)
    target = brand.qr_target
    if not target or brief:
        return details
    code = Tagged(
        qr_drawing(target, qr_size, qr_color, body.fontName),
        parent.add("Figure", alt=f"{labels.scan_qr} {target}"),
    )
    caption = Paragraph(
        to_markup(labels.scan_qr), body.clone("qr_caption", spaceAfter=0), tag=parent.add("P")
    )
    qr_column = qr_size + body.fontSize
    _, height = details.wrap(frame[0] - qr_column - body.fontSize, frame[1] * 10)
    if height > frame[1] / 2:
        return Stack([*lines, code, caption])
    table = Table([[details, Stack([code, caption])]], colWidths=[None, qr_column])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), body.fontSize),
                ("FONT", (0, 0), (-1, -1), body.fontName, body.fontSize),
            ]
        )
    )
    return table


def _rows(rows: list[tuple[str, str | None]], body: ParagraphStyle, parent: Node) -> list[Flowable]:
    """A labelled line for each contact detail given."""
    return [
        Paragraph(f"<b>{to_markup(label)}:</b> {to_markup(value)}", body, tag=parent.add("P"))
        for label, value in rows
        if value
    ]


def _beside_logo(
    brand: Brand, logo: Logo | None, text: Stack, style: ParagraphStyle, parent: Node, width: float
) -> Flowable:
    """The least block: the logo beside the clinic's name and phone, costing no line.

    The logo is at most one and a half of the name's lines tall, a quarter of ``width`` wide.
    """
    if logo is None or not brand.logo_alt:
        return text
    height = style.leading
    mark = logo_flowable(logo, width / 4, height * 1.5, style.fontName)
    figure = Tagged(mark, parent.add("Figure", alt=brand.logo_alt))
    mark_width, _ = mark.wrap(width, height)
    return _logo_row(figure, text, mark_width + height / 2, style)


def _logo_row(logo: Flowable, text: Flowable, logo_column: float, style: ParagraphStyle) -> Table:
    """The logo and, beside it and centred on it, the clinic's name (and details)."""
    table = Table([[logo, text]], colWidths=[logo_column, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("FONT", (0, 0), (-1, -1), style.fontName, style.fontSize),
            ]
        )
    )
    return table


def qr_drawing(target: str, size: float, color: Color, font: str) -> Drawing:
    """A QR code that scans to ``target``, drawn as vector squares.

    ReportLab encodes the code in pure Python each time the widget is measured or drawn;
    a worker encodes each target in each colour once and draws the squares it kept.
    """
    squares, (x0, y0, x1, y1) = _QR_CODES.get(
        (target, type(color).__name__, color), lambda: _qr_squares(target, color)
    )
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(squares)
    drawing.initialFontName = font
    return drawing


def _qr_squares(target: str, color: Color) -> tuple[Group, tuple[float, float, float, float]]:
    """The QR code's squares (what the widget draws) and its bounds."""
    widget = QrCodeWidget(target, barLevel="M", barFillColor=color, barBorder=4)
    return widget.draw(), widget.getBounds()


_QR_CODES: Memo[tuple[Group, tuple[float, float, float, float]]] = Memo(16)
"""QR codes by target and colour; a drawing never changes the shapes it is given."""
