"""The outside of the booklet: the cover and the back page, and the full disclaimer.

They are what a patient sees first and last, and what tells them whose booklet it is,
so they are built apart from the reading pages.
"""

from __future__ import annotations

from typing import NamedTuple

from reportlab.platypus import Flowable, FrameBreak

from booklet.render.boxes import Panel, PinToBottom, Stack
from booklet.render.brand_blocks import contact_block, cover_block
from booklet.render.colophon import colophon
from booklet.render.flowables import BalancedParagraph, Paragraph
from booklet.render.markup import long_date, to_markup
from booklet.render.story_blocks import BlockStory
from booklet.render.tagging import Node


class BackFit(NamedTuple):
    """What the back page holds: which summary (None: none), how much of the clinic."""

    summary: int | None
    brief: bool
    details: bool


class EndsStory(BlockStory):
    """The cover and the back page."""

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
        full, dated = self._cover_fit(lower, edition)
        publisher = self._publisher(full)
        if dated:  # else the edition details on the back page say it
            publisher.append(Paragraph(edition, styles.cover_small, tag=self._tag("P")))
        return [PinToBottom(title_block), FrameBreak(), *lower, PinToBottom(publisher)]

    def _cover_fit(self, lower: list[Flowable], edition: str) -> tuple[bool, bool]:
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
                parts = [*lower, *self._publisher(full)]
                parts.append(Paragraph(edition, self.styles.cover_small, tag=self._tag("P")))
            if self._stacked_height(parts) <= room:
                return full, dated
        return False, False

    def _publisher(self, full: bool) -> list[Flowable]:
        """The clinic's logo and name, or lines to write or stamp it on when unbranded.

        ``full`` adds a line for the reader's name (and, unbranded, the clinic's phone),
        so the booklet can be told apart from another and kept.
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
            self.brand.logo,
            style,
            self.styles.cover_audience.fontSize,
            (box.logo_width, box.logo_height),
            self._parent,
        )
        return [*(owner if full else []), block]

    def disclaimer(self) -> list[Flowable]:
        """The full disclaimer, as the last part of the reading pages (before the notes).

        Where the back page has no room for the edition details, they follow it here.
        """
        disclaimer = self.content.disclaimer
        section = self._tag("Sect")
        with self._inside(section):
            flowables: list[Flowable] = [self.heading(disclaimer.title, level=0)]
        for text in disclaimer.full:
            paragraph = Paragraph(to_markup(text), self.styles.body, tag=section.add("P"))
            paragraph.may_split = True
            flowables.append(paragraph)
        if not self._back_fit().details:
            table = section.add("Table")
            flowables.append(colophon(self.content, self.layout, self.styles, self.fonts, table))
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
        """What the back page holds on one page, tried from the fullest to the leanest.

        Each summary the content names, in its order, with the full clinic block and the
        edition details, then a brief clinic block, then the details moved inside; last,
        no summary (the list is inside the booklet anyway). Measured on throwaway
        structure elements.
        """
        if isinstance(self._back_choice, BackFit):
            return self._back_choice
        room = self._frame_height - self.styles.body.leading
        summaries: list[int | None] = [*range(len(self.content.summaries())), None]
        choices = [
            BackFit(index, brief, details)
            for index in summaries
            for brief, details in ((False, True), (True, True), (True, False))
        ]
        choice = choices[-1]
        for candidate in choices:
            with self._inside(Node("Sect")):
                top, pinned = self._back_parts(candidate)
            if self._stacked_height([*top, *pinned]) <= room:
                choice = candidate
                break
        self._back_choice = choice
        return choice

    def _back_parts(self, fit: BackFit) -> tuple[list[Flowable], list[Flowable]]:
        """The back page's summary, and its clinic block and edition details."""
        summaries = self.content.summaries()
        top = [] if fit.summary is None else [self._summary(*summaries[fit.summary])]
        pinned = [self._clinic_block(self._parent, fit.brief)]
        if fit.details:
            table = self._parent.add("Table")
            pinned.append(colophon(self.content, self.layout, self.styles, self.fonts, table))
        return top, pinned

    def _stacked_height(self, flowables: list[Flowable]) -> float:
        """The height of flowables one above the other at the frame's width."""
        total = 0.0
        for flowable in flowables:
            _, height = flowable.wrap(self._frame_width, self._frame_height * 10)
            total += height + flowable.getSpaceAfter()
        return total

    def _summary(self, title: str, items: list[str]) -> Flowable:
        """A part's list, repeated word for word in a tinted panel."""
        heading = BalancedParagraph(to_markup(title), self.styles.h2, tag=self._tag("H2"))
        heading.spaceBefore = 0
        bullets = self._bullets(items)
        bullets[-1].spaceAfter = 0
        panel = Panel(
            Stack([heading, *bullets]),
            background=self._color["accent_tint"],
            edge=self._color["accent"],
            padding=self.layout.spacing.callout_padding,
        )
        panel.spaceAfter = self.layout.spacing.block
        return panel

    def _clinic_block(self, section: Node, brief: bool) -> Flowable:
        """The clinic's logo and contact details, or lines to write or stamp them on."""
        if self.brand is None:
            labels = self.content.labels
            lines = [labels.prepared_by] if brief else [labels.prepared_by, labels.contact_phone]
            return self._write_in_lines(lines, self.styles.body)
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
            brief=brief,
        )
        block.spaceAfter = self.layout.spacing.block
        return block
