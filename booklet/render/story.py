"""Content to a ReportLab story: the sequence of flowables the page templates pour out.

The story decides what goes where (cover, contents, sections, back page); the page
templates in :mod:`booklet.render.document` decide how each page is framed.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from booklet.model.content import Section
from booklet.render.flowables import BlankPage, ContentsList, RowPadding
from booklet.render.pagination import Frame, paginate
from booklet.render.story_ends import EndsStory


class StoryBuilder(EndsStory):
    """Builds the flowables for one booklet; one method for each part of the booklet."""

    def story(self, blank_pages: int = 0) -> list[Flowable]:
        """The whole booklet, cover to back page.

        ``blank_pages`` go just before the back page, where a reader expects them, to
        make the page count a multiple of four for a folded booklet.
        """
        flowables = [*self.cover(), *self.contents()]
        body: list[Flowable] = []
        sections = self.content.sections
        notes = next(
            (index for index, part in enumerate(sections) if _holds_notes(part)), len(sections)
        )
        for index, section in enumerate(sections):
            if section.new_page and index > 0:
                body.append(PageBreak())
            if index == notes:
                body += self.disclaimer()  # the notes page stays the last of the reading
            body += self.section(section)
        if notes == len(sections):
            body += self.disclaimer()
        frame = Frame(
            self._frame_width,
            self._frame_height,
            self.layout.pagination.target,
            self.layout.pagination.floor,
            self.styles.body.leading,
            self.layout.pagination.shrink,
        )
        flowables += paginate(body, frame, (PageBreak,))
        for _ in range(blank_pages):
            flowables += [PageBreak(), BlankPage()]
        return [*flowables, PageBreak(), *self.back_page()]

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


def _holds_notes(section: Section) -> bool:
    """Whether a section holds ruled lines for notes (it fills the rest of its page)."""
    return any(block.note_lines is not None for block in section.blocks)
