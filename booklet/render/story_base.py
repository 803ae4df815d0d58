"""What every part of the story shares: the content, the layout, the structure tree.

:class:`StoryBase` holds the booklet being built and the tools each part of the story
needs (tagging elements into the structure tree, headings, write-in lines, keeping a
list's items together); the parts themselves live in :mod:`booklet.render.story_blocks`
(the content's blocks) and :mod:`booklet.render.story_ends` (cover and back page).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from booklet.model.brand import LoadedBrand
from booklet.model.content import Content
from booklet.model.layout import Layout
from booklet.render.diagram import booklet_grid
from booklet.render.flowables import BalancedParagraph, Heading, Paragraph
from booklet.render.markup import to_markup
from booklet.render.pagination import Frame, chain_list
from booklet.render.ruled import AtFoot, RunningHead
from booklet.render.styles import Styles, build_diagram_style, table_font
from booklet.render.tagging import Node
from booklet.variant.fonts import FontSet

SPLIT_SAFETY_LIST = 1.0
"""What the pagination plan pays to end a page inside a safety list: what a page 5% of
the frame short of the target costs, so the plan leaves pages part empty (never under
the floor) to keep a list whole, even on a spread. At a page turn it is
:data:`.pagination.TURN_FACTOR` times more, so the plan parts it there only to keep a
page off the floor."""
PART_LEGEND = 5.0
"""What the plan pays to end a page between the legend and the first step (where they
do not fit on one page): the same, 20 times over at a page turn, so they face each other
on a spread wherever the pages allow."""


@dataclass
class StoryBase:
    """The booklet being built and what its parts share."""

    content: Content
    layout: Layout
    styles: Styles
    fonts: FontSet
    brand: LoadedBrand | None = None
    spread_by: str = ""
    """What moves before a two-page form, so it starts on a left-hand page: "" (nothing)
    or one of :data:`.seeds.SPREAD_BY`."""

    def __post_init__(self) -> None:
        self.tree = Node("Document", lang=self.content.meta.language)
        self._parents = [self.tree]
        self._heading_depth = 1
        self._heading_count = 0
        self._note_count = 0
        self._legend_shown = False
        self._first_page = 2
        """The number of the body's first page (after the cover and the contents)."""
        self._lists_whole = False
        """Whether the lists being built are kept whole: they are safety lists."""
        self._list_title = ""
        """The title of the part whose lists are being built (for a page they go on over)."""
        self._back_choice: object = None  # the back page's fit, once measured
        self._notes_foot: Flowable | None = None
        self._foot_on_padding = False
        """The notes foot waits for the last page that pads the booklet (see ``story``)."""
        """What the notes page holds at its foot, below its lines (the edition details)."""
        self.diagram_style = build_diagram_style(self.layout, self.fonts)
        self.diagram_grid = booklet_grid(self.content, self.diagram_style)
        width, _ = self.layout.page.dimensions
        margins = self.layout.page.margins
        self._frame_width = width - margins.inner - margins.outer
        self._frame_height = self.layout.page.dimensions[1] - margins.top - margins.bottom
        rules = self.layout.pagination
        self.frame = Frame(
            self._frame_width,
            self._frame_height,
            rules.target,
            rules.floor,
            self.styles.body.leading,
            rules.shrink,
            rules.split_lines,
        )
        """The body's frame, as the pagination planner measures it."""
        self._color = {
            name: HexColor(getattr(self.layout.colors, name))
            for name in ("text", "muted", "accent", "paper", "on_accent", "rule", "accent_tint")
        }

    @property
    def _parent(self) -> Node:
        return self._parents[-1]

    def _tag(self, role: str, **options: Any) -> Node:
        """A new structure element under the current one."""
        return self._parent.add(role, **options)

    @contextmanager
    def _inside(self, node: Node) -> Iterator[Node]:
        """Elements made inside the block become children of ``node``."""
        self._parents.append(node)
        try:
            yield node
        finally:
            self._parents.pop()

    def heading(
        self,
        text: str,
        *,
        level: int,
        in_contents: bool = True,
        style: ParagraphStyle | None = None,
    ) -> Heading:
        """A heading that the document turns into a bookmark (and contents entry)."""
        self._heading_count += 1
        self._heading_depth = level + 2  # the cover's title is H1
        return Heading(
            to_markup(text),
            style or (self.styles.h1 if level == 0 else self.styles.h2),
            level=level,
            key=f"heading-{self._heading_count}",
            in_contents=in_contents and level == 0,
            tag=self._tag(f"H{self._heading_depth}"),
        )

    def _fit_together(self, first: Flowable, second: Flowable) -> bool:
        """Whether two flowables can share an empty page (else keeping them only moves both)."""
        width, room = self._frame_width, self._frame_height - self.styles.body.leading
        gap = max(first.getSpaceAfter(), second.getSpaceBefore())
        try:
            return bool(first.wrap(width, room)[1] + gap + second.wrap(width, room)[1] <= room)
        except ValueError:  # too wide for the frame: the layout pass reports where
            return False

    def _write_in_lines(
        self, labels: list[str], style: ParagraphStyle, values: Sequence[str | None] = ()
    ) -> Table:
        """Labels with ruled lines beside them, for the reader to write on.

        A line with a value (the clinic's phone number in a branded edition) has it
        written on the line already; the line stays, to correct or add to.
        """
        label_style = style.clone("write_in_label", fontName=self.fonts.bold, spaceAfter=0)
        value_style = style.clone("write_in_value", spaceAfter=0)
        label_width = (
            max(stringWidth(label, label_style.fontName, label_style.fontSize) for label in labels)
            + label_style.fontSize
        )
        filled = [*values, *[None] * (len(labels) - len(values))]
        table = Table(
            [
                [
                    Paragraph(to_markup(label), label_style, tag=self._tag("P")),
                    (
                        BalancedParagraph(to_markup(value), value_style, tag=self._tag("P"))
                        if value
                        else ""
                    ),
                ]
                for label, value in zip(labels, filled, strict=True)
            ],
            colWidths=[label_width, None],
            rowHeights=[
                None if value else style.leading * self.layout.sizes.write_in_row
                for value in filled
            ],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    (
                        "LINEBELOW",
                        (1, 0),
                        (1, -1),
                        self.layout.spacing.rule_width * self.layout.sizes.write_in_line,
                        self._color["muted"],
                    ),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    *self._table_font(),
                ]
            )
        )
        table.spaceAfter = self.layout.spacing.block
        return table

    def _kept_together(self, items: list[Flowable]) -> list[Flowable]:
        """Chain a list's items where they must share a page (:func:`.chain_list`).

        A safety list (one the back page may repeat) splits only where the plan can keep
        no page above its floor otherwise, and then says so at both ends of the turn.
        """
        if self._lists_whole:  # the plan ends a page inside it only to keep the floor
            title = self._list_title
            for item in items[:-1]:
                item.break_penalty = SPLIT_SAFETY_LIST
                item.continued_by = (self._continues, lambda: self._running_head(title))
        chain_list(items, self.layout.pagination)
        return items

    def _running_head(self, title: str) -> Flowable:
        """The head of a page that a part goes on over: its title, continued.

        Page furniture: the part's own heading is the content a screen reader reads.
        """
        text = self.content.labels.continued.replace("{title}", title)
        style = self.styles.small.clone(
            "continued", fontName=self.fonts.bold, textColor=self._color["muted"]
        )
        return RunningHead(to_markup(text), style)

    def _continues(self) -> Flowable:
        """The last line of a page that a safety list goes on from, at its foot, right."""
        style = self.styles.small.clone(
            "continues",
            fontName=self.fonts.bold,
            textColor=self._color["muted"],
            alignment=TA_RIGHT,
            spaceBefore=self.layout.spacing.block / 2,
        )
        return AtFoot(RunningHead(to_markup(self.content.labels.continues), style, "Footer"))

    def _table_font(self) -> list[tuple[object, ...]]:
        return table_font(self.fonts.regular, self.styles.small.fontSize)
