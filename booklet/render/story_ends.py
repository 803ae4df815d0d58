"""The outside of the booklet: the cover and the back page, and the full disclaimer.

They are what a patient sees first and last, and what tells them whose booklet it is,
so they are built apart from the reading pages. The back page holds as much as fits
of the "when to call" summary, the full disclaimer, the clinic and the edition
details; what does not fit closes the reading pages instead.
"""

from __future__ import annotations

from typing import NamedTuple

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, FrameBreak

from booklet.render.boxes import Boxed, Panel, PinToBottom, Stack
from booklet.render.brand_blocks import Amount, contact_block, cover_block, masthead
from booklet.render.colophon import colophon
from booklet.render.flowables import BalancedParagraph, Paragraph
from booklet.render.markup import long_date, prose_markup, to_markup
from booklet.render.pagination import page_count
from booklet.render.story_blocks import CALLOUT_ICONS, BlockStory
from booklet.render.tagging import Node

Clinic = Amount
"""How much of the clinic the back page holds (:data:`~booklet.render.brand_blocks.Amount`)."""


class BackFit(NamedTuple):
    """What the back page holds.

    Which summaries (by their place in the content's list; none, one or all of them),
    whether the full disclaimer, how much of the clinic, whether the edition details.
    """

    summary: tuple[int, ...]
    disclaimer: bool
    clinic: Clinic
    details: bool


ART_CLEARANCE = 12.0
"""Points between the clinic's tile and the cover's art."""


class EndsStory(BlockStory):
    """The cover and the back page."""

    def cover(self) -> list[Flowable]:
        """Title block at the bottom of the colour band; audience and publisher below it.

        A clinic's logo and name head the band, on their tile, where the band has room
        above the title; the lower part then names the clinic with its phone.
        """
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
        head = self._masthead(title_block)
        lower = []
        if meta.audience:
            lower.append(
                Paragraph(prose_markup(meta.audience), styles.cover_audience, tag=self._tag("P"))
            )
        edition = self._edition_line()
        full, dated = self._cover_fit(lower, edition, head is not None)
        publisher = self._publisher(full, head is not None)
        if dated:  # else the edition details on the back page say it
            publisher.append(Paragraph(edition, styles.cover_small, tag=self._tag("P")))
        band = [head, PinToBottom(title_block)] if head else [PinToBottom(title_block)]
        return [*band, FrameBreak(), *lower, PinToBottom(publisher)]

    def _masthead(self, title_block: list[Flowable]) -> Flowable | None:
        """The clinic's logo and name on their tile, where the band has room for them.

        Beside the cover's art, clear of it, above the title; else None (the logo then
        goes in the cover's lower part).
        """
        if self.brand is None or self.brand.logo is None:
            return None
        audience = self.styles.cover_audience
        style = audience.clone(
            "cover_masthead",
            fontName=self.fonts.bold,
            leading=audience.fontSize * 1.2,
            textColor=self.styles.h1.textColor,
            spaceAfter=0,
            alignment=TA_LEFT,
        )
        with self._inside(Node("Div")):
            trial = self._masthead_tile(style)
        if trial is None:
            return None
        height = self.layout.page.dimensions[1]
        room = height * self.layout.cover.band_height - self.layout.page.margins.top
        room -= self.styles.cover_title.leading  # the gap below the band's frame
        needed = self._stacked_height([trial, *title_block]) + self.styles.cover_title.leading
        return self._masthead_tile(style) if needed <= room else None

    def _masthead_tile(self, style: ParagraphStyle) -> Flowable | None:
        assert self.brand is not None and self.brand.logo is not None
        box, cover = self.layout.brand, self.layout.cover
        width = self._frame_width
        if self.content.cover_art is not None and cover.art is not None:
            art_left = cover.art.box[0] * self.layout.page.dimensions[0]
            width = min(width, art_left - self.layout.page.margins.inner - ART_CLEARANCE)
        return masthead(
            self.brand.brand,
            self.brand.logo,
            style,
            (box.logo_width, box.masthead_height),
            self._color["paper"],
            self._parent,
            width,
        )

    def _edition_line(self) -> str:
        """The edition line (edition and review date): on two lines where one cannot hold it."""
        meta, labels, style = self.content.meta, self.content.labels, self.styles.cover_small
        parts = (
            f"{labels.edition}\u00a0{meta.edition}",
            f"{labels.reviewed}\u00a0{long_date(meta.reviewed, meta.language)}",
        )
        one_line = stringWidth(" · ".join(parts), style.fontName, style.fontSize)
        joint = " · " if one_line <= self._frame_width else "<br/>"
        return joint.join(to_markup(part) for part in parts)

    def _cover_fit(
        self, lower: list[Flowable], edition: str, headed: bool = False
    ) -> tuple[bool, bool]:
        """What the cover's lower part holds: (the fuller publisher block, the edition line).

        Tried from the fullest, on throwaway structure elements, as the cover template
        frames it; the measure adds every space in full, so it errs on the safe side.
        """
        height = self.layout.page.dimensions[1]
        room = (
            height * (1 - self.layout.cover.band_height)
            - self.styles.cover_title.leading * 1.5
            - self.layout.page.margins.top
        )
        for full, dated in ((True, True), (False, True)):
            with self._inside(Node("Div")):
                parts = [*lower, *self._publisher(full, headed)]
                parts.append(Paragraph(edition, self.styles.cover_small, tag=self._tag("P")))
            if self._stacked_height(parts) <= room:
                return full, dated
        return False, False

    def _publisher(self, full: bool, headed: bool = False) -> list[Flowable]:
        """The clinic's logo and name, or lines to write or stamp it on when unbranded.

        ``full`` adds a line for the reader's name (and, unbranded, the clinic's phone),
        so the booklet can be told apart from another and kept. Where the band is headed
        with the logo (``headed``), the clinic's name and phone instead.
        """
        labels = self.content.labels
        if self.brand is None:
            lines = [labels.prepared_by]
            if full:
                lines = [labels.belongs_to, labels.prepared_by, labels.contact_phone]
            return [self._write_in_lines(lines, self.styles.cover_audience)]
        owner = [self._write_in_lines([labels.belongs_to], self.styles.cover_audience)]
        box = self.layout.brand
        style = self.styles.cover_audience.clone(
            "cover_clinic",
            fontName=self.fonts.bold,
            fontSize=self.styles.cover_audience.fontSize * self.layout.sizes.cover_clinic,
            leading=self.styles.cover_audience.leading * self.layout.sizes.cover_clinic,
            spaceAfter=self.styles.cover_audience.fontSize * 0.6,
        )
        block = cover_block(
            self.brand.brand,
            None if headed else self.brand.logo,
            style,
            self.styles.cover_audience.fontSize,
            (box.logo_width, box.logo_height),
            self._parent,
        )
        phone = self.brand.brand.clinic().phone
        if headed and phone:  # the logo heads the band: the name and phone here
            block.spaceAfter = self.styles.cover_audience.spaceAfter
            line = f"<b>{to_markup(labels.contact_phone)}:</b> {to_markup(phone)}"
            phone_line = Paragraph(line, self.styles.cover_audience, tag=self._tag("P"))
            block = Stack([block, phone_line], space_after=style.spaceAfter)
        return [*(owner if full else []), block]

    def disclaimer(self, notes_follow: bool = False) -> list[Flowable]:
        """The full disclaimer inside the booklet (the story decides where it goes).

        Nothing where the back page holds it. The edition details follow it where the
        back page has no room for them, and so does the clinic's whole block (QR code,
        address, note) where it gave way on the back page to a second safety list.
        Where notes follow (``notes_follow``) and the details would start a page of their
        own, they go to the foot of the notes page instead, below its lines.
        """
        fit = self._back_fit()
        if fit.disclaimer:
            return []
        section = self._tag("Sect")
        with self._inside(section):
            flowables = self._disclaimer_text(self.styles.h1)
            if self.brand is not None and fit.clinic != "full" and len(fit.summary) > 1:
                flowables.append(self._clinic_block(section, "full"))  # gave way to a list
            if not fit.details:
                details = self._details(section)
                if notes_follow and self._starts_a_page(flowables, details):
                    self._notes_foot = details
                else:
                    flowables.append(details)
        return flowables

    def _starts_a_page(self, flowables: list[Flowable], more: Flowable) -> bool:
        """Whether ``more`` after ``flowables`` takes a page more than they do alone."""
        return page_count([*flowables, more], self.frame) > page_count(flowables, self.frame)

    def _disclaimer_text(self, style: ParagraphStyle) -> list[Flowable]:
        """The disclaimer's heading (a contents entry) and its paragraphs."""
        disclaimer = self.content.disclaimer
        flowables: list[Flowable] = [self.heading(disclaimer.title, level=0, style=style)]
        for text in disclaimer.full:
            paragraph = Paragraph(prose_markup(text), self.styles.body, tag=self._tag("P"))
            paragraph.may_split = True
            flowables.append(paragraph)
        return flowables

    def back_page(self) -> list[Flowable]:
        """The outside back cover, what a reader sees without opening the booklet.

        The "when to call" summary at the top; the clinic and the edition details at the
        foot (the footer carries the short disclaimer, the inside the full one).
        """
        section = self._tag("Sect")
        with self._inside(section):
            top, pinned = self._back_parts(self._back_fit())
        return [*top, PinToBottom(pinned)]

    def _back_fit(self) -> BackFit:
        """What the back page holds on one page.

        The first of :meth:`_back_choices` that fits, measured on throwaway structure
        elements; else the leanest. The measure already holds the gap after the summary;
        a block's space more keeps the clinic block clear of it.
        """
        if isinstance(self._back_choice, BackFit):
            return self._back_choice
        room = self._frame_height - self.layout.spacing.block
        choices = self._back_choices()
        choice = choices[-1]
        for candidate in choices:
            with self._inside(Node("Sect")):
                top, pinned = self._back_parts(candidate)
            if self._stacked_height([*top, *pinned]) <= room:
                choice = candidate
                break
        self._back_choice = choice
        return choice

    def _back_choices(self) -> list[BackFit]:
        """Every way to fill the back page, the most wanted first.

        All the "when to call" lists, with the full disclaimer (the footer carries only
        its short form) and then without it, with the clinic's whole block and then its
        brief one (every warning sign before the QR code); then the first list alone,
        the clinic's whole block before the disclaimer (which has a place inside), last
        without the details and with the least block (logo, short name and phone); then
        the next list; then no list.
        """
        count = len(self.content.summaries())
        together = [tuple(range(count))] if count > 1 else []
        alone = [(index,) for index in range(count)]
        levels: list[tuple[bool, Clinic, bool]] = [
            (True, "full", True),
            (False, "full", True),  # the clinic's whole block (its QR code) has no other place
            (False, "full", False),
            (True, "brief", True),
            (False, "brief", True),
            (False, "brief", False),
            (False, "least", False),  # a safety list first: the clinic's name and phone
        ]
        lists_first = [level for level in levels if level[1] != "least"]
        choices = [BackFit(chosen, *level) for chosen in together for level in lists_first]
        choices += [BackFit(chosen, *level) for chosen in alone for level in levels]
        return choices + [BackFit((), *level) for level in levels if level[2]]  # details stay

    def _back_parts(self, fit: BackFit) -> tuple[list[Flowable], list[Flowable]]:
        """The back page's summary and disclaimer, and its clinic and edition details."""
        summaries = self.content.summaries()
        top = [self._summary(*summaries[index]) for index in fit.summary]
        if fit.disclaimer:
            top += self._disclaimer_text(self.styles.h2)
        pinned = [self._clinic_block(self._parent, fit.clinic)]
        if fit.details:
            pinned.append(self._details(self._parent))
        return top, pinned

    def _details(self, section: Node) -> Flowable:
        """The edition details: edition, review dates and document code."""
        table = section.add("Table")
        return colophon(
            self.content, self.layout, self.styles, self.fonts, table, self._frame_width
        )

    def _stacked_height(self, flowables: list[Flowable]) -> float:
        """The height of flowables one above the other at the frame's width.

        The space after the last one is not counted: the page ends there.
        """
        total = 0.0
        for flowable in flowables:
            _, height = flowable.wrap(self._frame_width, self._frame_height * 10)
            total += height + flowable.getSpaceAfter()
        return total - (flowables[-1].getSpaceAfter() if flowables else 0.0)

    def _summary(self, title: str, items: list[str]) -> Flowable:
        """A part's list, repeated word for word in a tinted panel.

        The urgent one (``kind: caution``) takes the caution colours and icon.
        """
        heading = BalancedParagraph(to_markup(title), self.styles.h2, tag=self._tag("H2"))
        heading.spaceBefore = 0
        bullets = self._bullets(items)
        bullets[-1].spaceAfter = 0
        inner: Flowable = Stack([heading, *bullets])
        background, edge = self._color["accent_tint"], self._color["accent"]
        kind = self.content.summary_kind(title)
        if kind is not None:
            colors = getattr(self.layout.colors, kind)
            background, edge = HexColor(colors.background), HexColor(colors.border)
            style = self.styles.h2
            size = style.fontSize * self.layout.sizes.callout_icon
            inner = Boxed(
                [heading, *bullets],
                indent=size + style.fontSize * 0.5,
                mark=CALLOUT_ICONS[kind](HexColor(colors.icon), self._color["paper"]),
                mark_size=size,
                mark_top=(style.leading - size) / 2,
            )
        panel = Panel(
            inner,
            background=background,
            edge=edge,
            padding=self.layout.spacing.callout_padding,
        )
        panel.spaceAfter = self.layout.spacing.block
        return panel

    def _clinic_block(self, section: Node, clinic: Clinic) -> Flowable:
        """The clinic's logo and contact details, or lines to write or stamp them on."""
        labels = self.content.labels
        if self.brand is None:
            lines = [labels.prepared_by, labels.contact_phone]
            return self._write_in_lines(lines[: 2 if clinic == "full" else 1], self.styles.body)
        body = self.styles.body.clone("contact", spaceAfter=2)
        block = contact_block(
            self.brand.brand,
            labels,
            self.styles.h2,
            body,
            self.layout.brand.qr_size,
            self._color["text"],
            section.add("Div"),
            (self._frame_width, self._frame_height),
            self.brand.logo,
            amount=clinic,
        )
        block.spaceAfter = self.layout.spacing.block
        return block
