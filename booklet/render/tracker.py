"""A daily check as a 7-day tracker: the days across, the checks down, a box in each cell.

A checklist ticked once is used up on the first day; a week's grid is used every day,
and a new copy each week ("Week of" on top). It is a real table in the PDF's structure
(``TH`` for the days and for each check, ``TD`` for each box), so a screen reader can
say which day and which check a box belongs to. It grows its rows to fill the rest of
the page, which it has to itself. Where the page is too narrow for the checks' words
beside seven columns (a booklet's half page), the checks are numbered in a list above
the grid and the grid's rows carry their numbers, with each check's short words where
the content gives them and they fit ("3 No cuts"), so the grid reads on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from booklet.model.content import TrackerCheck
from booklet.model.labels import Labels
from booklet.model.layout import Layout
from booklet.model.layout_parts import Pagination
from booklet.render import icons
from booklet.render.flowables import Paragraph, at_top_of_frame, stacked_height
from booklet.render.markup import prose_markup, to_markup
from booklet.render.pagination import Cues, chain_list
from booklet.render.styles import Styles, table_font
from booklet.render.tagging import Node, marked
from booklet.source.limits import MAX_ITEMS

WORDS_BESIDE_GRID = 9
"""The narrowest check column, in ems, that still holds a check's words."""
MAX_ROW_GROWTH = 3.0
"""A row may grow to this many times its natural height to fill the page."""
PADDING = 0.3
"""Cell padding left and right, in ems."""
ROW_PADDING = 0.25
"""Cell padding above and below, in ems, so a check's words never touch the rules; a row
starts this compact and grows to fill the page."""


class TickCell(Flowable):
    """An empty box to tick, drawn as the content of its table cell."""

    def __init__(self, size: float, color: Color, line_width: float, tag: Node) -> None:
        super().__init__()
        self.size, self.tag = size, tag
        self.mark = icons.tick_box(color, line_width)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = self.height = self.size
        return (self.size, self.size)

    def draw(self) -> None:
        with marked(self.canv, self.tag):
            self.mark(self.canv, self.size)


class FillingTable(Flowable):
    """A table whose rows grow (up to ``MAX_ROW_GROWTH``) to fill the space it is given.

    ``above`` (the line to write the week on) is drawn over it and always goes with it;
    so is ``title``, where it has one and opens a page.
    """

    title: Flowable | None = None
    fills_page = True
    """Its rows grow to take the rest of its page: the plan counts that page as full."""

    def __init__(
        self,
        rows: list[list[Any]],
        widths: list[float],
        style: TableStyle,
        page: float,
        above: Flowable,
    ) -> None:
        super().__init__()
        self.rows, self.widths, self.style, self.page = rows, widths, style, page
        self.above = above
        self.table = self._table(None)

    def _table(self, heights: list[float] | None) -> Table:
        table = Table(self.rows, colWidths=self.widths, rowHeights=heights, repeatRows=1)
        table.setStyle(self.style)
        table.hAlign = "LEFT"
        return table

    def _above_height(self, available_width: float, available_height: float) -> float:
        """What goes over the grid: the week's line, under the title on a page's top."""
        on_top = self.title is not None and at_top_of_frame(self)
        self.heads = [self.title, self.above] if on_top and self.title else [self.above]
        self.head_heights = [head.wrap(available_width, available_height)[1] for head in self.heads]
        gaps = sum(head.getSpaceAfter() for head in self.heads[:-1])
        self.above_height = float(sum(self.head_heights) + gaps)
        return self.above_height + float(self.above.getSpaceAfter())

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        above = self._above_height(available_width, available_height)
        room = available_height - above
        if available_height > self.page:  # measured for a kept group, not placed: no growth
            room = 0
        natural = self._table(None)
        _, height = natural.wrap(available_width, room)
        rows = natural._rowHeights
        spare = (room - height - 1) / max(1, len(rows) - 1)
        if spare > 0:
            heights = [rows[0], *(min(row + spare, row * MAX_ROW_GROWTH) for row in rows[1:])]
            natural = self._table(heights)
            _, height = natural.wrap(available_width, room)
        self.table = natural
        self.width, self.height = available_width, height + above
        return (self.width, self.height)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """Whole on the next page if a page can hold it; only a longer grid is split."""
        natural = self._table(None)
        above = self._above_height(available_width, available_height)
        if natural.wrap(available_width, self.page)[1] + above <= self.page:
            return []
        parts: list[Flowable] = natural.split(available_width, available_height - above)
        return [*self.heads, *parts]

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, 0)
        top = self.height
        for head, height in zip(self.heads, self.head_heights, strict=True):
            top -= height
            head.drawOn(self.canv, 0, top)
            top -= head.getSpaceAfter()


@dataclass(frozen=True)
class Columns:
    """How the grid's width is shared: the day headings, the first column and each day's.

    ``numbered``: the whole checks are listed above the grid; ``short``: the rows carry
    the checks' short words (else only their numbers).
    """

    days: list[str]
    first: float
    day: float
    numbered: bool
    short: bool = False


def plan_columns(
    labels: Labels, head: ParagraphStyle, box: float, width: float, shorts: Sequence[str] = ()
) -> Columns:
    """The checks' words beside the days where they fit, else numbers.

    Numbered rows carry the checks' short words too where given and where they fit;
    the days are shortened where need be.
    """
    padding: float = head.fontSize * PADDING

    def day_width(days: list[str]) -> float:
        widest: float = max(stringWidth(day, head.fontName, head.fontSize) for day in days)
        return max(box, widest) + 2 * padding + 1  # a point to spare, for rounding

    full = day_width(labels.tracker_days)
    if width - 7 * full >= head.fontSize * WORDS_BESIDE_GRID:
        day = max(full, width / 2 / 7)  # the days take at least half the width
        return Columns(labels.tracker_days, width - 7 * day, day, numbered=False)
    if shorts:  # each row's number and short words, on one line beside the shortest days
        widest = max(
            stringWidth(f"{MAX_ITEMS} {text}", head.fontName, head.fontSize) for text in shorts
        )
        first = widest + 2 * padding + 1
        for days in (labels.tracker_days, labels.tracker_days_short):
            if width - first >= 7 * day_width(days):
                return Columns(days, first, (width - first) / 7, numbered=True, short=True)
    numbers = [labels.tracker_number, str(MAX_ITEMS)]
    first = max(stringWidth(text, head.fontName, head.fontSize) for text in numbers)
    first += 2 * padding + 1
    days = labels.tracker_days
    if (width - first) / 7 < full:
        days = labels.tracker_days_short
    return Columns(days, first, (width - first) / 7, numbered=True)


def tracker(
    checks: list[TrackerCheck],
    labels: Labels,
    layout: Layout,
    styles: Styles,
    frame: tuple[float, float],
    parent: Node,
    week: Callable[[], Flowable],
    title: Callable[[], Flowable] | None = None,
) -> list[Flowable]:
    """The ``week`` line and the grid; on a narrow page, the numbered checks before them.

    Where the checks come first, ``title`` makes what opens a page they go on over (the
    section's name, continued, as page furniture); where the grid opens a page, that
    title heads it, so a copy of either page says what it is.
    """
    body = styles.body.clone("tracker_check", spaceAfter=0)
    head = body.clone("tracker_head", fontName=styles.h2.fontName, textColor=styles.h2.textColor)
    day = head.clone("tracker_day", alignment=TA_CENTER)
    box = layout.spacing.checkbox * 1.2
    shorts = [check.short for check in checks]
    given = [short for short in shorts if short] if all(shorts) else []
    columns = plan_columns(labels, head, box, frame[0], given)
    key: list[Flowable] = []
    names = [prose_markup(check.text) for check in checks]
    if columns.numbered:
        key = _key(names, styles, layout, parent)
        names = [str(number) for number in range(1, len(checks) + 1)]
    if columns.short:
        names = [
            f"{name}\u00a0{to_markup(short)}" for name, short in zip(names, given, strict=True)
        ]
    table = parent.add("Table")
    header = table.add("TR")
    corner = (
        labels.tracker_number if columns.numbered and not columns.short else labels.tracker_check
    )
    rows: list[list[Any]] = [
        [
            Paragraph(to_markup(corner), head, tag=_header(header, "Column")),
            *(
                Paragraph(to_markup(name), day, tag=_header(header, "Column"))
                for name in columns.days
            ),
        ]
    ]
    color = HexColor(layout.colors.accent)
    line = layout.spacing.rule_width * layout.sizes.checkbox_line
    for name in names:
        row = table.add("TR")
        rows.append(
            [
                Paragraph(name, head if columns.numbered else body, tag=_header(row, "Row")),
                *(TickCell(box, color, line, row.add("TD")) for _ in columns.days),
            ]
        )
    widths = [columns.first, *[columns.day] * 7]
    grid = FillingTable(rows, widths, _grid_style(layout, styles), frame[1], week())
    grid.spaceAfter = layout.spacing.block
    if key and title is not None:  # the checks come first: they or the grid may open a page
        grid.title = title()
        cues: Cues = (None, title)  # no foot line: not a safety list, and the grid needs room
        for item in key[:-1]:
            item.continued_by = cues
    _chain_to_grid(key, grid, frame, layout.pagination)
    return [*key, grid]


def _chain_to_grid(
    key: list[Flowable], grid: Flowable, frame: tuple[float, float], rules: Pagination
) -> None:
    """Keep the numbered checks with the grid where all share its page.

    Where they cannot, the checks stay on their page as far as it holds them, keeping
    their start and their end together as a list's are (one alone over a page reads as
    cut off), and the grid, which grows to fill whatever page it lands on, follows them
    or opens the next page under its title.
    """
    together = stacked_height([*key, grid], frame[0]) <= frame[1]
    for item in key:
        item.keepWithNext = int(together)
    if not together:
        chain_list(key, rules)


def _header(row: Node, scope: str) -> Node:
    return row.add("TH", attributes={"Table": {"Scope": scope}})


def _key(names: list[str], styles: Styles, layout: Layout, parent: Node) -> list[Flowable]:
    """The checks as a numbered list, for a grid whose rows carry only their numbers."""
    items: list[Flowable] = []
    style: ParagraphStyle = styles.bullet
    with_numbers = style.clone("tracker_key", bulletFontName=styles.h2.fontName)
    numbering = parent.add("L", attributes={"List": {"ListNumbering": "Decimal"}})
    for number, name in enumerate(names, start=1):
        item = numbering.add("LI")
        items.append(
            Paragraph(name, with_numbers, bulletText=f"{number}.", tag=item.add("LBody").add("P"))
        )
    items[-1].spaceAfter = layout.spacing.block
    return items  # kept with the grid by _chain_to_grid


def _grid_style(layout: Layout, styles: Styles) -> TableStyle:
    colors, spacing = layout.colors, layout.spacing
    padding = styles.body.fontSize * PADDING
    rule = HexColor(colors.rule)
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("BACKGROUND", (0, 0), (-1, 0), HexColor(colors.accent_tint)),
            ("LINEBELOW", (0, 0), (-1, -1), spacing.rule_width, rule),
            ("LINEAFTER", (0, 0), (-2, -1), spacing.rule_width, rule),
            ("BOX", (0, 0), (-1, -1), spacing.rule_width, rule),
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("TOPPADDING", (0, 0), (-1, -1), styles.body.fontSize * ROW_PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), styles.body.fontSize * ROW_PADDING),
            *table_font(styles.body.fontName, styles.body.fontSize),
        ]
    )
