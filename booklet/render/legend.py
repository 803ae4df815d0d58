"""The legend that explains the diagram symbols, once, where the steps begin.

It lists only the symbols the booklet's diagrams use, in the marks' drawing order, each
beside its words: the content's own (``labels.symbols``) or the mark's neutral default.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Table, TableStyle

from booklet.marks import REPEAT, legend_kinds
from booklet.marks.base import DiagramStyle
from booklet.model.content import Content
from booklet.model.layout import Layout
from booklet.render.boxes import Panel, Stack
from booklet.render.diagram import legend_symbol
from booklet.render.flowables import Paragraph
from booklet.render.markup import to_markup
from booklet.render.styles import Styles
from booklet.render.tagging import Node

MOST_PADDING = 1.2
"""The most space a legend row grows above and below, in ems of the small text."""


def build_legend(
    content: Content,
    layout: Layout,
    styles: Styles,
    diagram_style: DiagramStyle,
    frame_width: float,
    table_font: list[tuple[object, ...]],
    parent: Node,
) -> Legend | None:
    """A tinted panel of symbols and their meanings; None when no diagram uses any."""
    used = symbols_used(content)
    kinds = [kind for kind in legend_kinds() if kind in used]
    if not kinds:
        return None
    group = parent.add("Div")
    title_tag = group.add("P")
    entries = group.add("L", attributes={"List": {"ListNumbering": "None"}})
    labels, style = content.labels, styles.small
    symbol_width = layout.diagrams.legend_symbol
    text_style = style.clone("legend_text", textColor=HexColor(layout.colors.text), spaceAfter=0)
    cells: list[list[object]] = [
        [
            legend_symbol(kind, diagram_style, symbol_width),  # decorative: the words say it
            Paragraph(
                to_markup(labels.symbol(kind)), text_style, tag=entries.add("LI").add("LBody")
            ),
        ]
        for kind in kinds
    ]
    padding = layout.spacing.callout_padding
    inner_width = frame_width - padding * 2 - 4
    sizes = layout.sizes
    room = text_style.fontSize * sizes.legend_columns_from
    columns = 2 if inner_width / 2 - symbol_width >= room else 1
    while len(cells) % columns:
        cells.append(["", ""])
    rows = [
        [cell for pair in cells[index : index + columns] for cell in pair]
        for index in range(0, len(cells), columns)
    ]
    column_width = inner_width / columns
    symbol_column = symbol_width + sizes.legend_symbol_gap
    title = Paragraph(to_markup(labels.legend), styles.callout_label, tag=title_tag)
    gap = layout.spacing.list_item  # between rows, as between a list's items

    def panel(padding: float) -> Flowable:
        grid = Table(rows, colWidths=[symbol_column, column_width - symbol_column] * columns)
        grid.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),  # a symbol beside its first line
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), gap / 2 + padding),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), gap / 2 + padding),
                    *table_font,
                ]
            )
        )
        return Panel(
            Stack([title, grid]),
            background=HexColor(layout.colors.accent_tint),
            edge=HexColor(layout.colors.accent),
            padding=padding_around,
        )

    padding_around = layout.spacing.callout_padding
    legend = Legend(panel, len(rows), styles.small.fontSize)
    legend.spaceAfter = layout.spacing.block
    legend.keepWithNext = 1  # the legend shares its page with the first step
    return legend


class Legend(Flowable):
    """The legend's panel; where it cannot share a page with the first step, it fills its own.

    Its rows then take more space (up to ``MOST_PADDING`` ems above and below each) until
    the page reaches ``reach`` of the frame, so the legend reads as a page of its own.
    """

    def __init__(self, panel: Callable[[float], Flowable], rows: int, em: float) -> None:
        super().__init__()
        self.panel = panel
        self.rows = rows
        self.em = em
        self.reach: tuple[float, float] | None = None
        """How far down the frame to reach, and the frame's height; None to stay compact."""
        self.following: Flowable | None = None
        """The first step: while it fits on the page after the legend, the legend stays compact."""
        self.drawn = panel(0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.drawn = self.panel(0)
        width, height = self.drawn.wrap(available_width, available_height)
        if self._alone(available_width, available_height, height):
            assert self.reach is not None
            reach, frame = self.reach
            wanted = reach - (frame - available_height)
            padding = min(MOST_PADDING * self.em, (wanted - height) / (2 * self.rows))
            if padding > 0:
                self.drawn = self.panel(padding)
                width, height = self.drawn.wrap(available_width, available_height)
        self.width, self.height = width, height
        return (width, height)

    def _alone(self, available_width: float, available_height: float, height: float) -> bool:
        """Whether the first step cannot follow the legend on this page."""
        if self.reach is None or self.following is None or available_height > self.reach[1]:
            return False  # measured for a kept group or the plan, not placed on a page
        gap = max(self.getSpaceAfter(), self.following.getSpaceBefore())
        _, step = self.following.wrap(available_width, available_height)
        return bool(height + gap + step > available_height)

    def draw(self) -> None:
        self.drawn.drawOn(self.canv, 0, 0)


def symbols_used(content: Content) -> set[str]:
    """The mark kinds (and the repetitions badge) that the content's diagrams use."""
    used: set[str] = set()
    for diagram in content.diagrams():
        used |= {overlay.mark.legend_entry() for overlay in diagram.overlays}
        if diagram.repeat:
            used.add(REPEAT)
    return used
