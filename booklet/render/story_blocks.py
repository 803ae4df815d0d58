"""The content's blocks as flowables: paragraphs, lists, callouts, checklists, steps.

One method for each kind of block a content file may hold (``_bullets`` for
``bullets:`` and so on), so a new kind is one method here and one model in the content.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable

from booklet.model.brand import keep_together
from booklet.model.content import Block, Callout, Diagram, FillIn, NoteLines, Step, TrackerCheck
from booklet.render import icons
from booklet.render.boxes import Beside, Boxed, Indented, Panel, Stack
from booklet.render.diagram import draw_diagram, inset_of
from booklet.render.diagram_memo import inset_key, kept_drawing
from booklet.render.flowables import BalancedParagraph, DraftSkipped, Paragraph, Tagged
from booklet.render.legend import Legend, build_legend
from booklet.render.markup import prose_markup, to_markup
from booklet.render.ruled import FillRest
from booklet.render.story_base import PART_LEGEND, SPLIT_SAFETY_LIST, StoryBase
from booklet.render.styles import table_font
from booklet.render.tracker import tracker

LISTS = {"bullets", "checklist", "tracker", "steps", "fill_in"}
"""Blocks that a paragraph just before them introduces."""
CALLOUT_ICONS = {"tip": icons.tip_icon, "caution": icons.caution_icon}


class BlockStory(StoryBase):
    """The flowables for a section's blocks."""

    def blocks(self, blocks: list[Block]) -> list[Flowable]:
        """The flowables for a list of blocks, in order."""
        flowables: list[Flowable] = []
        notes = max((i for i, block in enumerate(blocks) if block.kind == "note_lines"), default=-1)
        for index, block in enumerate(blocks):
            made = getattr(self, f"_{block.kind}")(block.value)
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if block.kind == "paragraph" and following is not None and following.kind in LISTS:
                made[-1].keepWithNext = 1  # a list's introduction stays with the list
            if following is not None and following.kind == "fill_in":
                made[-1].keepWithNext = 1  # lines to write on stay with what asks for them
            if index < notes:
                made[-1].keepWithNext = 1  # what comes before ruled lines stays with them
            if self._lists_whole and block.kind in LISTS and _follows_up(following):
                made[-1].break_penalty = SPLIT_SAFETY_LIST / 2  # less than inside the list
            flowables += made
        return flowables

    def _paragraph(self, text: str) -> list[Flowable]:
        """A paragraph; one that ends in a colon introduces what follows and stays with it."""
        style = self.styles.body
        if text.endswith(":"):
            style = style.clone("body_introducing", keepWithNext=1)
        paragraph = Paragraph(prose_markup(text), style, tag=self._tag("P"))
        paragraph.may_split = True  # the planner may end a page between its lines
        return [paragraph]

    def _bullets(self, items: list[str]) -> list[Flowable]:
        last = self.styles.bullet.clone("bullet_last", spaceAfter=self.layout.spacing.block)
        bullets: list[Flowable] = []
        with self._inside(self._tag("L", attributes={"List": {"ListNumbering": "Disc"}})):
            for item in items:
                body = self._tag("LI").add("LBody").add("P")
                style = last if item is items[-1] else self.styles.bullet
                bullet = Paragraph(prose_markup(item), style, bulletText="•", tag=body)
                bullet.may_split = True  # a long item may end a page between its lines
                bullets.append(bullet)
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
                BalancedParagraph(
                    heading,
                    label_style.clone("callout_heading", spaceAfter=sizes.callout_title_gap),
                    tag=note.add("P"),
                ),
                Paragraph(prose_markup(callout.text), body_style, tag=note.add("P")),
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
                [
                    Paragraph(
                        prose_markup(item), style, tag=checklist.add("LI").add("LBody").add("P")
                    )
                ],
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

    def _tracker(self, checks: list[TrackerCheck]) -> list[Flowable]:
        """A line to write the week on, then the week's grid, which fills the page."""
        labels = self.content.labels

        def week() -> Flowable:
            return self._write_in_lines([labels.tracker_week], self.styles.body)

        name = self._list_title  # the section's, as the page it goes on over is made

        def title() -> Flowable:
            return self._running_head(name)

        frame = (self._frame_width, self._frame_height)
        return tracker(checks, labels, self.layout, self.styles, frame, self._parent, week, title)

    def _steps(self, steps: list[Step]) -> list[Flowable]:
        legend = None if self._legend_shown else self.legend()
        with self._inside(self._tag("L", attributes={"List": {"ListNumbering": "Decimal"}})):
            flowables = [self._step(number, step) for number, step in enumerate(steps, start=1)]
        if legend is not None:
            self._legend_shown = True
            flowables.insert(0, legend)
            legend.keepWithNext = self._fit_together(legend, flowables[1])
            legend.break_penalty = PART_LEGEND  # else facing the step, not over a turn
            legend.following = flowables[1]  # where the step cannot follow, the legend fills
            legend.reach = (
                self.layout.pagination.legend_fill * self._frame_height,
                self._frame_height,
            )
        return flowables

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
        how_long_label, value = self.content.labels.how_long, keep_together(step.how_long)
        how_long = f"<b>{to_markup(how_long_label)}:</b> {to_markup(value)}"  # never breaks
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
                    prose_markup(step.instruction),
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
        inset = inset_of(self.content, diagram)

        def draw() -> Drawing:
            return draw_diagram(
                diagram, view, style, grid, poses=poses, caption=caption, inset=inset
            )

        return kept_drawing(diagram, view, style, grid, poses, (caption, inset_key(inset)), draw)

    def _note_lines(self, note_lines: NoteLines) -> list[Flowable]:
        spacing = self.layout.spacing
        rule = self._color["rule"]
        gap, width, least = spacing.note_line_gap, spacing.rule_width, spacing.note_lines_least
        lines = FillRest(gap, rule, width, note_lines.count, least, self._notes_head)
        if self._notes_foot is None or note_lines.count or self._foot_on_padding:
            return [lines]
        return self._with_foot(lines, self._notes_foot)

    def _with_foot(self, lines: FillRest, foot: Flowable) -> list[Flowable]:
        """Ruled lines that leave room at their page's foot for ``foot`` below them."""
        gap = self.layout.spacing.note_line_gap
        _, height = foot.wrap(self._frame_width, self._frame_height)
        foot.spaceBefore = gap  # a line's room between the lines and the foot
        lines.reserve = height + gap
        lines.keepWithNext = 1  # one piece with its foot: the page is full
        return [lines, foot]

    def _notes_head(self) -> Flowable:
        """The running head of a page the notes go on over: their title, continued."""
        title = next(
            (s.title for s in self.content.sections if any(b.note_lines for b in s.blocks)), ""
        )
        return self._running_head(title)

    def _fill_in(self, fields: list[FillIn]) -> list[Flowable]:
        clinic = self.brand.brand.clinic() if self.brand else None
        labels = [field.label for field in fields]
        values = [field.value(clinic) for field in fields]
        return [self._write_in_lines(labels, self.styles.body, values)]


def _follows_up(block: Block | None) -> bool:
    """Whether ``block``, after a safety list, says what to do about it.

    A caution ("Do not wait"), or a paragraph ("Stop the exercises until ...").
    """
    return block is not None and (
        block.kind == "paragraph" or (block.kind == "callout" and block.value.kind == "caution")
    )
