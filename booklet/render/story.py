"""Content to a ReportLab story: the sequence of flowables the page templates pour out.

The story decides what goes where (cover, contents, sections, back page); the page
templates in :mod:`booklet.render.document` decide how each page is framed.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from booklet.model.content import Content, NoteLines, Section, Subsection
from booklet.render.flowables import BlankPage, ContentsList, RowPadding
from booklet.render.legend import Legend
from booklet.render.pagination import (
    Frame,
    last_page_fill,
    leaves_short_page,
    page_count,
    page_index,
    paginate,
    sum_height,
)
from booklet.render.ruled import FillRest
from booklet.render.seeds import Seed
from booklet.render.story_ends import EndsStory
from booklet.render.tagging import Node


class StoryBuilder(EndsStory):
    """Builds the flowables for one booklet; one method for each part of the booklet."""

    def story(self, blank_pages: int = 0) -> list[Flowable]:
        """The whole booklet, cover to back page.

        ``blank_pages`` go just before the back page, where a reader expects them, to
        make the page count a multiple of four for a folded booklet. Where the booklet
        ends with its notes page they carry on its ruled lines, so no page prints empty,
        and what would sit at the notes page's foot (the edition details) moves to the
        last of them, so the notes page keeps its lines.
        """
        flowables = self.cover()  # first: its title heads the structure tree
        contents = self.contents()
        flowables += contents
        frame = self.frame
        first_page = 2 + page_count([f for f in contents if not isinstance(f, PageBreak)], frame)
        self._first_page = first_page
        notes = bool(self.content.sections) and _holds_notes(self.content.sections[-1])
        self._foot_on_padding = notes and blank_pages > 0
        body = self._body(frame)
        foot, self._notes_foot = self._notes_foot, None  # padding pages are lines only
        flowables += paginate(body, frame, (PageBreak,), first_page)
        for index in range(blank_pages):
            last = foot if self._foot_on_padding and index == blank_pages - 1 else None
            flowables += [PageBreak(), *(self._more_notes(last) if notes else [BlankPage()])]
        return [*flowables, PageBreak(), *self.back_page()]

    def _more_notes(self, foot: Flowable | None = None) -> list[Flowable]:
        """A page of ruled lines that carries on the notes page, under its running head.

        ``foot`` goes at its foot, below the lines.
        """
        (lines,) = self._note_lines(NoteLines())
        assert isinstance(lines, FillRest)
        *head, more = lines.continued()
        assert isinstance(more, FillRest)
        return [*head, *(self._with_foot(more, foot) if foot is not None else [more])]

    def _body(self, frame: Frame) -> list[Flowable]:
        """The sections, with the full disclaimer where it costs no page.

        It closes the reading, before the forms at the end (a tracker, the notes), if
        the reading's last page has room for it; else it opens the first form whose
        pages have room; else it shares the notes page. ``spread_by`` (see
        :data:`.seeds.SPREAD_BY`) moves pages so that a two-page form lies open on a
        spread: with "disclaimer", the disclaimer has a page of its own before the forms,
        where it fills one at least to the floor; with "notes", or where the disclaimer
        could not have a page alone, the notes come first among the forms.
        """
        sections = self.content.sections
        forms = _forms_start(sections)
        with self._inside(Node("Sect")):  # measured on throwaway structure elements
            trial = self.disclaimer()
        alone = "disclaimer" in self.spread_by.split("+") and _fills_page(trial, frame)
        notes_first = "notes" in self.spread_by.split("+") or (bool(self.spread_by) and not alone)
        if notes_first:
            sections = _notes_first(sections, forms)
        body: list[Flowable] = []
        placed = False
        for index, section in enumerate(sections):
            if index == forms and alone:
                notes = any(_holds_notes(form) for form in sections[forms:])
                body, placed = [*body, PageBreak(), *self.disclaimer(notes)], True
            if (
                index == forms
                and not placed
                and self._costs_no_page(body[_last_break(body) :], trial, frame)
            ):
                body, placed = [*body, *self.disclaimer()], True
            if section.new_page and index > 0 and self._breaks_before(body, section, forms, frame):
                body.append(PageBreak())
            if index >= forms and not placed and self._opens(section, trial, frame):
                body, placed = [*body, *self.disclaimer(_holds_notes(section))], True
                body += self._shared(section, trial, frame, one_page=notes_first)
                continue
            body += self.section(section)
        return body if placed else [*body, *self.disclaimer()]

    def _breaks_before(
        self, body: list[Flowable], section: Section, forms: int, frame: Frame
    ) -> bool:
        """Whether a section the content starts on a new page does (``_starts_page``).

        Where that would part the legend from the first step over a page turn and the
        other choice would not, the other: so they face each other on a spread. But not
        a new page that leaves the page before it under the floor: a half-empty page
        costs the reader more than a glance back over the turn.
        """
        index = self.content.sections.index(section)
        starts = self._starts_page(body, index >= forms, frame)
        if self._legend_shown or not _holds_steps(section):
            return starts
        if not starts and last_page_fill(body[_last_break(body) :], frame) < frame.floor:
            return starts
        if self._turn_after_legend(body, section, starts, frame):
            return starts == self._turn_after_legend(body, section, not starts, frame)
        return starts

    def _turn_after_legend(
        self, body: list[Flowable], section: Section, starts: bool, frame: Frame
    ) -> bool:
        """Whether the plan parts the legend from the first step over a page turn."""
        *done, last = _chapters(body)
        first = self._first_page + sum(page_count(chapter, frame) for chapter in done if chapter)
        first += page_count(last, frame) if starts and last else 0
        with self._inside(Node("Sect")):
            part = self.section(section)
        self._legend_shown = False  # that was a trial
        legend = next((item for item in part if isinstance(item, Legend)), None)
        if legend is None or legend.following is None:
            return False
        chapter = part if starts else [*last, *part]
        page = page_index(chapter, legend, frame, first)
        apart = page_index(chapter, legend.following, frame, first) == page + 1
        return apart and (first + page) % 2 == 1

    def _starts_page(self, body: list[Flowable], form: bool, frame: Frame) -> bool:
        """Whether a section the content starts on a new page does.

        A form always does; another where the page it leaves is full enough
        (``pagination.section_fill``), else it follows on that page.
        """
        fill = self.layout.pagination.section_fill
        if form or not fill:
            return True
        return last_page_fill(body[_last_break(body) :], frame) >= fill

    def _opens(self, section: Section, trial: list[Flowable], frame: Frame) -> bool:
        """Whether the disclaimer should open a form's pages.

        Where it costs no page, or on the notes page (its lines take what room is left);
        never a form of two pages (a tracker's checks, then its grid), whose first page
        the checks need whole.
        """
        if _holds_notes(section):
            return True
        with self._inside(Node("Sect")):
            part = self.section(section)
        if any(block.tracker for block in section.blocks) and page_count(part, frame) > 1:
            return False
        return self._costs_no_page(part, trial, frame, first=True)

    def _shared(
        self, section: Section, trial: list[Flowable], frame: Frame, one_page: bool = False
    ) -> list[Flowable]:
        """A form whose pages the disclaimer opens.

        Its ruled lines are planned at their least, so they start on a page with room to
        write; where that would leave the disclaimer's page under the floor, they are
        planned as one line instead, so the form starts on that page and its lines go
        on over the next. With ``one_page`` (other forms follow), they may be as few as
        one line, so they fill the rest of the disclaimer's page and stop there.
        """
        with self._inside(Node("Sect")):
            part = self.section(section)
        if not one_page and not leaves_short_page([*trial, *part], frame):
            return self.section(section)
        part = self.section(section)
        for flowable in part:
            if isinstance(flowable, FillRest):
                flowable.planned = 1
                flowable.least = 1 if one_page else flowable.least
        return part

    def _costs_no_page(
        self, chapter: list[Flowable], trial: list[Flowable], frame: Frame, first: bool = False
    ) -> bool:
        """Whether a chapter keeps its page count with the disclaimer added.

        At its end, or at its start (``first``).
        """
        joined = [*trial, *chapter] if first else [*chapter, *trial]
        return page_count(joined, frame) <= page_count(chapter, frame)

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
        """A section's heading, blocks and subsections, each part a ``Sect`` element.

        Safety lists (:meth:`.Content.safety_titles`) split only where nothing else
        keeps the floor, as a reader must see every warning sign at once; where one does,
        its page ends "Continued on the next page" and the next opens with its title.
        """
        safety = self.content.safety_titles()
        with self._inside(self._tag("Sect")):
            flowables = [self.heading(section.title, level=0)]
            self._lists_whole = section.title in safety
            self._list_title = section.title
            flowables += self.blocks(section.blocks)
            for subsection in section.subsections:
                with self._inside(self._tag("Sect")):
                    flowables.append(self.heading(subsection.title, level=1))
                    self._lists_whole = subsection.title in safety
                    self._list_title = subsection.title
                    flowables += self.blocks(subsection.blocks)
                    self._heading_depth = 2
            self._lists_whole = False
        return flowables


def form_split_by_page_turn(content: Content, seed: Seed) -> bool:
    """Whether a page turn cuts a two-page form: the tracker's checks, then its grid.

    It does where the form starts on a right-hand (odd) page. ``seed`` holds what a
    layout settled on. See ``spread_by`` for what may move to mend it.
    """
    titles = [title for title, _, _ in seed.entries]
    pages = [page for _, page, _ in seed.entries]
    pages.append(seed.total - seed.blank_pages)  # the padding, else the back page
    for section in content.sections[_forms_start(content.sections) :]:
        if _holds_notes(section) or section.title not in titles:
            continue
        at = titles.index(section.title)
        return pages[at] % 2 == 1 and pages[at + 1] == pages[at] + 2
    return False


def _chapters(body: list[Flowable]) -> list[list[Flowable]]:
    """``body`` cut at its page breaks: the chapters the plan fills one by one."""
    chapters: list[list[Flowable]] = [[]]
    for flowable in body:
        if isinstance(flowable, PageBreak):
            chapters.append([])
        else:
            chapters[-1].append(flowable)
    return chapters


def _holds_steps(section: Section) -> bool:
    """Whether a section holds steps (the first such holds the legend)."""
    parts: list[Section | Subsection] = [section, *section.subsections]
    return any(block.steps for part in parts for block in part.blocks)


def _fills_page(flowables: list[Flowable], frame: Frame) -> bool:
    """Whether ``flowables`` fill a page of their own to the floor."""
    return sum_height(flowables, frame) >= frame.floor * frame.height


def _forms_start(sections: list[Section]) -> int:
    """Where the forms at the end begin: the sections with a tracker or note lines.

    They are the pages a reader fills in, each with its page to itself; the full
    disclaimer closes the reading before them.
    """
    start = len(sections)
    while start > 0 and _is_form(sections[start - 1]):
        start -= 1
    return start


def _last_break(body: list[Flowable]) -> int:
    """Where the last chapter of ``body`` starts: just after its last page break."""
    breaks = [index for index, flowable in enumerate(body) if isinstance(flowable, PageBreak)]
    return breaks[-1] + 1 if breaks else 0


def _notes_first(sections: list[Section], forms: int) -> list[Section]:
    """The sections, with the forms that hold ruled lines for notes first among the forms."""
    ends = sections[forms:]
    notes = [section for section in ends if _holds_notes(section)]
    return [*sections[:forms], *notes, *(section for section in ends if section not in notes)]


def _holds_notes(section: Section) -> bool:
    """Whether a section holds ruled lines for notes (it fills the rest of its page)."""
    return any(block.note_lines is not None for block in section.blocks)


def _is_form(section: Section) -> bool:
    """Whether a section is to be filled in: it holds a tracker or ruled lines for notes."""
    blocks = section.blocks
    return any(block.note_lines is not None or block.tracker is not None for block in blocks)
