"""The outside of the booklet: the cover and the back page.

They are what a patient sees first and last, and what tells them whose booklet it is,
so they are built apart from the reading pages.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, FrameBreak

from booklet.render.boxes import PinToBottom
from booklet.render.brand_blocks import contact_block, cover_block
from booklet.render.colophon import colophon
from booklet.render.flowables import BalancedParagraph, Paragraph
from booklet.render.markup import long_date, to_markup
from booklet.render.story_base import StoryBase


class EndsStory(StoryBase):
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
