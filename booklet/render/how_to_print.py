"""The one-page sheet that tells whoever is at the printer how to make the booklet.

A receptionist should manage alone: which file, how many sheets, the three printer
settings (each with a box to tick), then four pictures with a step under each: print,
stack, fold, staple. The words come from the label set, so the sheet speaks the
content's language; the text is the layout's body size and the pictures take the room
that is left, so the sheet is used from top to bottom.
"""

from __future__ import annotations

import io
import re

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from booklet.model.content import Content
from booklet.model.labels import Labels
from booklet.model.layout import Layout
from booklet.render import icons
from booklet.render.boxes import Boxed, Panel, Stack
from booklet.render.flowables import Paragraph, stacked_height
from booklet.render.markup import prose_markup, to_markup
from booklet.render.print_pictures import Palette, picture
from booklet.render.sheet import sheet_document
from booklet.render.styles import Styles, build_styles
from booklet.variant.fonts import FontSet

MARGIN = 0.5 * 72
GUTTER = 0.3 * 72
"""Between the sheet's columns."""
ROW_GAP = 0.2 * 72
"""Between the two rows of pictures."""
EDITION_SEPARATOR = " \u00b7 "
"""Between the parts of the edition's name under the title (a middle dot, in any language)."""


def render_how_to_print(
    content: Content,
    layout: Layout,
    fonts: FontSet,
    sheet: tuple[float, float],
    files: tuple[str, str],
    sheets: int,
    paper: str,
    clinic: str | None = None,
) -> bytes:
    """A landscape sheet: what to print and how, then the four steps with their pictures.

    ``files``: the print file, and the full-page edition to print where a printer has
    no two-sided printing (the same topic, clinic, type size and paper, pages whole).
    Under its title, the edition it is for: the topic, the type size and the clinic
    (``clinic``, its short name).
    """
    buffer = io.BytesIO()
    styles = build_styles(layout, fonts)
    labels = content.labels
    width, height = sheet
    frame = (width - 2 * MARGIN, height - 2 * MARGIN)
    document = sheet_document(
        buffer,
        sheet,
        (MARGIN, MARGIN, *frame),
        f"{content.meta.title}: {labels.print_title}",
        content,
        fonts,
    )
    heading = [
        Paragraph(to_markup(labels.print_title), styles.h1.clone("print_title", spaceAfter=2)),
        Paragraph(to_markup(_edition(content, layout, clinic)), styles.body),
    ]
    inner = (frame[0] - 12, frame[1] - 12)  # a frame's own padding is 6 pt a side
    amount = f"{sheets}, {labels.paper_names[paper]}"
    # the full-page file is named on lines of its own where the sheet has room for it,
    # else run on after the words, else only said
    for named, run_on, last_resort in (
        (files[1], False, False),
        (files[1], True, False),
        (None, False, True),
    ):
        naming = (files[0], named, run_on)
        top = _what_and_how(labels, layout, styles, naming, amount, inner[0])
        used = sum(item.wrap(*inner)[1] + item.getSpaceAfter() for item in [*heading, top])
        room = (inner[0], inner[1] - used)
        steps = _steps(labels, layout, styles, room, 2 * sheets, last_resort)
        if steps is not None:
            break
    assert steps is not None  # the last resort always lays the steps out
    document.build([*heading, top, steps])
    return buffer.getvalue()


def _edition(content: Content, layout: Layout, clinic: str | None) -> str:
    """The topic, the type size (where the layout is a shipped one) and the clinic."""
    size = content.labels.print_size(layout.name)
    return EDITION_SEPARATOR.join(part for part in (content.meta.title, size, clinic) if part)


def _what_and_how(
    labels: Labels,
    layout: Layout,
    styles: Styles,
    files: tuple[str, str | None, bool],
    sheets: str,
    width: float,
) -> Table:
    """The file and its sheets (how many, what size) in a tinted panel; settings beside."""
    body = styles.body.clone("print_body", spaceAfter=4)
    half = (width - GUTTER) / 2
    room = half - 2 * layout.spacing.callout_padding - 4
    print_file, full_pages, run_on = files
    which = Panel(
        Stack(
            [
                Paragraph(f"<b>{to_markup(labels.print_which)}:</b>", body),
                Paragraph(
                    _broken_at_hyphens(print_file, body, room),
                    body.clone("print_file", spaceAfter=6),
                ),
                Paragraph(f"<b>{to_markup(labels.print_sheets)}:</b> {to_markup(sheets)}", body),
                _one_sided(
                    labels, body.clone("print_one_sided", spaceBefore=6), full_pages, room, run_on
                ),
            ]
        ),
        background=HexColor(layout.colors.accent_tint),
        edge=HexColor(layout.colors.accent),
        padding=layout.spacing.callout_padding,
    )
    box_size = body.fontSize * 1.1
    box = icons.tick_box(HexColor(layout.colors.accent), layout.spacing.rule_width * 2)
    choices: list[Flowable] = [
        Paragraph(f"<b>{to_markup(labels.print_settings)}</b>", body),
        *(
            Boxed(
                [Paragraph(prose_markup(choice), body.clone("print_choice", spaceAfter=0))],
                indent=box_size + body.fontSize * 0.6,
                mark=box,
                mark_size=box_size,
                mark_top=(body.leading - box_size) / 2,
                space_after=body.fontSize * 0.5,
            )
            for choice in labels.print_choices
        ),
    ]
    table = Table([[which, Stack(choices)]], colWidths=[half + GUTTER, half])
    table.setStyle(_plain_cells(GUTTER))
    table.spaceAfter = GUTTER
    return table


def _one_sided(
    labels: Labels, style: ParagraphStyle, full_pages: str | None, width: float, run_on: bool
) -> Paragraph:
    """What to print without a two-sided printer, the full-page file named after the words.

    The name starts a line of its own, so no reader wonders which hyphen is the name's,
    unless ``run_on``: then it follows the words on their last line, to save one.
    """
    if full_pages is None:
        return Paragraph(f"{prose_markup(labels.print_one_sided)}.", style)
    lead = f"{prose_markup(labels.print_one_sided)}:"
    if not run_on:
        return Paragraph(f"{lead}<br/>{_broken_at_hyphens(full_pages, style, width)}", style)
    measured = Paragraph(lead, style)
    measured.wrap(width, 1e6)
    last = measured.blPara.lines[-1]  # the room its last line leaves, for the name
    spare = last[0] if isinstance(last, tuple) else last.extraSpace
    left = spare - stringWidth(" ", style.fontName, style.fontSize)
    return Paragraph(f"{lead} {_broken_at_hyphens(full_pages, style, width, left)}", style)


def _broken_at_hyphens(
    name: str, style: ParagraphStyle, width: float, first: float | None = None
) -> str:
    """A file name as markup whose lines break only before a hyphen, never inside a word.

    The hyphen opens the next line, as style guides break a web address: a hyphen at a
    line's end would read as a word broken there, and a reader might leave it out.

    ``first``: the room on its first line, where it follows other words on theirs (a
    first piece that does not fit there starts a line of its own).
    """
    lines = [""]
    room = width if first is None else first
    for piece in re.findall(r"-?[^-]+", name):
        too_wide = stringWidth(lines[-1] + piece, style.fontName, style.fontSize) > room
        if too_wide and (lines[-1] or room < width):
            lines.append("")
            room = width
        lines[-1] += piece
    return "<br/>".join(to_markup(line) for line in lines)


def _steps(
    labels: Labels,
    layout: Layout,
    styles: Styles,
    room: tuple[float, float],
    last: int,
    last_resort: bool = True,
) -> Table | None:
    """Two rows of two: each picture beside its step; the pictures take the room left.

    A step's ``{last}`` is the print file's last page (two a sheet: front and back).
    None where the steps do not fit even with their titles run in, unless
    ``last_resort``: then they are laid out at their narrowest all the same.
    """
    width, height = room
    half = (width - GUTTER) / 2
    steps = [
        (f"{kind + 1}. {to_markup(title)}", prose_markup(step.replace("{last}", str(last))))
        for kind, (title, step) in enumerate(
            zip(labels.print_pictures, labels.print_steps, strict=True)
        )
    ]
    texts = _step_texts(steps, styles, run_in=False)
    fitted = _fit(texts, half, height)
    if fitted is None:  # the titles run in, at the text's size, to give the words room
        texts = _step_texts(steps, styles, run_in=True)
        fitted = _fit(texts, half, height, at_least=last_resort)
    if fitted is None:
        return None
    picture_width, rows = fitted
    text_width = half - picture_width - GUTTER
    colors = layout.colors
    palette = Palette(
        HexColor(colors.text),
        HexColor(colors.accent),
        HexColor(colors.paper),
        HexColor(colors.accent_tint),
    )
    cells = [
        Table(
            [[picture(kind, picture_width, palette), Stack(text)]],
            colWidths=[picture_width + GUTTER, text_width],
            style=_plain_cells(GUTTER, "MIDDLE"),
        )
        for kind, text in enumerate(texts)
    ]
    table = Table(
        [cells[:2], cells[2:]],
        colWidths=[half + GUTTER, half],
        rowHeights=[rows[0] + ROW_GAP, rows[1]],
    )
    table.setStyle(_plain_cells(GUTTER))
    return table


def _step_texts(steps: list[tuple[str, str]], styles: Styles, run_in: bool) -> list[list[Flowable]]:
    """Each step's title over its words, or (``run_in``) in bold at the start of them."""
    name = styles.h2.clone("print_picture", spaceBefore=0, spaceAfter=4, keepWithNext=0)
    body = styles.body.clone("print_step", spaceAfter=0)
    if run_in:
        return [[Paragraph(f"<b>{title}:</b> {words}", body)] for title, words in steps]
    return [[Paragraph(title, name), Paragraph(words, body)] for title, words in steps]


def _fit(
    texts: list[list[Flowable]], half: float, room: float, at_least: bool = False
) -> tuple[float, list[float]] | None:
    """The widest picture, and the two rows' heights, that leave every step's words room.

    Pictures take half a cell where the words are short; where large print or a longer
    language needs the width they narrow, down to a fifth of the cell, and a row with
    more words takes more of the height. What is left over is shared between the rows.
    None where even the narrowest leaves too little room, unless ``at_least``.
    """
    for share in (0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2):
        picture_width = min(half * share, (room - ROW_GAP) / 2 * 100 / 70)
        text_width = half - picture_width - GUTTER
        needs = [
            max(picture_width * 0.7, *(stacked_height(text, text_width) for text in row))
            for row in (texts[:2], texts[2:])
        ]
        spare = room - ROW_GAP - sum(needs) - 2
        if spare >= 0 or (at_least and share == 0.2):
            return picture_width, [need + max(spare, 0) / 2 for need in needs]
    return None


def _plain_cells(gutter: float, align: str = "TOP") -> TableStyle:
    """Cells without padding but a gutter on the right of all but the last column."""
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), align),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-2, -1), gutter),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
