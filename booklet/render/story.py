"""Content to a ReportLab story: the sequence of flowables the page templates pour out.

The story decides what goes where (cover, contents, sections, back page); the page
templates in :mod:`booklet.render.document` decide how each page is framed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    FrameBreak,
    PageBreak,
    Table,
    TableStyle,
)

from booklet.model.brand import LoadedBrand
from booklet.model.content import Block, Callout, Content, Diagram, NoteLines, Section, Step
from booklet.model.layout import Layout
from booklet.render import icons
from booklet.render.boxes import Beside, Boxed, Indented, Panel, PinToBottom, Stack
from booklet.render.brand_blocks import contact_block, cover_block
from booklet.render.colophon import colophon
from booklet.render.diagram import booklet_grid, draw_diagram
from booklet.render.diagram_memo import kept_drawing
from booklet.render.flowables import (
    BalancedParagraph,
    BlankPage,
    ContentsList,
    DraftSkipped,
    FillRest,
    Heading,
    Paragraph,
    RowPadding,
    Tagged,
)
from booklet.render.legend import Legend, build_legend
from booklet.render.markup import long_date, to_markup
from booklet.render.pagination import Frame, paginate
from booklet.render.styles import Styles, build_diagram_style, table_font
from booklet.render.tagging import Node
from booklet.render.tracker import tracker
from booklet.variant.fonts import FontSet

LISTS = {"bullets", "checklist", "tracker", "steps", "fill_in"}
"""Blocks that a paragraph just before them introduces."""
CALLOUT_ICONS = {"tip": icons.tip_icon, "caution": icons.caution_icon}


@dataclass
class StoryBuilder:
    """Builds the flowables for one booklet; one method for each part of the booklet."""

    content: Content
    layout: Layout
    styles: Styles
    fonts: FontSet
    brand: LoadedBrand | None = None

    def __post_init__(self) -> None:
        self.tree = Node("Document", lang=self.content.meta.language)
        self._parents = [self.tree]
        self._heading_depth = 1
        self._heading_count = 0
        self._note_count = 0
        self._legend_shown = False
        self.diagram_style = build_diagram_style(self.layout, self.fonts)
        self.diagram_grid = booklet_grid(self.content, self.diagram_style)
        width, _ = self.layout.page.dimensions
        margins = self.layout.page.margins
        self._frame_width = width - margins.inner - margins.outer
        self._frame_height = self.layout.page.dimensions[1] - margins.top - margins.bottom
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

    def story(self, blank_pages: int = 0) -> list[Flowable]:
        """The whole booklet, cover to back page.

        ``blank_pages`` go just before the back page, where a reader expects them, to
        make the page count a multiple of four for a folded booklet.
        """
        flowables = [*self.cover(), *self.contents()]
        body: list[Flowable] = []
        for index, section in enumerate(self.content.sections):
            if section.new_page and index > 0:
                body.append(PageBreak())
            body += self.section(section)
        frame = Frame(
            self._frame_width,
            self._frame_height,
            self.layout.pagination.target,
            self.styles.body.leading,
            self.layout.pagination.shrink,
        )
        flowables += paginate(body, frame, (PageBreak,))
        for _ in range(blank_pages):
            flowables += [PageBreak(), BlankPage()]
        return [*flowables, PageBreak(), *self.back_page()]

    def cover(self) -> list[Flowable]:
        """Title block at the bottom of the colour band; audience and publisher below it."""
        meta, styles = self.content.meta, self.styles
        title_block: list[Flowable] = []
        if meta.kicker:
            title_block.append(
                Paragraph(to_markup(meta.kicker), styles.cover_kicker, tag=self._tag("P"))
            )
        title_block.append(
            BalancedParagraph(to_markup(meta.title), styles.cover_title, tag=self._tag("H1"))
        )
        if meta.subtitle:
            subtitle = to_markup(meta.subtitle)
            title_block.append(
                BalancedParagraph(subtitle, styles.cover_subtitle, tag=self._tag("P"))
            )
        lower = []
        if meta.audience:
            lower.append(
                Paragraph(to_markup(meta.audience), styles.cover_audience, tag=self._tag("P"))
            )
        labels = self.content.labels
        edition = (
            f"{to_markup(labels.edition)} {to_markup(meta.edition)} · "
            f"{to_markup(labels.reviewed)} {long_date(meta.reviewed, meta.language)}"
        )
        publisher = [
            self._publisher(),
            Paragraph(edition, styles.cover_small, tag=self._tag("P")),
        ]
        return [PinToBottom(title_block), FrameBreak(), *lower, PinToBottom(publisher)]

    def _publisher(self) -> Flowable:
        """The clinic's logo and name, or a line to write or stamp it on when unbranded."""
        if self.brand is None:
            return self._write_in_lines(
                [self.content.labels.prepared_by], self.styles.cover_audience
            )
        box = self.layout.brand
        style = self.styles.cover_audience.clone(
            "cover_clinic",
            fontName=self.fonts.bold,
            fontSize=self.styles.cover_audience.fontSize * self.layout.sizes.cover_clinic,
            leading=self.styles.cover_audience.leading * self.layout.sizes.cover_clinic,
            spaceAfter=self.styles.cover_audience.fontSize * 0.6,
        )
        return cover_block(
            self.brand.brand,
            self.brand.logo,
            style,
            self.styles.cover_audience.fontSize,
            (box.logo_width, box.logo_height),
            self._parent,
        )

    def contents(self) -> list[Flowable]:
        """The contents page: every top-level section with its page number."""
        heading = self.heading(self.content.labels.contents, level=0, in_contents=False)
        rules = self.layout.pagination
        toc = ContentsList(
            self._tag("TOC"),
            self.styles.contents,
            self.styles.contents_number,
            RowPadding(
                self.layout.spacing.contents_padding,
                self.layout.spacing.contents_padding * rules.contents_stretch,
                rules.contents_fill * self._frame_height,
                self._frame_height,
            ),
            [
                (
                    "LINEBELOW",
                    (0, 0),
                    (-1, -1),
                    self.layout.spacing.rule_width,
                    self._color["rule"],
                ),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                *self._table_font(),
            ],
        )
        return [heading, toc, PageBreak()]

    def section(self, section: Section) -> list[Flowable]:
        """A section's heading, blocks and subsections, each part a ``Sect`` element."""
        with self._inside(self._tag("Sect")):
            flowables = [self.heading(section.title, level=0), *self.blocks(section.blocks)]
            for subsection in section.subsections:
                with self._inside(self._tag("Sect")):
                    flowables.append(self.heading(subsection.title, level=1))
                    flowables += self.blocks(subsection.blocks)
                    self._heading_depth = 2
        return flowables

    def heading(self, text: str, *, level: int, in_contents: bool = True) -> Heading:
        """A heading that the document turns into a bookmark (and contents entry)."""
        self._heading_count += 1
        self._heading_depth = level + 2  # the cover's title is H1
        style = self.styles.h1 if level == 0 else self.styles.h2
        return Heading(
            to_markup(text),
            style,
            level=level,
            key=f"heading-{self._heading_count}",
            in_contents=in_contents and level == 0,
            tag=self._tag(f"H{self._heading_depth}"),
        )

    def blocks(self, blocks: list[Block]) -> list[Flowable]:
        """The flowables for a list of blocks, in order."""
        flowables: list[Flowable] = []
        for index, block in enumerate(blocks):
            made = getattr(self, f"_{block.kind}")(block.value)
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if block.kind == "paragraph" and following is not None and following.kind in LISTS:
                made[-1].keepWithNext = 1  # a list's introduction stays with the list
            flowables += made
        return flowables

    def _paragraph(self, text: str) -> list[Flowable]:
        """A paragraph; one that ends in a colon introduces what follows and stays with it."""
        style = self.styles.body
        if text.endswith(":"):
            style = style.clone("body_introducing", keepWithNext=1)
        return [Paragraph(to_markup(text), style, tag=self._tag("P"))]

    def _bullets(self, items: list[str]) -> list[Flowable]:
        last = self.styles.bullet.clone("bullet_last", spaceAfter=self.layout.spacing.block)
        bullets: list[Flowable] = []
        with self._inside(self._tag("L", attributes={"List": {"ListNumbering": "Disc"}})):
            for item in items:
                body = self._tag("LI").add("LBody").add("P")
                style = last if item is items[-1] else self.styles.bullet
                bullets.append(Paragraph(to_markup(item), style, bulletText="•", tag=body))
        return self._kept_together(bullets)

    def _callout(self, callout: Callout) -> list[Flowable]:
        colors = getattr(self.layout.colors, callout.kind)
        label = getattr(self.content.labels, callout.kind)
        heading = f"{to_markup(label)}: {to_markup(callout.title)}" if callout.title else label
        label_style = self.styles.callout_label
        body_style = self.styles.body.clone("callout_body", spaceAfter=0)
        sizes = self.layout.sizes
        icon_size = label_style.fontSize * sizes.callout_icon
        self._note_count += 1
        note = self._tag("Note", identifier=f"note-{self._note_count}")
        body = Boxed(
            [
                Paragraph(
                    heading,
                    label_style.clone("callout_heading", spaceAfter=sizes.callout_title_gap),
                    tag=note.add("P"),
                ),
                Paragraph(to_markup(callout.text), body_style, tag=note.add("P")),
            ],
            indent=icon_size + label_style.fontSize * 0.6,
            mark=CALLOUT_ICONS[callout.kind](HexColor(colors.icon), self._color["paper"]),
            mark_size=icon_size,
            mark_top=(label_style.leading - icon_size) / 2,
        )
        panel = Panel(
            body,
            background=HexColor(colors.background),
            edge=HexColor(colors.border),
            padding=self.layout.spacing.callout_padding,
        )
        panel.spaceBefore = self.layout.spacing.list_item
        panel.spaceAfter = self.layout.spacing.block
        return [panel]

    def _checklist(self, items: list[str]) -> list[Flowable]:
        spacing = self.layout.spacing
        style = self.styles.body.clone("checklist_item", spaceAfter=0)
        sizes = self.layout.sizes
        box = icons.tick_box(self._color["accent"], spacing.rule_width * sizes.checkbox_line)
        checklist = self._tag("L", attributes={"List": {"ListNumbering": "None"}})
        boxes: list[Flowable] = [
            Boxed(
                [Paragraph(to_markup(item), style, tag=checklist.add("LI").add("LBody").add("P"))],
                indent=spacing.checkbox + spacing.bullet_indent * 0.6,
                mark=box,
                mark_size=spacing.checkbox,
                mark_top=(style.leading - spacing.checkbox) / 2 - style.fontSize * 0.08,
                space_after=(
                    spacing.block if item is items[-1] else spacing.list_item * sizes.checklist_gap
                ),
            )
            for item in items
        ]
        return self._kept_together(boxes)

    def _tracker(self, checks: list[str]) -> list[Flowable]:
        """A line to write the week on, then the week's grid, which fills the page."""
        labels = self.content.labels

        def week() -> Flowable:
            return self._write_in_lines([labels.tracker_week], self.styles.body)

        frame = (self._frame_width, self._frame_height)
        return tracker(checks, labels, self.layout, self.styles, frame, self._parent, week)

    def _steps(self, steps: list[Step]) -> list[Flowable]:
        legend = None if self._legend_shown else self.legend()
        with self._inside(self._tag("L", attributes={"List": {"ListNumbering": "Decimal"}})):
            flowables = [self._step(number, step) for number, step in enumerate(steps, start=1)]
        if legend is not None:
            self._legend_shown = True
            flowables.insert(0, legend)
            legend.keepWithNext = self._fit_together(legend, flowables[1])
            legend.following = flowables[1]  # where the step cannot follow, the legend fills
            legend.reach = (
                self.layout.pagination.legend_fill * self._frame_height,
                self._frame_height,
            )
        return flowables

    def _fit_together(self, first: Flowable, second: Flowable) -> bool:
        """Whether two flowables can share an empty page (else keeping them only moves both)."""
        width, room = self._frame_width, self._frame_height - self.styles.body.leading
        gap = max(first.getSpaceAfter(), second.getSpaceBefore())
        try:
            return bool(first.wrap(width, room)[1] + gap + second.wrap(width, room)[1] <= room)
        except ValueError:  # too wide for the frame: the layout pass reports where
            return False

    def legend(self) -> Legend | None:
        """What each diagram symbol means, shown once where the steps begin (if any is used)."""
        return build_legend(
            self.content,
            self.layout,
            self.styles,
            self.diagram_style,
            self._frame_width,
            table_font(self.fonts.regular, self.styles.small.fontSize),
            self._parent,
        )

    def _step(self, number: int, step: Step) -> Flowable:
        styles, spacing = self.styles, self.layout.spacing
        how_long = f"<b>{to_markup(self.content.labels.how_long)}:</b> {to_markup(step.how_long)}"
        badge_size = styles.step_number.fontSize * self.layout.sizes.step_badge
        badge = icons.number_badge(
            number,
            self._color["accent"],
            self._color["on_accent"],
            styles.step_number.fontName,
            styles.step_number.fontSize,
        )
        item = self._tag("LI")
        label = item.add("Lbl")
        body = item.add("LBody")
        step_block = Boxed(
            [
                BalancedParagraph(
                    to_markup(step.title),
                    styles.step_title,
                    tag=body.add(f"H{min(self._heading_depth + 1, 6)}"),
                ),
                Paragraph(
                    to_markup(step.instruction),
                    styles.body.clone("step_body", spaceAfter=self.layout.sizes.step_text_gap),
                    tag=body.add("P"),
                ),
                Paragraph(
                    how_long, styles.body.clone("step_how_long", spaceAfter=0), tag=body.add("P")
                ),
            ],
            indent=spacing.step_number_column,
            mark=badge,
            mark_size=badge_size,
            mark_tag=label,
        )
        if step.diagram is None:
            step_block.spaceAfter = spacing.step_gap
            return step_block
        figure = body.add("Figure", alt=" ".join(step.diagram.alt.split()))
        diagram = Tagged(DraftSkipped(self._diagram(step.diagram)), figure)
        if self.layout.diagrams.placement == "below":
            return Stack(
                [step_block, Indented(diagram, spacing.step_number_column)],
                space_after=spacing.step_gap,
            )
        return Beside(
            step_block, diagram, gap=self.layout.diagrams.gap, space_after=spacing.step_gap
        )

    def _diagram(self, diagram: Diagram) -> Drawing:
        """A step's drawing, drawn once per worker for its inputs (:mod:`.diagram_memo`)."""
        view, poses = self.content.view(diagram), self.content.poses
        style, grid = self.diagram_style, self.diagram_grid
        caption = self.content.caption(diagram)

        def draw() -> Drawing:
            return draw_diagram(diagram, view, style, grid, poses=poses, caption=caption)

        return kept_drawing(diagram, view, style, grid, poses, (caption,), draw)

    def _note_lines(self, note_lines: NoteLines) -> list[Flowable]:
        spacing = self.layout.spacing
        rule = self._color["rule"]
        return [FillRest(spacing.note_line_gap, rule, spacing.rule_width, note_lines.count)]

    def _fill_in(self, labels: list[str]) -> list[Flowable]:
        return [self._write_in_lines(labels, self.styles.body)]

    def _write_in_lines(self, labels: list[str], style: ParagraphStyle) -> Table:
        """Labels with ruled lines beside them, for the reader to write on."""
        label_style = style.clone("write_in_label", fontName=self.fonts.bold, spaceAfter=0)
        label_width = (
            max(stringWidth(label, label_style.fontName, label_style.fontSize) for label in labels)
            + label_style.fontSize
        )
        table = Table(
            [
                [Paragraph(to_markup(label), label_style, tag=self._tag("P")), ""]
                for label in labels
            ],
            colWidths=[label_width, None],
            rowHeights=style.leading * self.layout.sizes.write_in_row,
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

    def back_page(self) -> list[Flowable]:
        """The full disclaimer, then edition details pinned to the bottom of the page."""
        disclaimer = self.content.disclaimer
        section = self._tag("Sect")
        with self._inside(section):
            flowables: list[Flowable] = [self.heading(disclaimer.title, level=0)]
        flowables += [
            Paragraph(to_markup(text), self.styles.body, tag=section.add("P"))
            for text in disclaimer.full
        ]
        keep = self.styles.small.leading * self.layout.sizes.back_page_keep
        flowables.append(CondPageBreak(keep))
        pinned: list[Flowable] = []
        if self.brand is not None:
            block = contact_block(
                self.brand.brand,
                self.content.labels,
                self.styles.h2,
                self.styles.body.clone("contact", spaceAfter=2),
                self.layout.brand.qr_size,
                self._color["text"],
                section.add("Div"),
                (self._frame_width, self._frame_height),
                self.brand.logo,
            )
            block.spaceAfter = self.layout.spacing.block
            pinned.append(block)
        table = section.add("Table")
        pinned.append(colophon(self.content, self.layout, self.styles, self.fonts, table))
        return [*flowables, PinToBottom(pinned)]

    def _kept_together(self, items: list[Flowable]) -> list[Flowable]:
        """Chain a list's items with keep-with-next where they must share a page.

        A short list (``pagination.list_whole`` items or fewer) never splits; a longer one
        may, but keeps its first and last ``pagination.list_ends`` items together, so
        its introduction has company and no item is left alone on a page.
        """
        rules = self.layout.pagination
        if len(items) <= rules.list_whole:
            chained = items[:-1]
        else:
            chained = items[: rules.list_ends - 1] + items[-rules.list_ends : -1]
        for item in chained:
            item.keepWithNext = 1
        return items

    def _table_font(self) -> list[tuple[object, ...]]:
        return table_font(self.fonts.regular, self.styles.small.fontSize)
